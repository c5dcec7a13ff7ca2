import { describe, expect, it } from 'vitest';
import { layout } from '../text/layout.js';
import { extractDates, referenceOf } from './dates.js';

function dates(text: string, published: string | null = '2025-04-02'): Array<[string, string]> {
  return extractDates(text, layout(text), published).map((date) => [date.text, date.value]);
}

/**
 * The dates of `clause` in a sentence of its own; checks first that `times` copies of it in one long sentence give
 * those dates once per copy, in order.
 */
function readsRepeatedLikeAlone(clause: string, times: number): Array<[string, string]> {
  const alone = dates(`It said ${clause}ended.`);
  const long = `It said ${clause.repeat(times)}ended.`;
  expect(layout(long).sentences).toHaveLength(1);
  expect(dates(long)).toEqual(Array.from({ length: times }, () => alone).flat());
  return alone;
}

describe('extractDates', () => {
  it('reads 6,000 years and quarters in one 130 kB sentence in linear time, each once', () => {
    expect(readsRepeatedLikeAlone('sales rose in 2019, fell in Q3 2020 and ', 3000)).toEqual([
      ['2019', '2019'],
      ['Q3 2020', '2020-Q3'],
    ]);
  });

  it('reads days, months, weekdays and ranges in one long sentence as it reads them in a short one', () => {
    // 300 clauses make one window of 33 kB, read by chrono in pieces whose cuts fall all through the clauses.
    const clause =
      'on 3 March 2021, last June and next March, they will meet on Tuesday, talks ran from January to June 2020 and ';
    expect(readsRepeatedLikeAlone(clause, 300)).toEqual([
      ['on 3 March 2021', '2021-03-03'],
      ['last June', '2024-06'],
      ['next March', '2026-03'],
      ['on Tuesday', '2025-04-08'],
      ['January to June 2020', '2020-01'],
    ]);
  });

  it('reads each of 2,000 dates joined without spaces once', () => {
    const long = `It said ${'1-March-2020;'.repeat(2000)} ended.`;
    expect(dates(long)).toEqual(Array.from({ length: 2000 }, () => ['1-March-2020', '2020-03-01']));
  });

  it('resolves a day without a year against the publication date', () => {
    expect(dates('A meeting will begin in Brussels on April 3.')).toEqual([['April 3', '2025-04-03']]);
  });

  it('gives a month alone as YYYY-MM and a year alone as YYYY', () => {
    expect(dates('Inflation peaked in March.')).toEqual([['March', '2025-03']]);
    expect(dates('Aid rose throughout 2024.')).toEqual([['2024', '2024']]);
  });

  it('reads ISO dates written in the text', () => {
    expect(dates('The filing is dated 2019-09-01T10:38:07Z.')).toEqual([['2019-09-01', '2019-09-01']]);
  });

  it('reads relative years and weekdays', () => {
    expect(dates('Sales fell last year.')).toEqual([['last year', '2024']]);
    expect(dates('He spoke on Monday.')).toEqual([['on Monday', '2025-03-31']]);
  });

  it('reads a bare weekday as the last one unless its clause looks ahead', () => {
    // Published on Wednesday 2 April 2025.
    expect(dates('They met on Thursday.')).toEqual([['on Thursday', '2025-03-27']]);
    expect(dates('They will meet on Thursday.')).toEqual([['on Thursday', '2025-04-03']]);
    expect(dates('Talks are expected to resume on Friday.')).toEqual([['on Friday', '2025-04-04']]);
    expect(dates('He said he was going to start on Monday.')).toEqual([['on Monday', '2025-03-31']]);
    expect(dates('He said, after they will have met, that it rained on Thursday.')).toEqual([
      ['on Thursday', '2025-03-27'],
    ]);
  });

  it('reads a bare month as the nearest one', () => {
    expect(dates('The summit will be held in June.')).toEqual([['June', '2025-06']]);
    expect(dates('Prices rose in March.')).toEqual([['March', '2025-03']]);
  });

  it('reads last and next before a month', () => {
    expect(dates('He announced it last June.')).toEqual([['last June', '2024-06']]);
    expect(dates('It opens next March.')).toEqual([['next March', '2026-03']]);
  });

  it('reads quarters written every way', () => {
    expect(dates('Growth slowed in Q3 2024.')).toEqual([['Q3 2024', '2024-Q3']]);
    expect(dates('Growth slowed in the third quarter of 2024.')).toEqual([['the third quarter of 2024', '2024-Q3']]);
    expect(dates('Growth slowed in the first quarter of this year.')).toEqual([
      ['the first quarter of this year', '2025-Q1'],
    ]);
    expect(dates('Profit is up this quarter.')).toEqual([['this quarter', '2025-Q2']]);
    expect(dates('Profit was down last quarter.')).toEqual([['last quarter', '2025-Q1']]);
  });

  it('takes a quarter with no year as the latest one not after publication', () => {
    expect(dates('The fourth quarter was weak.')).toEqual([['The fourth quarter', '2024-Q4']]);
  });

  it('reads the first three months of this year as the first quarter', () => {
    expect(dates('Allies pledged aid in the first three months of this year.')).toEqual([
      ['the first three months of this year', '2025-Q1'],
    ]);
  });

  it('reads halves and year-to-date', () => {
    expect(dates('Margins widened in the second half of last year.')).toEqual([
      ['the second half of last year', '2024-H2'],
    ]);
    expect(dates('Since the start of this year, sales doubled.')).toEqual([['Since the start of this year', '2025']]);
  });

  it('reads a half with no year only in talk of a year', () => {
    expect(dates('Sales rose in the first half.')).toEqual([['the first half', '2025-H1']]);
    expect(dates('Profit fell in the second half.')).toEqual([['the second half', '2024-H2']]);
    expect(dates('He scored in the second half.')).toEqual([]);
  });

  it('keeps only dates that name their year when the publication date is unknown', () => {
    expect(dates('On April 3 sales fell, as they did in June 2022 and last year.', null)).toEqual([
      ['June 2022', '2022-06'],
    ]);
  });

  it('ignores may and march as verbs, money and decades', () => {
    expect(dates('Prices may march higher to $2000 as in the 1970s.')).toEqual([]);
  });

  it('returns mentions in text order with offsets into the text', () => {
    const text = 'First.\n\nIn 2019 and in May 2020 it grew.';
    const found = extractDates(text, layout(text), '2025-04-02');
    expect(found.map((date) => text.slice(date.start, date.end))).toEqual(['2019', 'May 2020']);
    expect(found.map((date) => date.value)).toEqual(['2019', '2020-05']);
  });
});

describe('referenceOf', () => {
  it('reads dates and date-times and rejects the rest', () => {
    expect(referenceOf('2025-04-02')).toMatchObject({ year: 2025, month: 4, quarter: 2 });
    expect(referenceOf('2025-11-30T10:00:00Z')).toMatchObject({ year: 2025, month: 11, quarter: 4 });
    expect(referenceOf('yesterday')).toBeNull();
    expect(referenceOf(null)).toBeNull();
  });
});
