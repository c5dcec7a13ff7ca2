/** Ingest with worker threads gives the same store as on the main thread, in input order, with bad items skipped. */
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/support/temp-dir.js';
import { MAX_CLAIMS_PER_KIND } from '../../claims/index.js';
import type { ReadItem } from '../../readers/types.js';
import { openSqliteStore } from '../../store/sqlite/open-sqlite-store.js';
import type { Store } from '../../store/types.js';
import { ingest } from '../ingest.js';

const PLACES = ['Lowmere', 'Ardent Bay', 'Kestrel Hill', 'Oakvale'];

function report(n: number): ReadItem {
  const place = PLACES[n % PLACES.length];
  const text = [
    `Engineers inspecting the ${place} reservoir dam found cracks in its spillway on Monday, report ${n}.`,
    `"The dam is safe for now, but repairs cannot wait," said chief engineer Petra Lund${n % PLACES.length}.`,
    `Repairs will cost ${(n % PLACES.length) + 2} million euros, the water board said.`,
  ].join('\n\n');
  return {
    doc: {
      item: `feed.jsonl:${n + 1}`,
      file: 'feed.jsonl',
      text,
      meta: { id: `r${n}`, title: `${place} dam needs repairs`, outlet: `Outlet ${n % 5}`, published: '2025-06-10' },
    },
  };
}

async function* stream(items: ReadItem[]): AsyncGenerator<ReadItem> {
  for (const item of items) yield item;
}

describe('ingest with worker threads', () => {
  const dir = useTempDir('parallel-ingest');
  const stores: Store[] = [];
  const open = async (name: string) => {
    const store = await openSqliteStore(dir.file(name));
    stores.push(store);
    return store;
  };

  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
  });

  it('stores the same articles, claims and stories in the same order as the main thread alone', async () => {
    const items = Array.from({ length: 24 }, (_, n) => report(n));
    const serial = await open('serial.db');
    const parallel = await open('parallel.db');
    const one = await ingest(serial, stream(items), { batchSize: 5 });
    const two = await ingest(parallel, stream(items), { batchSize: 5, workers: 2 });
    expect(two).toMatchObject({ read: 24, stored: 24, rejected: 0 });
    expect(two.stories).toBe(one.stories);
    const order = async (store: Store) => (await store.articlesInOrder(0, 100)).map((a) => a.article.id);
    expect(await order(parallel)).toEqual(items.map((item) => item.doc?.meta.id));
    expect(await order(parallel)).toEqual(await order(serial));
    const detail = await parallel.getArticle('r3');
    const reference = await serial.getArticle('r3');
    expect(detail?.claims.quotes.length).toBeGreaterThan(0);
    expect(detail?.claims).toEqual(reference?.claims);
    expect(detail?.story).toBe(reference?.story);
  });

  it('gives the same findings when workers read deferred stories from the database file themselves', async () => {
    const items = Array.from({ length: 24 }, (_, n) => report(n));
    const serial = await open('serial-findings.db');
    const parallel = await open('parallel-findings.db');
    const one = await ingest(serial, stream(items), { batchSize: 5 });
    const two = await ingest(parallel, stream(items), { batchSize: 5, workers: 1, findingsEvery: 10 });
    expect(two.findings).toBe(one.findings);
    expect(two.findings).toBeGreaterThan(0);
    const stories = (await serial.listStories({ limit: 100 })).items.map((story) => story.id);
    expect(stories.length).toBeGreaterThan(0);
    for (const id of stories) {
      expect((await parallel.getStory(id))?.findings).toEqual((await serial.getStory(id))?.findings);
    }
    // The workers work out the claims' statuses from the claims they read; the store does on the main thread.
    const statuses = async (store: Store) =>
      (await store.searchClaims({ limit: 1000 })).items.map((c) => `${c.article} ${c.kind} ${c.status}`).sort();
    const worked = await statuses(parallel);
    expect(worked).toEqual(await statuses(serial));
    expect(worked.filter((line) => !line.endsWith(' null')).length).toBeGreaterThan(worked.length / 2);
    expect(await parallel.getState('ingest-dirty-stories')).toBe('[]');
  });

  it('turns a document that fails in a worker into a problem naming it and stores the rest', async () => {
    const empty: ReadItem = { doc: { item: 'feed.jsonl:99', file: 'feed.jsonl', text: '   ', meta: { id: 'blank' } } };
    const items = [report(0), empty, report(1), { problem: { item: 'x.warc#2', reason: 'truncated' } }, report(2)];
    const summary = await ingest(await open('mixed.db'), stream(items), { batchSize: 2, workers: 1 });
    expect(summary).toMatchObject({ read: 5, stored: 3, rejected: 2 });
    expect(summary.problems.map((p) => p.item).sort()).toEqual(['feed.jsonl:99', 'x.warc#2']);
  });

  it('stores a list of more figures than one article keeps with the first ones, and warns naming it', async () => {
    const counts = Array.from({ length: MAX_CLAIMS_PER_KIND + 50 }, (_, i) => `${i + 1} crates`).join(', ');
    const list: ReadItem = {
      doc: {
        item: 'dump.jsonl:1',
        file: 'dump.jsonl',
        text: `Tally\n\nThe depot listed ${counts}.`,
        meta: { id: 'dump' },
      },
    };
    for (const workers of [0, 1]) {
      const store = await open(`list-${workers}.db`);
      const summary = await ingest(store, stream([report(0), list, report(1)]), { batchSize: 2, workers });
      expect(summary).toMatchObject({ read: 3, stored: 3, rejected: 0 });
      expect(summary.warnings).toEqual([
        { item: 'dump.jsonl:1', reason: expect.stringMatching(/^more than 1,000 figures/) },
      ]);
      const figures = (await store.getArticle('dump'))?.claims.figures ?? [];
      expect(figures).toHaveLength(MAX_CLAIMS_PER_KIND);
      expect(figures.at(-1)?.value).toBe(MAX_CLAIMS_PER_KIND);
    }
  });

  it('reports a story still reconciling past the time limit as a problem, and stores everything', async () => {
    const names = ['Anna Berg', 'Tom Reed', 'Mary Lane'];
    // One story of five long articles quoting thousands of near-identical sentences: seconds to reconcile.
    const long = (n: number): ReadItem => {
      const units = Array.from({ length: 2500 }, (_, i) => {
        const k = (i + n * 7) % 2500;
        return `Donors in region ${k} pledged $${k + 10} million, ${names[k % 3]} said. “We act now on item ${k},” ${names[k % 3]} told reporters.`;
      });
      const text = units.join(' ').replace(/(told reporters\.) /g, (m, end, at) => (at % 5 === 0 ? `${end}\n\n` : m));
      return {
        doc: {
          item: `long.jsonl:${n + 1}`,
          file: 'long.jsonl',
          text,
          meta: {
            id: `long${n}`,
            title: 'Aid pledges reach a new high',
            outlet: `Outlet ${n}`,
            published: '2025-06-10',
          },
        },
      };
    };
    const items = [report(0), long(0), report(1), long(1), long(2), long(3), long(4), report(2)];
    const store = await open('slow-story.db');
    const summary = await ingest(store, stream(items), { batchSize: 10, workers: 1, storyTimeLimitMs: 300 });
    expect(summary).toMatchObject({ read: 8, stored: 8, rejected: 0 });
    const slow = summary.warnings.filter((w) => /time limit/.test(w.reason));
    expect(slow).toHaveLength(1);
    const story = (await store.listStories({ limit: 100 })).items.find((s) => s.title?.startsWith('Aid pledges'));
    expect(slow[0].item).toBe(`story ${story?.id}`);
    const dams = (await store.listStories({ limit: 100 })).items.filter((s) => s.title?.includes('dam'));
    expect(dams.length).toBeGreaterThan(0);
    for (const dam of dams) expect((await store.getStory(dam.id))?.findings.length).toBeGreaterThan(0);
  });

  it('stores what was read before an interruption, including documents still in the workers', async () => {
    const items = Array.from({ length: 12 }, (_, n) => report(n));
    const stop = new AbortController();
    async function* stopping(): AsyncGenerator<ReadItem> {
      for (const [n, item] of items.entries()) {
        if (n === 7) stop.abort();
        yield item;
      }
    }
    const summary = await ingest(await open('stop.db'), stopping(), {
      batchSize: 100,
      workers: 1,
      signal: stop.signal,
    });
    expect(summary).toMatchObject({ interrupted: true, read: 7, stored: 7 });
  });
});
