/** Worker thread entry: writes ingest's batches to a SQLite file for the main thread. */
import { writeToDatabase } from './store-writer.js';
import { serveTasks } from './worker-pool.js';

await serveTasks(writeToDatabase);
