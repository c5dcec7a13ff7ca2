import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { formatSummary } from '../../pipeline/ingest-summary.js';
import { ingestDemoCorpus } from '../../server/demo-corpus.js';
import { parsePort, type RunningServer, startServer } from '../../server/listen.js';
import { openStore } from '../../store/index.js';
import { closeOnSignal } from './serve.js';

interface DemoOptions {
  port: string;
  host: string;
  db?: string;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Ingest the bundled example corpus into a fresh SQLite file and serve the pages')
    .option('--port <port>', 'port to listen on', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--db <path>', 'SQLite file to use (default: a new file in a temporary directory)')
    .action(async (options: DemoOptions) => {
      const port = parsePort(options.port);
      const tempDir = options.db ? null : mkdtempSync(join(tmpdir(), 'corroborate-demo-'));
      const path = options.db ?? join(tempDir!, 'demo.db');
      const store = await openStore(path);
      let server: RunningServer;
      try {
        const summary = await ingestDemoCorpus(store);
        for (const line of formatSummary(summary)) process.stdout.write(`corroborate: ${line}\n`);
        server = await startServer({
          store,
          port,
          host: options.host,
          token: process.env.CORROBORATE_TOKEN || undefined,
        });
      } catch (error) {
        await store.close();
        if (tempDir) rmSync(tempDir, { recursive: true, force: true });
        throw error;
      }
      closeOnSignal(server, () => {
        if (tempDir) rmSync(tempDir, { recursive: true, force: true });
      });
      process.stdout.write(
        `corroborate: demo database ${store.location}${tempDir ? ' (removed when you stop the demo)' : ''}\n`,
      );
      process.stdout.write(`corroborate: open ${server.url}/ in a browser (Ctrl-C to stop)\n`);
    });
}
