/**
 * Writes ingest's batches in order with at most one write in flight, so the main thread links copies and assigns
 * stories for the next batch while the last one is written. With a SQLite file the writes run on a thread of their
 * own (`storeWriterInThread`): SQLite's work (inserts, full-text indexing, commits) was half of the main thread's.
 */
import type { Store } from '../store/types.js';
import { type PendingBatch, unpackBatch } from './parallel/packed-claims.js';
import type { StoreWrite } from './parallel/store-writer.js';
import { WorkerPool } from './parallel/worker-pool.js';

export interface BatchWriter {
  /** Waits for the write in flight, then starts writing `batch` and returns without waiting for it. */
  write(batch: PendingBatch): Promise<void>;
  /** Waits for the write in flight; a write that failed throws here (or at the next `write`). */
  flush(): Promise<void>;
  /** Whether the article is in the write in flight: stored, though the store's reads do not see it yet. */
  writing(articleId: string): boolean;
  /** Flushes, then lets go of the thread, if any. */
  close(): Promise<void>;
}

/** A writer over `write`, one batch at a time in order. */
export function pipelinedWriter(
  write: (batch: PendingBatch) => Promise<void>,
  release: () => Promise<void> = async () => undefined,
): BatchWriter {
  let inFlight: Promise<void> | null = null;
  let ids = new Set<string>();
  const flush = async (): Promise<void> => {
    const current = inFlight;
    if (!current) return;
    try {
      await current;
    } finally {
      if (inFlight === current) {
        inFlight = null;
        ids = new Set();
      }
    }
  };
  return {
    async write(batch) {
      await flush();
      ids = new Set(batch.articles.map((record) => record.article.id));
      const started = write(batch);
      // Its failure is reported by the next flush or write; until then it is not an unhandled rejection.
      started.catch(() => undefined);
      inFlight = started;
    },
    flush,
    writing: (articleId) => ids.has(articleId),
    async close() {
      try {
        await flush();
      } finally {
        await release();
      }
    },
  };
}

/** Writes to the store from the calling thread (PostgreSQL's work happens in its server anyway). */
export function storeWriter(store: Store): BatchWriter {
  return pipelinedWriter((batch) => store.write(unpackBatch(batch)));
}

/** Writes to a SQLite file from a worker thread with its own connection; the caller's store still reads. */
export function storeWriterInThread(database: string): BatchWriter {
  const pool = new WorkerPool<StoreWrite, null>('store-writer-worker', 1);
  return pipelinedWriter(
    async (batch) => {
      await pool.run({ database, batch });
    },
    async () => {
      try {
        await pool.run({ database, close: true });
      } finally {
        await pool.close();
      }
    },
  );
}
