import type { Command } from 'commander';
import { registerClaims } from './claims.js';
import { registerCluster } from './cluster.js';
import { registerCompare } from './compare.js';
import { registerDemo } from './demo.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerServe } from './serve.js';
import { registerStories } from './stories.js';
import { registerWatch } from './watch.js';

/** Each command lives in its own file and adds itself to the program. Keep this list sorted. */
export const commands: Array<(program: Command) => void> = [
  registerClaims,
  registerCluster,
  registerCompare,
  registerDemo,
  registerExtract,
  registerIngest,
  registerServe,
  registerStories,
  registerWatch,
];
