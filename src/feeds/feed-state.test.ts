import { describe, expect, it } from 'vitest';
import { MAX_ITEM_ATTEMPTS, nextFeedState } from './feed-state.js';

describe('nextFeedState', () => {
  it('marks current items seen, keeps the validators, and keeps a bounded tail of older ids', () => {
    const state = nextFeedState(
      { seen: ['b', 'old1', 'old2', 'old3'] },
      { current: ['a', 'b'], failed: [], etag: '"e"', lastModified: 'L' },
      2,
    );
    expect(state).toEqual({ seen: ['a', 'b', 'old1', 'old2'], etag: '"e"', lastModified: 'L' });
  });

  it('leaves a failed item unseen and drops the validators so the next poll reads the feed again', () => {
    const state = nextFeedState({ seen: [] }, { current: ['a', 'b'], failed: ['b'], etag: '"e"' });
    expect(state).toEqual({ seen: ['a'], retries: { b: 1 } });
  });

  it(`gives up on an item after ${MAX_ITEM_ATTEMPTS} failed polls and counts it as seen`, () => {
    let state = nextFeedState({ seen: [] }, { current: ['a'], failed: ['a'] });
    for (let poll = 2; poll <= MAX_ITEM_ATTEMPTS; poll++)
      state = nextFeedState(state, { current: ['a'], failed: ['a'], etag: '"e"' });
    expect(state).toEqual({ seen: ['a'], etag: '"e"' });
  });
});
