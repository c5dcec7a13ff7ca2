import { describe, expect, it } from 'vitest';
import { parsePort, startServer } from './listen.js';
import { fixtureStore } from './test-fixtures.js';

describe('startServer', () => {
  it('listens on loopback, reports the bound port in its URL and answers over HTTP', async () => {
    const { store, cleanup } = await fixtureStore();
    const server = await startServer({ store, port: 0, host: '127.0.0.1' });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${server.url}/api/stories`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { total: number }).total).toBe(2);
      const page = await fetch(`${server.url}/`);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    } finally {
      await server.close();
      await cleanup();
    }
  });
});

describe('parsePort', () => {
  it('accepts 0-65535 and names the flag otherwise', () => {
    expect(parsePort('8080')).toBe(8080);
    expect(parsePort('0')).toBe(0);
    expect(() => parsePort('http')).toThrow('--port');
    expect(() => parsePort('70000')).toThrow('--port');
  });
});
