/** Worker thread entry for the worker pool's tests: takes a while to start, then returns each task's value. */
import { serveTasks } from './worker-pool.js';

/** Longer than the time limit the test sets, so only time counted from the start would fail the task. */
export const START_DELAY_MS = 2500;

await new Promise((resolve) => setTimeout(resolve, START_DELAY_MS));
await serveTasks((task: { value: number }) => task.value);
