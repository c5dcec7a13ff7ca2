import type { Command } from 'commander';
import { parsePort, type RunningServer, startServer } from '../../server/listen.js';
import { openStore } from '../../store/index.js';

interface ServeOptions {
  port: string;
  host: string;
  db?: string;
}

/**
 * Closes the server and the store on Ctrl-C or SIGTERM, so SQLite's WAL is checkpointed and pools end cleanly;
 * then runs `cleanup` (the demo removes its temporary database).
 */
export function closeOnSignal(server: RunningServer, cleanup: () => void = () => {}): void {
  const stop = () => {
    server
      .close()
      .then(() => server.store.close())
      .then(cleanup)
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the JSON API (/api) and the web pages over the store; writes need CORROBORATE_TOKEN when set')
    .option('--port <port>', 'port to listen on', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--db <spec>', 'SQLite path or postgres:// URL (default: CORROBORATE_DB, else ./corroborate.db)')
    .action(async (options: ServeOptions) => {
      const port = parsePort(options.port);
      const store = await openStore(options.db);
      const token = process.env.CORROBORATE_TOKEN || undefined;
      let server: RunningServer;
      try {
        server = await startServer({ store, token, port, host: options.host });
      } catch (error) {
        await store.close();
        throw error;
      }
      closeOnSignal(server);
      process.stdout.write(`corroborate: serving ${store.location} at ${server.url}/ (API at ${server.url}/api)\n`);
      if (!token)
        process.stdout.write(
          'corroborate: CORROBORATE_TOKEN is not set, so anyone who can reach this port may write\n',
        );
    });
}
