import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, send, startLocalServer } from '../../test/helpers/local-server.js';
import { FetchError, safeFetch } from './fetch.js';

const FAST = { allowPrivate: true, timeoutMs: 2000, retries: 2, retryBaseMs: 10 };

let server: LocalServer;
let flaky = 0;

beforeAll(async () => {
  server = await startLocalServer({
    '/page': send('<html><body>hello</body></html>', 'text/html; charset=utf-8', 200, { etag: '"v1"' }),
    '/redirect': send('', 'text/plain', 302, { location: '/page' }),
    '/loop': send('', 'text/plain', 301, { location: '/loop' }),
    '/to-file': send('', 'text/plain', 302, { location: 'file:///etc/passwd' }),
    '/fail': send('down', 'text/plain', 500),
    '/flaky': (_request, response) => {
      flaky++;
      if (flaky === 1) response.writeHead(503).end('busy');
      else response.writeHead(200, { 'content-type': 'text/plain' }).end('recovered');
    },
    '/slow': () => {
      // Never answers: only the client's timeout ends this request.
    },
    '/huge-declared': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5_000_000) });
      response.write('x'.repeat(1000));
    },
    '/huge-streamed': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = 'y'.repeat(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 4_000_000 && response.write(chunk)) sent += chunk.length;
        if (sent < 4_000_000) response.once('drain', pump);
        else response.end();
      };
      response.on('error', () => {});
      pump();
    },
    '/gzipped': send(gzipSync('<p>compressed page</p>'), 'text/html', 200, { 'content-encoding': 'gzip' }),
    '/bomb': send(gzipSync(Buffer.alloc(5_000_000, 0x61)), 'text/html', 200, { 'content-encoding': 'gzip' }),
    '/conditional': (request, response) => {
      if (request.headers['if-none-match'] === '"abc"') response.writeHead(304).end();
      else
        response
          .writeHead(200, {
            'content-type': 'text/plain',
            etag: '"abc"',
            'last-modified': 'Tue, 01 Apr 2025 10:00:00 GMT',
          })
          .end('body');
    },
  });
});

afterAll(async () => {
  await server.close();
});

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

describe('safeFetch', () => {
  it('fetches a page from loopback when private addresses are allowed', async () => {
    const result = await safeFetch(`${server.origin}/page`, FAST);
    expect(result.status).toBe(200);
    expect(result.body.toString()).toContain('hello');
    expect(result.etag).toBe('"v1"');
    expect(result.contentType).toBe('text/html; charset=utf-8');
  });

  it('refuses a loopback address literal without allowPrivate and sends no request', async () => {
    const before = server.hits.get('/page') ?? 0;
    const error = await failure(safeFetch(`${server.origin}/page`, { timeoutMs: 2000 }));
    expect(error.reason).toMatch(/refused: 127\.0\.0\.1 is a loopback address/);
    expect(server.hits.get('/page') ?? 0).toBe(before);
  });

  it('refuses a host name that resolves to loopback, checking the resolved address', async () => {
    const port = new URL(server.origin).port;
    const error = await failure(safeFetch(`http://localhost:${port}/page`, { timeoutMs: 2000, retries: 0 }));
    expect(error.reason).toMatch(/refused: localhost resolves to .*loopback/);
  });

  it('refuses private, link-local and IPv4-mapped addresses', async () => {
    for (const url of [
      'http://10.0.0.1/',
      'http://169.254.169.254/latest',
      'http://[::ffff:127.0.0.1]/',
      'http://[fe80::1]/',
      'http://0.0.0.0/',
    ]) {
      const error = await failure(safeFetch(url, { timeoutMs: 1000, retries: 0 }));
      expect(error.reason).toMatch(/^refused/);
    }
  });

  it('refuses schemes other than http and https', async () => {
    const error = await failure(safeFetch('file:///etc/passwd'));
    expect(error.reason).toMatch(/only http and https/);
  });

  it('follows a redirect and reports the final URL', async () => {
    const result = await safeFetch(`${server.origin}/redirect`, FAST);
    expect(result.url).toBe(`${server.origin}/page`);
    expect(result.body.toString()).toContain('hello');
  });

  it('checks every redirect hop and refuses a redirect to another scheme', async () => {
    const error = await failure(safeFetch(`${server.origin}/to-file`, FAST));
    expect(error.reason).toMatch(/only http and https/);
  });

  it('stops after a bounded number of redirects', async () => {
    const error = await failure(safeFetch(`${server.origin}/loop`, { ...FAST, maxRedirects: 3 }));
    expect(error.reason).toBe('more than 3 redirects');
  });

  it('retries a 500 with backoff and then gives up with the status', async () => {
    const before = server.hits.get('/fail') ?? 0;
    const error = await failure(safeFetch(`${server.origin}/fail`, FAST));
    expect(error.reason).toBe('HTTP 500 (after 3 attempts)');
    expect(error.status).toBe(500);
    expect((server.hits.get('/fail') ?? 0) - before).toBe(3);
  });

  it('succeeds when a retry after a 503 gets through', async () => {
    const result = await safeFetch(`${server.origin}/flaky`, FAST);
    expect(result.body.toString()).toBe('recovered');
    expect(result.attempts).toBe(2);
  });

  it('times out on a server that never answers', async () => {
    const error = await failure(
      safeFetch(`${server.origin}/slow`, { allowPrivate: true, timeoutMs: 200, retries: 1, retryBaseMs: 10 }),
    );
    expect(error.reason).toMatch(/timed out after 200 ms \(after 2 attempts\)/);
  });

  it('refuses a body whose declared length exceeds the cap', async () => {
    const error = await failure(safeFetch(`${server.origin}/huge-declared`, { ...FAST, maxBytes: 100_000 }));
    expect(error.reason).toMatch(/exceeds the 100000-byte cap/);
  });

  it('stops reading a streamed body once it passes the cap', async () => {
    const error = await failure(safeFetch(`${server.origin}/huge-streamed`, { ...FAST, maxBytes: 200_000 }));
    expect(error.reason).toMatch(/exceeds the 200000-byte cap/);
  });

  it('decodes a gzip body', async () => {
    const result = await safeFetch(`${server.origin}/gzipped`, FAST);
    expect(result.body.toString()).toBe('<p>compressed page</p>');
  });

  it('caps the decompressed size of a small gzip body that expands hugely', async () => {
    const error = await failure(safeFetch(`${server.origin}/bomb`, { ...FAST, maxBytes: 1_000_000 }));
    expect(error.reason).toMatch(/decompresses to more than 1000000 bytes/);
  });

  it('sends ETag and Last-Modified back and reports 304 as not modified', async () => {
    const first = await safeFetch(`${server.origin}/conditional`, FAST);
    expect(first.notModified).toBe(false);
    const second = await safeFetch(`${server.origin}/conditional`, {
      ...FAST,
      etag: first.etag,
      lastModified: first.lastModified,
    });
    expect(second.notModified).toBe(true);
    expect(second.status).toBe(304);
    expect(second.body.length).toBe(0);
    expect(server.lastHeaders.get('/conditional')?.['if-modified-since']).toBe('Tue, 01 Apr 2025 10:00:00 GMT');
  });

  it('fails a 404 without retrying', async () => {
    const before = server.hits.get('/missing') ?? 0;
    const error = await failure(safeFetch(`${server.origin}/missing`, FAST));
    expect(error.reason).toBe('HTTP 404');
    expect((server.hits.get('/missing') ?? 0) - before).toBe(1);
  });
});
