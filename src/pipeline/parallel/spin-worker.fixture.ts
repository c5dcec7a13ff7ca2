/** Worker thread entry for the worker pool's tests: a task that returns, spins, throws or ends its thread. */
import { serveTasks } from './worker-pool.js';

export type SpinTask = { value: number } | { spinMs: number; value: number } | { forever: true } | { exit: number };

await serveTasks((task: SpinTask) => {
  if ('forever' in task) for (;;);
  if ('exit' in task) process.exit(task.exit);
  if ('spinMs' in task) {
    const until = Date.now() + task.spinMs;
    while (Date.now() < until);
  }
  return task.value;
});
