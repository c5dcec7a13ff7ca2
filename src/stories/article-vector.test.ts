import { describe, expect, it } from 'vitest';
import { ArticleVector } from './article-vector.js';
import { ArticleFeatures } from './features.js';
import { groupDots } from './sparse.js';

const BITS = 10;

describe('ArticleVector', () => {
  it('builds unit-length groups, picks the strongest features and scores a centroid as a merge would', () => {
    const features = new ArticleFeatures();
    // Terms (group 0) and entities (group 1); feature 7 appears in many documents.
    const entries: Array<[number, number]> = [
      [7, 1],
      [3, 2],
      [12, 1],
      [(1 << BITS) | 4, 3],
      [(1 << BITS) | 9, 1],
    ];
    for (const [id, tf] of entries) features.add(id, tf);
    const df = new Uint32Array(4 << BITS);
    df[7] = 1000;
    const vector = new ArticleVector();
    vector.build(features, df, { docs: 101, keep: 4, lookup: 2, bits: BITS });
    // Feature 7 has idf <= 0 and is dropped; the rest are sorted by id.
    expect(Array.from(vector.ids.subarray(0, vector.length))).toEqual([3, 12, (1 << BITS) | 4, (1 << BITS) | 9]);
    let term = 0;
    for (let i = 0; i < 2; i++) term += vector.weights[i] ** 2;
    expect(term).toBeCloseTo(1, 12);
    expect(vector.present(0) && vector.present(1) && !vector.present(2)).toBe(true);
    expect(vector.lookupLength).toBe(2);

    const centroid = {
      ids: Uint32Array.of(3, 5, (1 << BITS) | 9),
      weights: Float64Array.of(0.5, 2, 0.25),
    };
    const fast = new Float64Array(4);
    const merged = new Float64Array(4);
    vector.groupDots(centroid, BITS, fast);
    groupDots(vector.view(), centroid, BITS, merged);
    expect(Array.from(fast)).toEqual(Array.from(merged));
    expect(fast[0]).toBeGreaterThan(0);
  });
});
