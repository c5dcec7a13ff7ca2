import { describe, expect, it } from 'vitest';
import { candidatePairs, sharingStems, stemPostings } from './quote-candidates.js';

const item = (article: string, words: string) => ({
  article,
  stems: new Set(words.split(' ').filter((word) => word.length > 0)),
});

describe('candidatePairs', () => {
  it('pairs items of different articles that share two stems, each pair once, the lower index first', () => {
    const items = [
      item('a', 'harbour open winter'),
      item('b', 'harbour stay open'),
      item('a', 'harbour open fishermen'),
      item('c', 'winter only'),
    ];
    expect(candidatePairs(items, 2)).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('pairs an item with one stem with another that has it, and an item with none with every other article', () => {
    const items = [item('a', 'harbour'), item('b', 'harbour open'), item('c', ''), item('c', 'other words')];
    expect(candidatePairs(items, 2)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it('keeps, of many items sharing common stems, those that also share the rare one, a few per article', () => {
    const perArticle = 3;
    const n = 200;
    const items = ['a', 'b'].flatMap((article) =>
      Array.from({ length: n }, (_, k) => item(article, `act now item n${k}`)),
    );
    const pairs = candidatePairs(items, 2, { reads: 64, perArticle });
    for (let k = 0; k < n; k++) expect(pairs).toContainEqual([k, n + k]);
    expect(pairs.length).toBeLessThanOrEqual(items.length * perArticle);
  });

  it('finds the same pairs with a reading budget that is never reached', () => {
    const items = [item('a', 'x y z'), item('b', 'x y'), item('c', 'y z w'), item('b', 'z w')];
    expect(candidatePairs(items, 2, { reads: 1000, perArticle: 8 })).toEqual(
      candidatePairs(items, 2, { reads: 1000, perArticle: 1000 }),
    );
  });
});

describe('sharingStems', () => {
  const sets = [new Set(['x', 'y']), new Set(['x', 'z']), new Set(['x', 'y', 'z']), new Set(['w'])];
  const postings = stemPostings(sets);
  /** The indexed sets sharing stems with `words`, each with how many. */
  const sharing = (words: string[], reads: number, accept = (_: number) => true) => {
    const out = new Map<number, number>();
    sharingStems(new Set(words), postings, (j) => sets[j], reads, accept, out);
    return [...out];
  };

  it('counts the stems each indexed set shares with the one asked about', () => {
    expect(sharing(['x', 'y'], 100)).toEqual([
      [0, 2],
      [1, 1],
      [2, 2],
    ]);
  });

  it('reads the rarest stems first when the budget is short, and still counts every shared stem', () => {
    expect(sharing(['x', 'y'], 2)).toEqual([
      [0, 2],
      [2, 2],
    ]);
  });

  it('leaves out the sets it is told not to take', () => {
    expect(sharing(['x'], 100, (j) => j !== 1).map(([j]) => j)).toEqual([0, 2]);
  });
});
