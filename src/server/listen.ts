/** Starts the app on a port (the CLI, the browser test and the load test use this) and reports its URL. */
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/types.js';
import { type AppOptions, buildApp } from './app.js';

export interface ListenOptions extends AppOptions {
  port: number;
  host: string;
}

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  /** `http://host:port` with the port actually bound (so port 0 works). */
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: ListenOptions): Promise<RunningServer> {
  const app = buildApp(options);
  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    app,
    store: options.store,
    url: `http://${host}:${port}`,
    close: () => app.close(),
  };
}

/** A port number from a CLI flag, or an error naming the flag. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: "${value}" is not a port (0-65535)`);
  return port;
}
