#!/usr/bin/env node
// The command runs node with the V8 flags of src/cli/node-flags.ts. A node started without them starts the command
// once more with them, and ends as that child ends. A shebang cannot pass them portably: `env -S` is missing from
// BusyBox (Alpine).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WITH_FLAGS = 'CORROBORATE_NODE_FLAGS';

function restartWithFlags(flags) {
  const args = [...process.execArgv, ...flags, fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, [WITH_FLAGS]: '1' } });
  // A terminal's Ctrl-C reaches both processes: the child decides what it means (the first one ends an ingest after
  // its current batch), so it is not passed on a second time. A supervisor's SIGTERM or SIGHUP may reach this one
  // alone, so those are.
  process.on('SIGINT', () => {});
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`corroborate: could not start node: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
}

import('../dist/cli/node-flags.js')
  .then(({ NODE_FLAGS }) => {
    if (process.env[WITH_FLAGS] || NODE_FLAGS.every((flag) => process.execArgv.includes(flag))) {
      return import('../dist/cli/main.js').then((m) => m.main(process.argv));
    }
    restartWithFlags(NODE_FLAGS);
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
