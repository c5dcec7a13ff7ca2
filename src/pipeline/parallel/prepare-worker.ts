/** Worker thread entry: prepares documents (normalise + claims) for the main thread. */
import { prepareDocumentPacked } from './prepare.js';
import { serveTasks } from './worker-pool.js';

await serveTasks(prepareDocumentPacked);
