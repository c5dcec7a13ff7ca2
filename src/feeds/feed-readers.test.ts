import { writeFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opmlList, pageHtml, rssFeed } from '../../test/helpers/feed-fixtures.js';
import { type LocalServer, send, startLocalServer } from '../../test/helpers/local-server.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { readSources } from '../readers/index.js';
import type { ReadItem, ReadOptions } from '../readers/types.js';

const dir = useTempDir('feeds', 'all');
let server: LocalServer;
const LOCAL: ReadOptions = { allowPrivate: true, timeoutMs: 1500, retries: 1, retryBaseMs: 10 };

beforeAll(async () => {
  server = await startLocalServer({
    '/feed.xml': (_request, response) => {
      const origin = server.origin;
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(
        rssFeed('Local News', [
          {
            guid: 'n1',
            title: 'Council votes',
            link: `${origin}/news/1`,
            pubDate: 'Wed, 02 Apr 2025 09:30:00 GMT',
            description: 'Teaser one',
          },
          {
            guid: 'n2',
            title: 'Bridge closes',
            link: `${origin}/news/gone`,
            description: '<p>The bridge closed on Monday.</p>',
          },
          { guid: 'n3', title: 'No text', link: `${origin}/news/also-gone` },
          { guid: 'n4', title: 'Relative', link: '/news/4' },
        ]),
      );
    },
    '/news/1': send(pageHtml('Council votes'), 'text/html; charset=utf-8'),
    '/news/4': send(
      iconv.encode('<html><head><meta charset="iso-8859-1"></head><body><p>Caf\u00e9</p></body></html>', 'latin1'),
      'text/html',
    ),
    '/moved-feed': send('', 'text/plain', 301, { location: '/feed.xml' }),
    '/broken.xml': send('<rss><channel><item><title>Unclosed</channel></rss>', 'application/rss+xml'),
    '/list.opml': (_request, response) => {
      response
        .writeHead(200, { 'content-type': 'text/x-opml' })
        .end(opmlList([`${server.origin}/moved-feed`, '/broken.xml']));
    },
    '/page': send(pageHtml('Direct page'), 'text/html'),
    '/huge-feed': send(
      `<rss><channel>${'<item><title>x</title></item>'.repeat(20_000)}</channel></rss>`,
      'application/rss+xml',
    ),
    '/slow-feed': () => {},
    '/dump': send(`${JSON.stringify({ text: 'From a URL' })}\n{oops\n`, 'application/x-ndjson'),
  });
});

afterAll(async () => {
  await server.close();
});

async function collect(sources: string[], options: ReadOptions = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readSources(sources, options)) out.push(item);
  return out;
}

describe('feed files', () => {
  it('reads RSS 2.0 items with their metadata from the feed text, without fetching pages', async () => {
    const path = dir.file('news.rss');
    await writeFile(
      path,
      rssFeed('Wire', [
        {
          guid: 'w1',
          title: 'Summit ends',
          link: 'https://wire.example/1',
          pubDate: 'Tue, 01 Apr 2025 10:00:00 GMT',
          description: '<p>Leaders agreed.</p>',
        },
      ]),
    );
    const [item] = await collect([path]);
    expect(item.doc).toEqual({
      item: 'https://wire.example/1',
      file: 'https://wire.example/1',
      html: '<article><p>Leaders agreed.</p></article>',
      meta: {
        url: 'https://wire.example/1',
        title: 'Summit ends',
        published: '2025-04-01T10:00:00.000Z',
        byline: 'Staff Writer',
      },
    });
  });

  it('reads Atom entries and RDF items', async () => {
    const atom = dir.file('feed.atom');
    await writeFile(
      atom,
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>Atom one</title><link rel="alternate" href="https://a.example/1"/><id>tag:a,1</id><updated>2025-04-02T08:00:00Z</updated><author><name>Bo Li</name></author><content type="html">&lt;p&gt;Atom body&lt;/p&gt;</content></entry></feed>',
    );
    const rdf = dir.file('feed.rdf');
    await writeFile(
      rdf,
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://r.example/"><title>R</title></channel><item rdf:about="https://r.example/1"><title>RDF one</title><link>https://r.example/1</link><description>Plain &amp; simple</description></item></rdf:RDF>',
    );
    const items = await collect([atom, rdf]);
    expect(items.map((item) => [item.doc?.meta.title, item.doc?.html])).toEqual([
      ['Atom one', '<article><p>Atom body</p></article>'],
      ['RDF one', '<article><p>Plain &amp; simple</p></article>'],
    ]);
    expect(items[0].doc?.meta.byline).toBe('Bo Li');
  });

  it('reports a malformed feed file with the line of the error', async () => {
    const path = dir.file('broken.xml');
    await writeFile(path, '<?xml version="1.0"?>\n<rss><channel>\n<item><title>x</title></channel></rss>');
    const items = await collect([path]);
    expect(items).toHaveLength(1);
    expect(items[0].problem?.item).toBe(path);
    expect(items[0].problem?.reason).toMatch(/^malformed XML at line 3/);
  });

  it('reads a feed whose only fault is a bare ampersand', async () => {
    const path = dir.file('ampersand.rss');
    await writeFile(
      path,
      rssFeed('Wire', [
        { guid: 'x', title: 'AT&T buys Q&A site', link: 'https://w.example/?a=1&b=2', description: 'Text' },
      ]),
    );
    const [item] = await collect([path]);
    expect(item.doc?.meta.title).toBe('AT&T buys Q&A site');
    expect(item.doc?.meta.url).toBe('https://w.example/?a=1&b=2');
  });

  it('decodes a feed by its XML declaration and reports an encoding nobody knows', async () => {
    const latin = dir.file('latin.rss');
    const feed = rssFeed('W', [
      { guid: 'l', title: 'Caf\u00e9 reopens', link: 'https://w.example/l', description: 'Text' },
    ]);
    await writeFile(latin, iconv.encode(feed.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), 'latin1'));
    const odd = dir.file('odd.rss');
    await writeFile(odd, feed.replace('encoding="UTF-8"', 'encoding="x-martian"'));
    const items = await collect([latin, odd]);
    expect(items[0].doc?.meta.title).toBe('Caf\u00e9 reopens');
    expect(items[1].problem).toEqual({ item: odd, reason: 'unknown encoding "x-martian" (from the XML declaration)' });
  });

  it('reports XML that is neither a feed nor OPML', async () => {
    const path = dir.file('other.xml');
    await writeFile(path, '<catalog><book/></catalog>');
    const [item] = await collect([path]);
    expect(item.problem?.reason).toBe('XML is not an RSS, Atom, RDF feed or OPML list');
  });
});

describe('feeds from a URL', () => {
  it("fetches each item's page, falls back to the feed text, and reports items with neither", async () => {
    const items = await collect([`${server.origin}/feed.xml`], LOCAL);
    const origin = server.origin;
    expect(items.map((item) => item.doc?.item ?? `problem ${item.problem?.item}`)).toEqual([
      `${origin}/news/1`,
      `${origin}/news/gone`,
      `problem ${origin}/news/also-gone`,
      `${origin}/news/4`,
    ]);
    expect(items[0].doc?.html).toContain('<h1>Council votes</h1>');
    expect(items[0].doc?.meta).toEqual({
      url: `${origin}/news/1`,
      title: 'Council votes',
      published: '2025-04-02T09:30:00.000Z',
      byline: 'Staff Writer',
    });
    expect(items[1].doc?.html).toBe('<article><p>The bridge closed on Monday.</p></article>');
    expect(items[2].problem?.reason).toBe('page unavailable (HTTP 404), and the feed has no text for this item');
    expect(items[3].doc?.html).toContain('Caf\u00e9');
  });

  it('reads an OPML list of feeds, following a redirect and reporting the malformed feed', async () => {
    const items = await collect([`${server.origin}/list.opml`], LOCAL);
    expect(items.filter((item) => item.doc)).toHaveLength(3);
    const problems = items.filter((item) => item.problem).map((item) => item.problem);
    expect(problems).toContainEqual({
      item: `${server.origin}/broken.xml`,
      reason: expect.stringMatching(/^malformed XML/),
    });
  });

  it('reads a page URL as HTML', async () => {
    const [item] = await collect([`${server.origin}/page`], LOCAL);
    expect(item.doc?.html).toContain('Direct page');
    expect(item.doc?.meta.url).toBe(`${server.origin}/page`);
  });

  it('reads JSONL served from a URL, naming bad lines by URL and line', async () => {
    const items = await collect([`${server.origin}/dump`], LOCAL);
    expect(items.map((item) => item.doc?.text ?? item.problem?.item)).toEqual([
      'From a URL',
      `${server.origin}/dump:2`,
    ]);
  });

  it('reports a feed larger than the cap and one that never answers, and reads the next source', async () => {
    const sources = [`${server.origin}/huge-feed`, `${server.origin}/slow-feed`, `${server.origin}/page`];
    const items = await collect(sources, { ...LOCAL, maxBytes: 100_000, timeoutMs: 200, retries: 0 });
    expect(items.map((item) => item.problem ?? item.doc?.item)).toEqual([
      { item: `${server.origin}/huge-feed`, reason: expect.stringMatching(/exceeds the 100000-byte cap/) },
      { item: `${server.origin}/slow-feed`, reason: 'timed out after 200 ms (after 1 attempt)' },
      `${server.origin}/page`,
    ]);
  });

  it('refuses a loopback URL without allowPrivate', async () => {
    const [item] = await collect([`${server.origin}/feed.xml`], { timeoutMs: 1000 });
    expect(item.problem?.item).toBe(`${server.origin}/feed.xml`);
    expect(item.problem?.reason).toMatch(/^refused: 127\.0\.0\.1 is a loopback address/);
  });
});
