#!/usr/bin/env -S node --max-semi-space-size=32
import('../dist/cli/main.js')
  .then((m) => m.main(process.argv))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
