/** One article keeps at most `MAX_CLAIMS_PER_KIND` quotes and figures: a list or a dump cannot flood its story. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../records/article.js';
import { cappedClaimsNote, extractClaims, MAX_CLAIMS_PER_KIND } from './index.js';

function article(text: string): Article {
  return {
    id: 'art-list',
    file: 'list.jsonl',
    url: null,
    title: 'Tally',
    byline: null,
    published: '2025-06-10',
    outlet: 'Outlet',
    distributor: null,
    language: 'en',
    credits: [],
    text,
    boilerplate: [],
  };
}

/** A sentence listing `n` counts: `1 crates, 2 crates, ...`. */
const tally = (n: number): string =>
  `Tally\n\nThe depot listed ${Array.from({ length: n }, (_, i) => `${i + 1} crates`).join(', ')}.`;

describe('claims kept per article', () => {
  it('keeps the first figures of a list longer than the limit, in text order, and says figures were capped', () => {
    const claims = extractClaims(article(tally(MAX_CLAIMS_PER_KIND + 200)));
    expect(claims.figures).toHaveLength(MAX_CLAIMS_PER_KIND);
    expect(claims.figures.map((f) => f.value)).toEqual(Array.from({ length: MAX_CLAIMS_PER_KIND }, (_, i) => i + 1));
    expect(claims.capped).toEqual(['figures']);
    expect(cappedClaimsNote(claims)).toBe('more than 1,000 figures: kept the first 1,000 (a list, a table or a dump?)');
  });

  it('keeps every figure of an article that has exactly the limit, and says nothing', () => {
    const claims = extractClaims(article(tally(MAX_CLAIMS_PER_KIND)));
    expect(claims.figures).toHaveLength(MAX_CLAIMS_PER_KIND);
    expect(claims.capped).toBeUndefined();
    expect(cappedClaimsNote(claims)).toBeNull();
  });

  it('keeps the first quotes of a transcript longer than the limit', () => {
    const lines = Array.from({ length: MAX_CLAIMS_PER_KIND + 5 }, (_, i) => `“Item ${i} is done,” Jane Doe said.`);
    const claims = extractClaims(article(`Minutes\n\n${lines.join('\n\n')}`));
    expect(claims.quotes).toHaveLength(MAX_CLAIMS_PER_KIND);
    expect(claims.quotes[0].text).toBe('Item 0 is done,');
    expect(claims.capped).toEqual(['quotes']);
    expect(cappedClaimsNote(claims)).toBe('more than 1,000 quotes: kept the first 1,000 (a list, a table or a dump?)');
    expect(cappedClaimsNote({ ...claims, capped: ['quotes', 'figures'] })).toBe(
      'more than 1,000 quotes and figures: kept the first 1,000 of each (a list, a table or a dump?)',
    );
  });
});
