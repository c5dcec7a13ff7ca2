import { describe, expect, it } from 'vitest';
import { createResponseCache } from './response-cache.js';

describe('createResponseCache', () => {
  it('reuses a value until it expires', async () => {
    let clock = 0;
    let calls = 0;
    const cache = createResponseCache(1000, 10, () => clock);
    const produce = async () => `v${++calls}`;
    expect(await cache.get('a', produce)).toBe('v1');
    clock = 999;
    expect(await cache.get('a', produce)).toBe('v1');
    clock = 1000;
    expect(await cache.get('a', produce)).toBe('v2');
  });

  it('forgets everything on clear, and never caches a value produced across a clear', async () => {
    const cache = createResponseCache(1000, 10, () => 0);
    let calls = 0;
    await cache.get('a', async () => `v${++calls}`);
    cache.clear();
    expect(await cache.get('a', async () => `v${++calls}`)).toBe('v2');
    const during = await cache.get('b', async () => {
      cache.clear();
      return 'old';
    });
    expect(during).toBe('old');
    expect(await cache.get('b', async () => 'new')).toBe('new');
  });

  it('does not cache a missing value and drops the least recently used entry when full', async () => {
    const cache = createResponseCache(1000, 2, () => 0);
    expect(await cache.get('none', async () => null)).toBeNull();
    expect(await cache.get('none', async () => 'now')).toBe('now');
    await cache.get('x', async () => 'x1');
    await cache.get('none', async () => 'unused');
    await cache.get('y', async () => 'y1');
    expect(await cache.get('none', async () => 'refetched')).toBe('now');
    expect(await cache.get('x', async () => 'x2')).toBe('x2');
  });
});
