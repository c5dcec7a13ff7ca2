import { describe, expect, it } from 'vitest';
import { fullGarbageCollector } from './collect-garbage.js';

describe('full garbage collection on demand', () => {
  it('gives a collector that frees unreachable objects, the same one each time', async () => {
    const collect = fullGarbageCollector();
    expect(collect).toBeTypeOf('function');
    expect(fullGarbageCollector()).toBe(collect);
    let freed = false;
    const registry = new FinalizationRegistry(() => {
      freed = true;
    });
    (() => registry.register({ garbage: new Array(1000).fill('x') }, 'garbage'))();
    for (let tries = 0; tries < 20 && !freed; tries++) {
      collect?.();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(freed).toBe(true);
  });
});
