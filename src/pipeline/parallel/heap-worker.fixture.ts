/** Worker thread entry for the worker pool's tests: churns young objects, then reports its young space's size. */
import { getHeapSpaceStatistics } from 'node:v8';
import { serveTasks } from './worker-pool.js';

/** MB of both semi-spaces once enough objects survive each young collection for V8 to grow them to their limit. */
export function youngSpaceMbAfterChurn(): number {
  let kept: Array<{ n: number; s: string }> = [];
  for (let n = 0; n < 4_000_000; n++) {
    kept.push({ n, s: `item ${n}` });
    if (kept.length > 100_000) kept = [];
  }
  const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  return (space?.space_size ?? 0) / 2 ** 20;
}

await serveTasks(() => youngSpaceMbAfterChurn());
