import { describe, expect, it } from 'vitest';
import { SeqCounts } from './seq-counts.js';

describe('SeqCounts', () => {
  it('counts keys in first-seen order and starts afresh after clear', () => {
    const counts = new SeqCounts();
    for (const key of [5, 3, 5, 900_000, 3, 5]) counts.increment(key);
    expect(Array.from(counts.keys.subarray(0, counts.length))).toEqual([5, 3, 900_000]);
    expect([0, 1, 2].map((i) => counts.countAt(i))).toEqual([3, 2, 1]);
    counts.clear();
    expect(counts.length).toBe(0);
    expect(counts.increment(3)).toBe(1);
  });

  it('grows past its initial size without losing counts', () => {
    const counts = new SeqCounts();
    for (let round = 0; round < 2; round++) for (let key = 0; key < 5000; key++) counts.increment(key * 7);
    expect(counts.length).toBe(5000);
    expect(counts.countAt(4999)).toBe(2);
  });
});
