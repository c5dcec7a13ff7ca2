import { describe, expect, it } from 'vitest';
import { article, figureOf } from '../../test/support/fixtures.js';
import type { Figure } from '../records/claim.js';
import { reconcileFigures } from './align-figures.js';
import { sourceGroups } from './independence.js';

function run(articles: ReturnType<typeof article>[], figures: Figure[]) {
  const byArticle = new Map<string, Figure[]>();
  for (const figure of figures) byArticle.set(figure.article, [...(byArticle.get(figure.article) ?? []), figure]);
  return reconcileFigures('s1', articles, byArticle, sourceGroups(articles, []));
}

describe('reconcileFigures', () => {
  it('corroborates the same amount written in different forms and keeps a figure for another year apart', () => {
    const a = article(
      'a',
      'Donors pledged over €2 billion in aid to the islands in the first quarter. They gave roughly €5 billion in aid in 2023.',
    );
    const b = article(
      'b',
      'In the first three months, donors pledged more than 2 billion euros in aid to the islands.',
    );
    const findings = run(
      [a, b],
      [
        figureOf(a, 'over €2 billion', 2e9, 'EUR', 'money', { qualifier: 'more-than', period: '2024-Q1' }),
        figureOf(a, 'roughly €5 billion', 5e9, 'EUR', 'money', { qualifier: 'about', period: '2023' }),
        figureOf(b, 'more than 2 billion euros', 2e9, 'EUR', 'money', { qualifier: 'more-than', period: '2024-Q1' }),
      ],
    );
    const byStatus = Object.fromEntries(findings.map((f) => [f.status, f]));
    expect(byStatus.corroborated.sources).toBe(2);
    expect(byStatus.corroborated.claims.map((c) => c.text)).toEqual(['over €2 billion', 'more than 2 billion euros']);
    expect(byStatus['single-source'].claims[0].text).toBe('roughly €5 billion');
    expect(findings.some((f) => f.status === 'conflict')).toBe(false);
  });

  it('agrees a rounded figure with the exact one', () => {
    const a = article('a', 'The campaign raised nearly $44 million for the museum.');
    const b = article('b', 'The museum campaign raised $43,885,310 in total.');
    const findings = run(
      [a, b],
      [
        figureOf(a, 'nearly $44 million', 4.4e7, 'USD', 'money', { qualifier: 'nearly' }),
        figureOf(b, '$43,885,310', 43885310, 'USD', 'money'),
      ],
    );
    expect(findings.map((f) => f.status)).toEqual(['corroborated']);
  });

  it('reports a conflict when the same quantity differs, with a note on timing', () => {
    const a = article('a', 'The council approved 19 separate measures to cut traffic in the old town.', {
      published: '2024-01-14',
    });
    const b = article('b', 'The council approved 23 separate measures to cut traffic in the old town.', {
      published: '2024-01-16',
    });
    const findings = run(
      [a, b],
      [
        figureOf(a, '19 separate measures', 19, 'measure', 'quantity'),
        figureOf(b, '23 separate measures', 23, 'measure', 'quantity'),
      ],
    );
    const conflict = findings.find((f) => f.status === 'conflict');
    expect(conflict?.claims.map((c) => c.text)).toEqual(['19 separate measures', '23 separate measures']);
    expect(conflict?.note).toMatch(/timing/);
  });

  it('does not call two different quantities in loosely related sentences a conflict', () => {
    const a = article('a', 'The city spent $3 million on roads.');
    const b = article('b', 'Ticket sales brought the festival $5 million.');
    const findings = run(
      [a, b],
      [figureOf(a, '$3 million', 3e6, 'USD', 'money'), figureOf(b, '$5 million', 5e6, 'USD', 'money')],
    );
    expect(findings.map((f) => f.status)).toEqual(['single-source', 'single-source']);
  });

  it('agrees a bare number with an equal count whose unit its sentence names', () => {
    const a = article('a', 'The harbour charter now holds 31 amendments, the clerk said.');
    const b = article('b', 'The charter was never rewritten, only amended, as has happened 31 times since the war.');
    const findings = run(
      [a, b],
      [figureOf(a, '31 amendments', 31, 'amendment', 'quantity'), figureOf(b, '31', 31, null, 'quantity')],
    );
    expect(findings.map((f) => f.status)).toEqual(['corroborated']);
  });

  it('counts an age given as "aged" as years', () => {
    const a = article('a', 'The twins, aged 14, sang at the ferry launch.');
    const b = article('b', 'Lena, 14, sang first at the launch.');
    const findings = run([a, b], [figureOf(a, '14', 14, null, 'quantity'), figureOf(b, '14', 14, 'year', 'quantity')]);
    expect(findings.map((f) => f.status)).toEqual(['corroborated']);
  });

  it('agrees two counts of things named differently when one names the other beside it', () => {
    const a = article('a', 'The plan includes 17 steps the mayor took without council action.');
    const b = article('b', 'The council office is adding 17 executive actions that take effect at once.');
    const findings = run(
      [a, b],
      [figureOf(a, '17 steps', 17, 'step', 'quantity'), figureOf(b, '17 executive actions', 17, 'action', 'quantity')],
    );
    expect(findings.map((f) => f.status)).toEqual(['corroborated']);
  });

  it('agrees the only count of a unit in each article even when the sentences share no word', () => {
    const a = article('a', '"Stop filming!" the three-term councillor shouts.');
    const b = article('b', 'Ms. Okafor, a three-term member of the assembly, is seen on the tape.');
    const findings = run(
      [a, b],
      [figureOf(a, 'three-term', 3, 'term', 'quantity'), figureOf(b, 'three-term', 3, 'term', 'quantity')],
    );
    expect(findings.map((f) => f.status)).toEqual(['corroborated']);
  });

  it('keeps apart equal counts of a unit an article counts more than once, in unrelated sentences', () => {
    const a = article('a', 'The ferry made 3 trips on Monday. Then it made 3 more trips to the far island.');
    const b = article('b', 'Rain stopped the barge after 3 trips.');
    const findings = run(
      [a, b],
      [
        figureOf(a, '3 trips', 3, 'trip', 'quantity'),
        figureOf(a, '3 more trips', 3, 'trip', 'quantity'),
        figureOf(b, '3 trips', 3, 'trip', 'quantity'),
      ],
    );
    expect(findings.every((f) => f.status === 'single-source')).toBe(true);
  });
});
