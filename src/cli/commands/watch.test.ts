import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openIngestSession } from '../../pipeline/ingest.js';
import { fakeStages } from '../../pipeline/ingest-fake-stages.js';
import { openSqliteStore } from '../../store/sqlite/open-sqlite-store.js';
import { STATE_KEYS } from '../../store/types.js';
import { parseInterval, watchRound } from './watch.js';

function rss(base: string, ids: string[]): string {
  const items = ids
    .map(
      (id) =>
        `<item><guid>${id}</guid><title>River ${id}</title><link>${base}/pages/${id}</link><pubDate>Mon, 05 May 2025 10:00:00 GMT</pubDate></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Town news</title>${items}</channel></rss>`;
}

describe('watch', () => {
  let server: Server;
  let base: string;
  let feedIds = ['one', 'two'];
  const requests: Array<{ url: string; ifNoneMatch?: string }> = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push({ url: req.url ?? '', ifNoneMatch: req.headers['if-none-match'] });
      if (req.url === '/feed.xml') {
        const etag = `"v-${feedIds.join('-')}"`;
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(rss(base, feedIds));
        return;
      }
      const page = req.url?.match(/^\/pages\/(\w+)$/);
      if (page) {
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(`<html><body><p>The river rose ${page[1].length} metres at ${page[1]} bridge.</p></body></html>`);
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('reads intervals like 30s, 10m and 1h30m and refuses nonsense', () => {
    expect(parseInterval('30s')).toBe(30_000);
    expect(parseInterval('10m')).toBe(600_000);
    expect(parseInterval('1h30m')).toBe(5_400_000);
    expect(parseInterval('45')).toBe(45_000);
    expect(() => parseInterval('soon')).toThrow(/cannot read/);
    expect(() => parseInterval('10ms')).toThrow(/too short/);
  });

  it('ingests new feed items each round, asks conditionally, and logs one line per feed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-watch-'));
    const store = await openSqliteStore(join(dir, 'watch.db'));
    try {
      const lines: string[] = [];
      const options = { allowPrivate: true, retries: 0, log: (line: string) => lines.push(line) };
      const session = openIngestSession(store, { stages: fakeStages() });
      const feed = `${base}/feed.xml`;

      const first = await watchRound(store, session, [feed], options);
      expect(first.summary).toMatchObject({ read: 2, stored: 2, rejected: 0 });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(feed);
      expect(JSON.parse((await store.getState(STATE_KEYS.feedState)) ?? '{}').feeds[feed].etag).toBe('"v-one-two"');

      const second = await watchRound(store, session, [feed], options);
      expect(second.summary).toMatchObject({ read: 0, stored: 0 });
      expect(second.reports[0].outcome).toBe('not-modified');
      expect(requests.filter((r) => r.url === '/feed.xml').at(-1)?.ifNoneMatch).toBe('"v-one-two"');

      feedIds = ['three', 'one', 'two'];
      const third = await watchRound(store, session, [feed], options);
      expect(third.summary).toMatchObject({ read: 1, stored: 1 });
      expect(lines).toHaveLength(3);
      expect((await store.counts()).articles).toBe(3);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
