import { describe, expect, it } from 'vitest';
import { PostingLists } from './postings.js';

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `feature`'s list as an array, read through its slot as the story index reads it. */
function listOf(postings: PostingLists, feature: number): number[] {
  const slot = postings.find(feature);
  if (slot < 0) return [];
  const start = postings.offsetAt(slot);
  return Array.from(postings.pool.subarray(start, start + postings.lengthAt(slot)));
}

/** The behaviour PostingLists must match: a Map of JS arrays, appended to and swap-removed. */
class ArrayModel {
  lists = new Map<number, number[]>();
  add(feature: number, story: number): void {
    const list = this.lists.get(feature) ?? [];
    list.push(story);
    this.lists.set(feature, list);
  }
  remove(feature: number, story: number): void {
    const list = this.lists.get(feature);
    if (!list) return;
    const at = list.indexOf(story);
    if (at >= 0) {
      list[at] = list[list.length - 1];
      list.pop();
    }
    if (list.length === 0) this.lists.delete(feature);
  }
}

describe('posting lists', () => {
  it('lists stories in the order they were added', () => {
    const postings = new PostingLists();
    for (const story of [5, 9, 2, 7]) postings.add(40, story);
    postings.add(41, 3);
    expect(listOf(postings, 40)).toEqual([5, 9, 2, 7]);
    expect(listOf(postings, 41)).toEqual([3]);
    expect(listOf(postings, 42)).toEqual([]);
    expect(postings.find(42)).toBe(-1);
  });

  it('fills a removed story’s place with the last one and drops an emptied list', () => {
    const postings = new PostingLists();
    for (const story of [1, 2, 3, 4]) postings.add(7, story);
    postings.remove(7, 2);
    expect(listOf(postings, 7)).toEqual([1, 4, 3]);
    postings.remove(7, 99);
    expect(listOf(postings, 7)).toEqual([1, 4, 3]);
    for (const story of [1, 4, 3]) postings.remove(7, story);
    expect(postings.find(7)).toBe(-1);
    expect(postings.size).toBe(0);
  });

  it('reads a list through its slot, offset and length in the pool', () => {
    const postings = new PostingLists();
    for (let story = 0; story < 5; story++) postings.add(1 << 27, story);
    const slot = postings.find(1 << 27);
    const start = postings.offsetAt(slot);
    expect(Array.from(postings.pool.subarray(start, start + postings.lengthAt(slot)))).toEqual([0, 1, 2, 3, 4]);
  });

  it('matches a Map of arrays over a long run of adds and removes, reusing freed room', () => {
    const next = random(11);
    const postings = new PostingLists();
    const model = new ArrayModel();
    const live: Array<[number, number]> = [];
    for (let step = 0; step < 200_000; step++) {
      if (live.length > 0 && next() < 0.45) {
        const at = Math.floor(next() * live.length);
        const [feature, story] = live[at];
        live[at] = live[live.length - 1];
        live.pop();
        postings.remove(feature, story);
        model.remove(feature, story);
      } else {
        // Few features shared by many stories, and many features of a story or two, as lookup features are.
        const feature = next() < 0.2 ? Math.floor(next() * 50) : Math.floor(next() * 40_000) + (1 << 26);
        const story = step;
        live.push([feature, story]);
        postings.add(feature, story);
        model.add(feature, story);
      }
    }
    expect(postings.size).toBe(model.lists.size);
    for (const [feature, list] of model.lists) expect(listOf(postings, feature)).toEqual(list);
    // Room freed by removals is used again: the pool holds no more than a few times the entries listed.
    expect(postings.pool.length).toBeLessThan(8 * live.length + 4096);
  });
});
