/** Worker thread entry: reconciles stories for the main thread. */
import { reconcileTaskPacked } from './reconcile-task.js';
import { serveTasks } from './worker-pool.js';

await serveTasks(reconcileTaskPacked);
