/** Worker thread entry: reconciles stories for the main thread. */
import { reconcileTask } from './reconcile-task.js';
import { serveTasks } from './worker-pool.js';

await serveTasks(reconcileTask);
