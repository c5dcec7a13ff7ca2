import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readJsonState } from '../dedup/serial.js';
import type { ReadItem } from '../readers/types.js';
import type { SourceDocument } from '../records/article.js';
import { backends, type Place } from '../store/test-backends.js';
import { STATE_KEYS, type Store, type WriteBatch } from '../store/types.js';
import { ingest, openIngestSession } from './ingest.js';
import { fakeStages } from './ingest-fake-stages.js';

/** A fake stage's saved state (one JSON part), or [] when none was saved. */
function savedJson(parts: Uint8Array[] | null): unknown {
  return parts ? readJsonState(parts) : [];
}

function doc(id: string, title: string, text: string, published = '2025-05-01'): ReadItem {
  const document: SourceDocument = {
    item: `feed.jsonl:${id}`,
    file: 'feed.jsonl',
    text,
    meta: { id, title, published, outlet: `Outlet ${id}` },
  };
  return { doc: document };
}

async function* stream(items: ReadItem[]): AsyncGenerator<ReadItem> {
  for (const item of items) yield item;
}

const good = [
  doc('a1', 'Flood closes roads', 'The flood closed 12 roads in the valley.'),
  doc('a2', 'Flood waters recede', 'Waters receded after closing 14 roads.'),
  doc('b1', 'Library opens', 'The new library opened with 3000 books.'),
  doc('b2', 'Library opening draws crowds', 'The new library opened with 3000 books.', '2025-05-02'),
  doc('c1', 'Festival ends', 'The festival closed after 4 days.'),
];

for (const backend of backends) {
  describe.skipIf(backend.skipReason !== null)(
    `ingest into ${backend.name}${backend.skipReason ? ` (skipped: ${backend.skipReason})` : ''}`,
    () => {
      let place: Place;
      let store: Store;

      beforeEach(async () => {
        place = backend.place();
        store = await place.open();
      });

      afterEach(async () => {
        await store.close();
        await place.cleanup();
      });

      it('counts every item read as stored, duplicate or rejected, with reasons', async () => {
        const items: ReadItem[] = [
          ...good,
          { problem: { item: 'bad.warc#3', reason: 'truncated gzip stream' } },
          doc('empty', 'Nothing', '   '),
          doc('a1', 'Flood closes roads', 'The flood closed 12 roads in the valley.'),
        ];
        const summary = await ingest(store, stream(items), { stages: fakeStages(), batchSize: 3 });
        expect(summary).toMatchObject({ read: 8, stored: 5, duplicates: 1, rejected: 2 });
        expect(summary.read).toBe(summary.stored + summary.duplicates + summary.rejected);
        expect(summary.problems).toEqual([
          { item: 'bad.warc#3', reason: 'truncated gzip stream' },
          { item: 'feed.jsonl:empty', reason: 'no text' },
        ]);
        expect(summary.reasons).toEqual([
          { reason: 'no text', count: 1 },
          { reason: 'truncated gzip stream', count: 1 },
        ]);
        expect((await store.counts()).articles).toBe(5);
      });

      it('stores nothing twice when the same items are ingested again', async () => {
        const first = await ingest(store, stream(good), { stages: fakeStages() });
        const before = await store.listStories();
        const second = await ingest(store, stream(good), { stages: fakeStages() });
        expect(first.stored).toBe(5);
        expect(second).toMatchObject({ read: 5, stored: 0, duplicates: 5, rejected: 0, stories: 0 });
        expect((await store.counts()).articles).toBe(5);
        expect(await store.listStories()).toEqual(before);
      });

      it('links copies, assigns stories and stores findings for each story', async () => {
        const summary = await ingest(store, stream(good), { stages: fakeStages() });
        expect(summary.stories).toBe(3);
        const library = await store.getStory('story-library');
        expect(library?.summary).toMatchObject({ articles: 2, sources: 1 });
        expect(library?.articles.map((a) => a.copy)).toEqual([
          { article: 'b1', copyOf: null, derivedFrom: null },
          { article: 'b2', copyOf: 'b1', derivedFrom: null },
        ]);
        expect(library?.findings.map((f) => f.status)).toEqual(['corroborated']);
        expect((await store.getStory('story-flood'))?.findings.map((f) => f.status)).toEqual(['conflict']);
      });

      it('stores the independent-source count the pipeline gives for a story', async () => {
        const stages = { ...fakeStages(), countSources: () => 1 };
        await ingest(store, stream(good.slice(0, 2)), { stages });
        expect((await store.getStory('story-flood'))?.summary).toMatchObject({ articles: 2, sources: 1 });
      });

      it('recomputes a story’s findings when a later run adds an article to it', async () => {
        await ingest(store, stream([good[2]]), { stages: fakeStages() });
        expect((await store.getStory('story-library'))?.findings.map((f) => f.status)).toEqual(['single-source']);
        await ingest(store, stream([doc('b3', 'Library counts', 'It holds 2500 books.')]), { stages: fakeStages() });
        const story = await store.getStory('story-library');
        expect(story?.findings.map((f) => f.status)).toEqual(['conflict']);
        expect(story?.findings[0].claims.map((c) => c.article)).toEqual(['b1', 'b3']);
      });

      it('continues from the saved indexes: a copy of an article stored in an earlier run is linked to it', async () => {
        await ingest(store, stream([good[2]]), { stages: fakeStages() });
        await ingest(store, stream([good[3]]), { stages: fakeStages() });
        expect((await store.getArticle('b2'))?.copy.copyOf).toBe('b1');
      });

      it('rejects an item a later stage fails on and keeps the rest', async () => {
        const stages = fakeStages();
        const extract = stages.extractClaims;
        stages.extractClaims = (article) => {
          if (article.id === 'a2') throw new Error('claim extraction failed: unbalanced quotes');
          return extract(article);
        };
        const summary = await ingest(store, stream(good), { stages });
        expect(summary).toMatchObject({ read: 5, stored: 4, rejected: 1 });
        expect(summary.problems).toEqual([
          { item: 'feed.jsonl:a2', reason: 'claim extraction failed: unbalanced quotes' },
        ]);
        expect(await store.hasArticle('a2')).toBe(false);
      });

      it('stores a story’s articles even when reconciling it fails, and warns', async () => {
        const stages = fakeStages();
        stages.reconcile = () => {
          throw new Error('alignment failed');
        };
        const summary = await ingest(store, stream(good.slice(0, 2)), { stages });
        expect(summary.stored).toBe(2);
        expect(summary.warnings).toEqual([{ item: 'story story-flood', reason: 'alignment failed' }]);
      });

      it('leaves no half-stored batch after a crash inside the transaction, and a rerun completes', async () => {
        let writes = 0;
        const crashing: Store = Object.create(store);
        crashing.write = (batch: WriteBatch) => {
          writes++;
          if (writes < 2) return store.write(batch);
          // The second batch's transaction fails after some of its rows are written.
          const poisoned = {
            ...batch.articles[0],
            article: { ...batch.articles[0].article, id: 'poison' },
            story: null,
          };
          return store.write({
            ...batch,
            articles: [...batch.articles, poisoned as unknown as (typeof batch.articles)[0]],
          });
        };
        await expect(ingest(crashing, stream(good), { stages: fakeStages(), batchSize: 2 })).rejects.toThrow();
        expect((await store.counts()).articles).toBe(2);
        expect(await store.hasArticle('b1')).toBe(false);
        expect((await store.searchClaims({ article: 'b1' })).total).toBe(0);
        expect(await store.getState(STATE_KEYS.indexedArticles)).toBeNull();

        const rerun = await ingest(store, stream(good), { stages: fakeStages(), batchSize: 2 });
        expect(rerun).toMatchObject({ read: 5, stored: 3, duplicates: 2, rejected: 0 });
        expect((await store.counts()).articles).toBe(5);
        expect((await store.getArticle('b2'))?.copy.copyOf).toBe('b1');
        expect(savedJson(await store.getStateParts(STATE_KEYS.copyIndex))).toHaveLength(4);
      });

      it('saves the index state at the end of a run, covering every stored article', async () => {
        await ingest(store, stream(good), { stages: fakeStages() });
        expect(await store.getState(STATE_KEYS.indexedArticles)).toBe('5');
        expect(savedJson(await store.getStateParts(STATE_KEYS.storyIndex))).toEqual([
          'story-flood',
          'story-library',
          'story-festival',
        ]);
      });

      it('saves the index state in the batch that crosses the checkpoint size', async () => {
        const saved: string[] = [];
        const watching: Store = Object.create(store);
        watching.write = (batch: WriteBatch) => {
          if (batch.state) saved.push(`${batch.articles.length}:${batch.state[STATE_KEYS.indexedArticles]}`);
          return store.write(batch);
        };
        await ingest(watching, stream(good), { stages: fakeStages(), batchSize: 2, checkpointEvery: 3 });
        expect(saved).toEqual(['2:4', '0:5']);
      });

      it('replays articles stored after the last saved state into the indexes', async () => {
        const session = openIngestSession(store, { stages: fakeStages() });
        await session.ingest(stream([good[2]]));
        expect(await store.getState(STATE_KEYS.indexedArticles)).toBeNull();
        await ingest(store, stream([good[3]]), { stages: fakeStages() });
        expect((await store.getArticle('b2'))?.copy.copyOf).toBe('b1');
        expect(await store.getState(STATE_KEYS.indexedArticles)).toBe('2');
      });

      it('keeps one session’s indexes in step with articles another session stored', async () => {
        const first = openIngestSession(store, { stages: fakeStages() });
        const second = openIngestSession(store, { stages: fakeStages() });
        await first.ingest(stream([good[4]]));
        await second.ingest(stream([good[2]]));
        await first.ingest(stream([good[3]]));
        expect((await store.getArticle('b2'))?.copy.copyOf).toBe('b1');
        expect(await first.checkpoint()).toBeNull();
        expect(await store.getState(STATE_KEYS.indexedArticles)).toBe('3');
      });

      it('rebuilds the indexes from the stored articles when their saved state cannot be read', async () => {
        await ingest(store, stream([good[2]]), { stages: fakeStages() });
        await store.write({ articles: [], stateParts: { [STATE_KEYS.copyIndex]: [Buffer.from('{not json')] } });
        const summary = await ingest(store, stream([good[3]]), { stages: fakeStages() });
        expect(summary.warnings.map((w) => w.item)).toEqual(['index state']);
        expect((await store.getArticle('b2'))?.copy.copyOf).toBe('b1');
      });

      it('rebuilds the indexes from the stored articles when a count of indexed articles has no saved index', async () => {
        await ingest(store, stream([good[2]]), { stages: fakeStages() });
        await store.write({ articles: [], stateParts: { [STATE_KEYS.storyIndex]: [] } });
        await store.setState(STATE_KEYS.indexedArticles, '1');
        const summary = await ingest(store, stream([good[3]]), { stages: fakeStages() });
        expect(summary.warnings.map((w) => w.reason)).toEqual([expect.stringMatching(/missing/)]);
        expect((await store.getArticle('b2'))?.copy.copyOf).toBe('b1');
      });

      it('warns, and still stores the articles, when the index state cannot be saved', async () => {
        const stages = fakeStages();
        const open = stages.openCopies;
        stages.openCopies = (saved) => ({
          ...open(saved),
          save: () => {
            throw new Error('index too large to save');
          },
        });
        const summary = await ingest(store, stream(good), { stages });
        expect(summary.stored).toBe(5);
        expect(summary.warnings).toEqual([{ item: 'index state', reason: 'index too large to save' }]);
        expect(await store.getState(STATE_KEYS.indexedArticles)).toBeNull();
      });

      it('stops reading when asked, stores what it read, and a rerun completes', async () => {
        const stopper = new AbortController();
        const summary = await ingest(store, stream(good), {
          stages: fakeStages(),
          signal: stopper.signal,
          onProgress: (s) => {
            if (s.read === 2) stopper.abort();
          },
        });
        expect(summary).toMatchObject({ read: 2, stored: 2, interrupted: true });
        expect(await store.getState(STATE_KEYS.indexedArticles)).toBe('2');
        const rerun = await ingest(store, stream(good), { stages: fakeStages() });
        expect(rerun).toMatchObject({ read: 5, stored: 3, duplicates: 2 });
      });

      it('reports progress with counts that add up', async () => {
        const seen: number[] = [];
        await ingest(store, stream(good), {
          stages: fakeStages(),
          batchSize: 2,
          onProgress: (s) => {
            expect(s.stored + s.duplicates + s.rejected).toBeLessThanOrEqual(s.read);
            seen.push(s.read);
          },
        });
        expect(seen.at(-1)).toBe(5);
      });
    },
  );
}
