import { describe, expect, it } from 'vitest';
import { optimalLshParams } from './lsh-params.js';
import { createMinHasher, estimateJaccard, minhashInto } from './minhash.js';

function set(from: number, to: number): Uint32Array {
  return Uint32Array.from({ length: to - from }, (_, i) => (from + i) * 2654435761);
}

describe('minhash and LSH parameters', () => {
  it('estimates Jaccard similarity within a few points', () => {
    const hasher = createMinHasher(128, 42);
    const a = new Uint32Array(128);
    const b = new Uint32Array(128);
    // |A ∩ B| = 600, |A ∪ B| = 1400: Jaccard 0.43.
    minhashInto(hasher, set(0, 1000), 1000, a);
    minhashInto(hasher, set(400, 1400), 1000, b);
    expect(Math.abs(estimateJaccard(a, 0, b, 0, 128) - 600 / 1400)).toBeLessThan(0.12);
    minhashInto(hasher, set(0, 1000), 1000, b);
    expect(estimateJaccard(a, 0, b, 0, 128)).toBe(1);
  });

  it('fills every bin of a small set and marks an empty one', () => {
    const hasher = createMinHasher(64, 1);
    const out = new Uint32Array(64);
    expect(minhashInto(hasher, set(0, 3), 3, out)).toBe(true);
    expect(out.every((v) => v !== 0xffffffff)).toBe(true);
    expect(minhashInto(hasher, new Uint32Array(0), 0, out)).toBe(false);
  });

  it('derives bands and rows that put the threshold on the steep part of the curve', () => {
    const params = optimalLshParams(0.5, 128);
    expect(params.bands * params.rows).toBeLessThanOrEqual(128);
    const collision = (s: number) => 1 - (1 - s ** params.rows) ** params.bands;
    expect(collision(0.8)).toBeGreaterThan(0.99);
    expect(collision(0.2)).toBeLessThan(0.1);
    expect(optimalLshParams(0.8, 128).rows).toBeGreaterThan(params.rows);
  });
});
