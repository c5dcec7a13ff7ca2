import { describe, expect, it } from 'vitest';
import { addInPlace, addVectors, keepAtLeast, keepAtLeastInPlace, kthLargest, type SparseVector } from './sparse.js';

function vector(entries: Array<[number, number]>): SparseVector {
  return { ids: Uint32Array.from(entries, ([id]) => id), weights: Float64Array.from(entries, ([, w]) => w) };
}

describe('sparse vectors', () => {
  it('adds in place exactly as addVectors does, shared features summed', () => {
    const a = vector([
      [1, 0.5],
      [4, 1],
      [9, 2],
    ]);
    const b = vector([
      [0, 3],
      [4, 0.25],
      [9, 1],
      [12, 7],
    ]);
    const ids = new Uint32Array(8);
    const weights = new Float64Array(8);
    ids.set(a.ids);
    weights.set(a.weights);
    const n = addInPlace(ids, weights, 3, b.ids, b.weights, 4);
    const sum = addVectors(a, b);
    expect(Array.from(ids.subarray(0, n))).toEqual(Array.from(sum.ids));
    expect(Array.from(weights.subarray(0, n))).toEqual(Array.from(sum.weights));
    expect(addInPlace(ids, weights, n, new Uint32Array(0), new Float64Array(0), 0)).toBe(n);
  });

  it('prunes in place to what keepAtLeast keeps, ties at the cut in id order', () => {
    const v = vector([
      [2, 0.3],
      [3, 0.9],
      [5, 0.3],
      [8, 0.1],
      [11, 0.3],
      [13, 0.7],
    ]);
    const cut = kthLargest(v.weights, 3);
    const kept = keepAtLeast(v, cut, 3);
    const ids = v.ids.slice();
    const weights = v.weights.slice();
    const n = keepAtLeastInPlace(ids, weights, ids.length, cut, 3);
    expect(Array.from(ids.subarray(0, n))).toEqual(Array.from(kept.ids));
    expect(Array.from(ids.subarray(0, n))).toEqual([2, 3, 13]);
    expect(kthLargest(v.weights, 2, 2)).toBe(Number.NEGATIVE_INFINITY);
  });
});
