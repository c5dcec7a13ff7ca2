import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureItem, opmlList, pageHtml, rssFeed } from '../../test/helpers/feed-fixtures.js';
import { type LocalServer, send, startLocalServer } from '../../test/helpers/local-server.js';
import { emptyWatchState, type PollOptions, pollFeeds } from './poll.js';

let server: LocalServer;
let items: FixtureItem[] = [];
let version = 1;

const options = (log: string[]): PollOptions => ({
  allowPrivate: true,
  timeoutMs: 300,
  retries: 1,
  retryBaseMs: 10,
  concurrency: 2,
  log: (line) => log.push(line),
});

beforeAll(async () => {
  server = await startLocalServer({
    '/feed': (request, response) => {
      const etag = `"v${version}"`;
      if (request.headers['if-none-match'] === etag) return void response.writeHead(304).end();
      response.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(rssFeed('Polled', items));
    },
    '/down': send('oops', 'text/plain', 500),
    '/slow': () => {},
    '/list': (_request, response) => {
      response
        .writeHead(200, { 'content-type': 'text/x-opml' })
        .end(opmlList([`${server.origin}/feed`, `${server.origin}/down`]));
    },
    '/a/1': send(pageHtml('First'), 'text/html'),
    '/a/2': send(pageHtml('Second'), 'text/html'),
    '/a/3': send(pageHtml('Third'), 'text/html'),
  });
  items = [
    { guid: 'i1', title: 'First', link: `${server.origin}/a/1` },
    { guid: 'i2', title: 'Second', link: `${server.origin}/a/2` },
  ];
});

afterAll(async () => {
  await server.close();
});

describe('pollFeeds', () => {
  it('delivers new items, then 304s, then only the items added since', async () => {
    const feed = `${server.origin}/feed`;
    const log: string[] = [];
    const first = await pollFeeds([feed], emptyWatchState(), options(log));
    expect(first.items.map((item) => item.doc?.meta.title)).toEqual(['First', 'Second']);
    expect(first.items[0].doc?.html).toContain('Body of First');
    expect(first.state.feeds[feed]).toEqual({ seen: ['i1', 'i2'], etag: '"v1"' });
    expect(JSON.parse(JSON.stringify(first.state))).toEqual(first.state);

    const second = await pollFeeds([feed], first.state, options(log));
    expect(second.items).toEqual([]);
    expect(server.lastHeaders.get('/feed')?.['if-none-match']).toBe('"v1"');

    version = 2;
    items = [{ guid: 'i3', title: 'Third', link: `${server.origin}/a/3` }, ...items];
    const third = await pollFeeds([feed], second.state, options(log));
    expect(third.items.map((item) => item.doc?.meta.title)).toEqual(['Third']);
    expect(third.state.feeds[feed].seen).toEqual(['i3', 'i1', 'i2']);

    expect(log).toEqual([
      `feed ${feed}: 200, 2 items, 2 new`,
      `feed ${feed}: 304 not modified`,
      `feed ${feed}: 200, 3 items, 1 new`,
    ]);
  });

  it('logs a failing feed and a slow one as errors, keeps their state, and still polls the others', async () => {
    const log: string[] = [];
    const sources = [`${server.origin}/down`, `${server.origin}/slow`, `${server.origin}/feed`];
    const state = { feeds: { [`${server.origin}/down`]: { seen: ['old'], etag: '"x"' } } };
    const result = await pollFeeds(sources, state, options(log));
    expect(log[0]).toBe(`feed ${server.origin}/down: error: HTTP 500 (after 2 attempts)`);
    expect(log[1]).toBe(`feed ${server.origin}/slow: error: timed out after 300 ms (after 2 attempts)`);
    expect(log[2]).toMatch(new RegExp(`^feed ${server.origin}/feed: 200, 3 items, 3 new$`));
    expect(result.items.filter((item) => item.problem).map((item) => item.problem?.item)).toEqual([
      `${server.origin}/down`,
      `${server.origin}/slow`,
    ]);
    expect(result.state.feeds[`${server.origin}/down`]).toEqual({ seen: ['old'], etag: '"x"' });
  });

  it('polls the feeds an OPML list names', async () => {
    const log: string[] = [];
    const result = await pollFeeds([`${server.origin}/list`], emptyWatchState(), options(log));
    expect(log).toEqual([
      `feed list ${server.origin}/list: 200, 2 feeds`,
      `feed ${server.origin}/feed: 200, 3 items, 3 new`,
      `feed ${server.origin}/down: error: HTTP 500 (after 2 attempts)`,
    ]);
    expect(result.items.filter((item) => item.doc)).toHaveLength(3);
    expect(result.state.feeds[`${server.origin}/list`].feeds).toEqual([
      `${server.origin}/feed`,
      `${server.origin}/down`,
    ]);
  });

  it('refuses loopback feeds without allowPrivate', async () => {
    const log: string[] = [];
    await pollFeeds([`${server.origin}/feed`], emptyWatchState(), { log: (line) => log.push(line), retries: 0 });
    expect(log[0]).toMatch(/: error: refused: 127\.0\.0\.1 is a loopback address/);
  });
});
