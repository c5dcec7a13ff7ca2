import { describe, expect, it } from 'vitest';
import type { DateMention } from '../records/claim.js';
import { assignPeriods } from './period.js';

function date(start: number, end: number, value: string): DateMention {
  return { start, end, text: value, value };
}

describe('assignPeriods', () => {
  it('gives each date to the figure nearest it', () => {
    // "€20bn this quarter adds to €50bn throughout 2024"
    const periods = assignPeriods(
      [
        { start: 0, end: 5 },
        { start: 30, end: 35 },
      ],
      [date(6, 18, '2025-Q2'), date(48, 52, '2024')],
    );
    expect(periods).toEqual(['2025-Q2', '2024']);
  });

  it('lets a figure with no date of its own share the nearest one', () => {
    const periods = assignPeriods(
      [
        { start: 0, end: 2 },
        { start: 7, end: 14 },
      ],
      [date(18, 22, '2024')],
    );
    expect(periods).toEqual(['2024', '2024']);
  });

  it('prefers a finer period the sentence also names', () => {
    expect(assignPeriods([{ start: 40, end: 50 }], [date(0, 30, '2025-Q1'), date(55, 59, '2025')])).toEqual([
      '2025-Q1',
    ]);
  });

  it('ignores an event day far from the figure', () => {
    expect(assignPeriods([{ start: 0, end: 4 }], [date(100, 110, '2019-10-01')])).toEqual([null]);
  });

  it('shares 3,000 dates among 6,000 figures of one sentence in linear time, an undated figure taking the nearest', () => {
    // Figure i at [20i, 20i + 4); a year right after each even figure, which an odd figure reaches back to.
    const figures = Array.from({ length: 6000 }, (_, i) => ({ start: 20 * i, end: 20 * i + 4 }));
    const year = (i: number) => String(1900 + (i % 100));
    const dates = Array.from({ length: 3000 }, (_, k) => date(40 * k + 5, 40 * k + 9, year(k)));
    const periods = assignPeriods(figures, dates);
    expect(periods).toEqual(figures.map((_, i) => year(Math.floor(i / 2))));
  });
});
