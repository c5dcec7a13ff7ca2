import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface LocalServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Requests received per path. */
  hits: Map<string, number>;
  /** Request headers of the last request per path. */
  lastHeaders: Map<string, IncomingMessage['headers']>;
  close(): Promise<void>;
}

/** An HTTP server on loopback with one handler per path (404 otherwise); for tests that fetch with allowPrivate. */
export async function startLocalServer(routes: Record<string, Handler>): Promise<LocalServer> {
  const hits = new Map<string, number>();
  const lastHeaders = new Map<string, IncomingMessage['headers']>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    lastHeaders.set(path, request.headers);
    const handler = routes[path];
    if (handler) handler(request, response);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    lastHeaders,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends a fixed body with a content type. */
export function send(
  body: string | Buffer,
  contentType: string,
  status = 200,
  headers: Record<string, string> = {},
): Handler {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': contentType, ...headers }).end(body);
  };
}
