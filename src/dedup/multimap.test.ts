import { describe, expect, it } from 'vitest';
import {
  createMultiMap,
  MultiMapHits,
  multiMapAdd,
  multiMapAddMany,
  multiMapFromSlots,
  multiMapGet,
  multiMapGetMany,
} from './multimap.js';

function valuesOf(map: ReturnType<typeof createMultiMap>, key: number): number[] {
  const out: number[] = [];
  multiMapGet(map, key, (value) => out.push(value));
  return out;
}

describe('multimap', () => {
  it('keeps each key’s values in insertion order across growth, up to the cap', () => {
    const map = createMultiMap(4, 3);
    for (let i = 0; i < 200; i++) multiMapAdd(map, i % 50, i);
    expect(valuesOf(map, 7)).toEqual([7, 57, 107]);
    expect(valuesOf(map, 49)).toEqual([49, 99, 149]);
    expect(valuesOf(map, 1234)).toEqual([]);
    expect(map.size).toBe(150);
  });

  it('finds many keys at once as one at a time would, key by key', () => {
    const map = createMultiMap(16, 16);
    multiMapAddMany(map, Uint32Array.of(5, 0xffffffff, 9), 3, 1);
    multiMapAddMany(map, Uint32Array.of(9, 5), 2, 2);
    const hits = new MultiMapHits();
    multiMapGetMany(map, Uint32Array.of(9, 77, 5, 0xffffffff), 4, hits);
    const found = Array.from({ length: hits.length }, (_, i) => [hits.keyIndex[i], hits.values[i]]);
    expect(found).toEqual([
      [0, 1],
      [0, 2],
      [2, 1],
      [2, 2],
      [3, 1],
    ]);
  });

  it('is restored from a copy of its slots, entry for entry', () => {
    const map = createMultiMap(8, 4);
    for (let i = 0; i < 30; i++) multiMapAdd(map, (i * 2654435761) >>> 0, i);
    const back = multiMapFromSlots(map.slots.slice(), map.size, map.cap);
    expect(back.size).toBe(30);
    expect(valuesOf(back, (3 * 2654435761) >>> 0)).toEqual([3]);
    expect(valuesOf(back, (29 * 2654435761) >>> 0)).toEqual([29]);
  });

  it('refuses saved slots that cannot be a table', () => {
    expect(() => multiMapFromSlots(new Int32Array(6), 0, 4)).toThrow(/power of two/);
    expect(() => multiMapFromSlots(new Int32Array(8), 9, 4)).toThrow(/size/);
  });
});
