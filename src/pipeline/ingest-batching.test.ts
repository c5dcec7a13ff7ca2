/** Findings are recomputed once per touched story per batch, over all of the story's articles. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import type { ReadItem } from '../readers/types.js';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.js';
import type { Store } from '../store/types.js';
import { ingest, STORIES_PER_ROUND } from './ingest.js';
import { fakeStages } from './ingest-fake-stages.js';
import type { IngestStages } from './ingest-stages.js';

function item(n: number, story: string): ReadItem {
  return {
    doc: {
      item: `in.jsonl:${n}`,
      file: 'in.jsonl',
      text: `Report ${n} counts ${n + 1} boats.`,
      meta: { id: `x${n}`, title: `${story} update ${n}` },
    },
  };
}

async function* stream(items: ReadItem[]): AsyncGenerator<ReadItem> {
  for (const entry of items) yield entry;
}

/** Fake stages that record each reconcile as [story, article count]. */
function recordingStages(): { stages: IngestStages; calls: Array<[string, number]> } {
  const stages = fakeStages();
  const calls: Array<[string, number]> = [];
  const reconcile = stages.reconcile;
  stages.reconcile = (story, articles, claims, copies) => {
    calls.push([story.id, articles.length]);
    return reconcile(story, articles, claims, copies);
  };
  return { stages, calls };
}

describe('batched findings', () => {
  const dir = useTempDir('batching');
  let store: Store;
  beforeEach(async () => {
    store = await openSqliteStore(dir.file('b.db'));
  });
  afterEach(async () => {
    await store.close();
  });

  it('reconciles a story that gains 50 articles in one batch once, over all of them', async () => {
    const { stages, calls } = recordingStages();
    const items = [
      ...Array.from({ length: 50 }, (_, n) => item(n, 'Harbour')),
      ...Array.from({ length: 10 }, (_, n) => item(50 + n, 'Bridge')),
    ];
    await ingest(store, stream(items), { stages, batchSize: 100 });
    expect(calls).toEqual([
      ['story-bridge', 10],
      ['story-harbour', 50],
    ]);
    calls.length = 0;
    await ingest(store, stream([item(60, 'Harbour'), item(61, 'Harbour')]), { stages, batchSize: 100 });
    expect(calls).toEqual([['story-harbour', 52]]);
  });
});

describe('deferred findings', () => {
  const dir = useTempDir('deferred');
  let store: Store;
  beforeEach(async () => {
    store = await openSqliteStore(dir.file('d.db'));
  });
  afterEach(async () => {
    await store.close();
  });

  it('reconciles each story once for many batches and ends with the same findings as every batch', async () => {
    const { stages, calls } = recordingStages();
    const items = Array.from({ length: 40 }, (_, n) => item(n, n % 2 ? 'Harbour' : 'Bridge'));
    const summary = await ingest(store, stream(items), { stages, batchSize: 5, findingsEvery: 1000 });
    expect(calls).toHaveLength(2);
    expect(summary.findings).toBeGreaterThan(0);
    expect(await store.getState('ingest-dirty-stories')).toBe('[]');

    const other = await openSqliteStore(dir.file('every.db'));
    const every = await ingest(other, stream(items), { stages: fakeStages(), batchSize: 5 });
    expect((await other.getStory('story-harbour'))?.findings).toEqual(
      (await store.getStory('story-harbour'))?.findings,
    );
    expect(every.findings).toBe(summary.findings);
    await other.close();
  });

  it('reconciles a story once it has been quiet for four rounds, and a busy one only when stale or at the end', async () => {
    const { stages, calls } = recordingStages();
    // Rounds of 10 articles: Bridge stops after article 4; Harbour gains an article in every batch of 5.
    const items = Array.from({ length: 200 }, (_, n) => item(n, n < 5 ? 'Bridge' : 'Harbour'));
    const stored: number[] = [];
    await ingest(store, stream(items), {
      stages,
      batchSize: 5,
      findingsEvery: 10,
      onProgress: (summary) => {
        if (calls.some(([id]) => id === 'story-bridge') && stored.length === 0) stored.push(summary.stored);
      },
    });
    const harbour = calls.filter(([id]) => id === 'story-harbour').map(([, size]) => size);
    expect(calls.filter(([id]) => id === 'story-bridge')).toEqual([['story-bridge', 5]]);
    // Bridge is due once 40 articles have passed without one of its own: not before, and not at the end.
    expect(stored[0]).toBeGreaterThanOrEqual(45);
    expect(stored[0]).toBeLessThanOrEqual(60);
    // Stale after STALE_ROUNDS (16) rounds of 10 articles since it first waited, then once more at the end.
    expect(harbour).toHaveLength(2);
    expect(harbour[0]).toBeGreaterThanOrEqual(160);
    expect(harbour[1]).toBe(195);
    expect(await store.getState('ingest-dirty-stories')).toBe('[]');
  });

  it('reconciles a story that gains an article every round only once it has doubled', async () => {
    const { stages, calls } = recordingStages();
    // Rounds of 10 articles: Harbour gains one article per round, so it is never quiet, only stale.
    const items = Array.from({ length: 1100 }, (_, n) => item(n, n % 10 === 0 ? 'Harbour' : `Filler${n}`));
    await ingest(store, stream(items), { stages, batchSize: 5, findingsEvery: 10 });
    const harbour = calls.filter(([id]) => id === 'story-harbour').map(([, size]) => size);
    // Reconciled when stale and at least twice its size at the last reconcile, then at the end at 110, not after
    // each of its 110 articles. A round reads the store while the next batches are written, so it may see an
    // article more than it was started for.
    expect(harbour.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < harbour.length - 1; i++) expect(harbour[i]).toBeGreaterThanOrEqual(2 * harbour[i - 1] - 1);
    expect(harbour.at(-1)).toBe(110);
    expect(await store.getState('ingest-dirty-stories')).toBe('[]');
  });

  it('reconciles a story that stopped short of doubling once it has been quiet for sixteen rounds', async () => {
    const { stages, calls } = recordingStages();
    // Rounds of 10: Harbour has 4 articles, is reconciled once quiet, gains a fifth (not doubling) and then none.
    const harbourAt = new Set([0, 1, 2, 3, 60]);
    const items = Array.from({ length: 300 }, (_, n) => item(n, harbourAt.has(n) ? 'Harbour' : `Filler${n}`));
    const progress: number[] = [];
    await ingest(store, stream(items), {
      stages,
      batchSize: 5,
      findingsEvery: 10,
      onProgress: (summary) => {
        if (calls.some(([id, size]) => id === 'story-harbour' && size === 5) && progress.length === 0) {
          progress.push(summary.stored);
        }
      },
    });
    const harbour = calls.filter(([id]) => id === 'story-harbour').map(([, size]) => size);
    expect(harbour).toEqual([4, 5]);
    // Reconciled within the run, after sixteen rounds of quiet (from 220 on), not at its end.
    expect(progress[0]).toBeGreaterThanOrEqual(220);
    expect(progress[0]).toBeLessThanOrEqual(250);
  });

  it('keeps a story on the saved list of stories owed findings while its round is reconciled', async () => {
    const lists: string[][] = [];
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The round's reads wait until the next batch is stored, so that write happens while the round is in flight.
    const gated: Store = Object.create(store);
    gated.getStoriesMembers = async (ids) => {
      await gate;
      return store.getStoriesMembers(ids);
    };
    gated.write = async (batch) => {
      await store.write(batch);
      const list = batch.state?.['ingest-dirty-stories'];
      if (list) lists.push(JSON.parse(list) as string[]);
      if (batch.articles.some((record) => record.story === 'story-dock')) release();
    };
    const names = ['Bridge', 'Quay', 'Dock'];
    const items = Array.from({ length: 15 }, (_, n) => item(n, names[Math.floor(n / 5)]));
    await ingest(gated, stream(items), { stages: fakeStages(), batchSize: 5, findingsEvery: 10 });
    // Written with Dock's articles while Bridge, quiet at the first round, was being reconciled.
    expect(lists).toContainEqual(['story-bridge', 'story-dock', 'story-quay']);
    expect(lists.at(-1)).toEqual([]);
    expect((await store.getStory('story-bridge'))?.findings.length).toBeGreaterThan(0);
  });

  it('reconciles the stories owed at the end of a run a round at a time, holding at most two rounds unwritten', async () => {
    const { stages, calls } = recordingStages();
    const events: string[] = [];
    const reconcile = stages.reconcile;
    stages.reconcile = (...args) => {
      events.push('reconcile');
      return reconcile(...args);
    };
    const logged: Store = Object.create(store);
    logged.write = async (batch) => {
      if (batch.findings?.length) events.push('findings');
      await store.write(batch);
    };
    const stories = 2 * STORIES_PER_ROUND + 5;
    const items = Array.from({ length: stories }, (_, n) => item(n, `Story${n}`));
    await ingest(logged, stream(items), { stages, batchSize: 500, findingsEvery: 10 * stories });
    expect(new Set(calls.map(([id]) => id)).size).toBe(stories);
    expect(calls).toHaveLength(stories);
    const runs = events
      .join(' ')
      .split('findings')
      .map((run) => run.split('reconcile').length - 1);
    // The next round is reconciled while the one before it is written; the third waits for the first's write.
    expect(Math.max(...runs)).toBe(2 * STORIES_PER_ROUND);
  });

  it('stops at a failed write with nothing written after it, and a rerun stores the rest', async () => {
    const items = Array.from({ length: 40 }, (_, n) => item(n, n % 2 ? 'Harbour' : 'Bridge'));
    let writes = 0;
    let afterFailure = 0;
    const failing: Store = Object.create(store);
    failing.write = async (batch) => {
      writes++;
      if (writes > 3) afterFailure++;
      if (writes === 3) throw new Error('disk full');
      return store.write(batch);
    };
    await expect(
      ingest(failing, stream(items), { stages: fakeStages(), batchSize: 5, findingsEvery: 10 }),
    ).rejects.toThrow('disk full');
    expect(afterFailure).toBe(0);
    const before = (await store.counts()).articles;
    expect(before).toBeLessThan(40);
    const rerun = await ingest(store, stream(items), { stages: fakeStages(), batchSize: 5, findingsEvery: 10 });
    expect(rerun.stored + rerun.duplicates).toBe(40);
    expect(rerun.duplicates).toBe(before);
    expect((await store.counts()).articles).toBe(40);
  });

  it('recomputes the stories an interrupted run left due', async () => {
    await ingest(store, stream([item(1, 'Harbour')]), { stages: fakeStages() });
    await store.write({ articles: [], state: { 'ingest-dirty-stories': JSON.stringify(['story-harbour']) } });
    const { stages, calls } = recordingStages();
    await ingest(store, stream([item(2, 'Bridge')]), { stages, findingsEvery: 1000 });
    expect(calls.map(([id]) => id).sort()).toEqual(['story-bridge', 'story-harbour']);
    expect(await store.getState('ingest-dirty-stories')).toBe('[]');
  });
});
