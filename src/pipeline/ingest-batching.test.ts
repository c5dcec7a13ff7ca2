/** Findings are recomputed once per touched story per batch, over all of the story's articles. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReadItem } from '../readers/types.js';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.js';
import type { Store } from '../store/types.js';
import { ingest } from './ingest.js';
import { fakeStages } from './ingest-fake-stages.js';

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

describe('batched findings', () => {
  let dir: string;
  let store: Store;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'batching-'));
    store = await openSqliteStore(join(dir, 'b.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reconciles a story that gains 50 articles in one batch once, over all of them', async () => {
    const stages = fakeStages();
    const calls: Array<[string, number]> = [];
    const reconcile = stages.reconcile;
    stages.reconcile = (story, articles, claims, copies) => {
      calls.push([story.id, articles.length]);
      return reconcile(story, articles, claims, copies);
    };
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
