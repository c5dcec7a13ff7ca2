/**
 * Writes ingest's batches in order, one at a time, with a few queued (`WRITES_IN_FLIGHT`), so the main thread links
 * copies and assigns stories for the next batches while the earlier ones are written. With a SQLite file the writes run on a thread of their
 * own (`storeWriterInThread`): SQLite's work (inserts, full-text indexing, commits) was half of the main thread's.
 */
import type { Store } from '../store/types.js';
import { type PendingBatch, unpackBatch } from './parallel/packed-claims.js';
import type { StoreWrite } from './parallel/store-writer.js';
import { WorkerPool } from './parallel/worker-pool.js';

export interface BatchWriter {
  /**
   * Queues `batch` behind the writes before it and returns without waiting for it, unless `WRITES_IN_FLIGHT` writes
   * of articles are queued already: then it first waits for the oldest.
   */
  write(batch: PendingBatch): Promise<void>;
  /** Waits for every queued write; a write that failed throws here (or at a later `write`). */
  flush(): Promise<void>;
  /** Settles once the writes queued so far are done (rejects if one failed), without waiting for later ones. */
  landed(): Promise<void>;
  /** Whether the article is in a queued write: stored, though the store's reads may not see it yet. */
  writing(articleId: string): boolean;
  /** Flushes, then lets go of the thread, if any. */
  close(): Promise<void>;
}

/**
 * Writes of articles queued at most: the main thread links the next batches while the writer works through a
 * burst (a round's findings, a merge of the full-text index, a checkpoint) instead of waiting for each write, and
 * the batches waiting are bounded. Writes of findings alone are not counted: a round's findings are held anyway.
 */
export const WRITES_IN_FLIGHT = 3;

interface QueuedWrite {
  done: Promise<void>;
  ids: Set<string>;
}

/** A writer over `write`, one batch at a time in order. */
export function pipelinedWriter(
  write: (batch: PendingBatch) => Promise<void>,
  release: () => Promise<void> = async () => undefined,
  depth = WRITES_IN_FLIGHT,
): BatchWriter {
  const queue: QueuedWrite[] = [];
  let last: Promise<void> = Promise.resolve();
  const settleOldest = async (): Promise<void> => {
    const oldest = queue[0];
    try {
      await oldest.done;
    } finally {
      if (queue[0] === oldest) queue.shift();
    }
  };
  const queuedArticleWrites = () => queue.reduce((n, queued) => n + (queued.ids.size > 0 ? 1 : 0), 0);
  const flush = async (): Promise<void> => {
    while (queue.length > 0) await settleOldest();
  };
  return {
    async write(batch) {
      if (batch.articles.length > 0) while (queuedArticleWrites() >= depth) await settleOldest();
      // Each write starts once the one before it has succeeded: after a failure nothing later is written.
      const done = last.then(() => write(batch));
      // Its failure is reported by a later flush or write; until then it is not an unhandled rejection.
      done.catch(() => undefined);
      last = done;
      queue.push({ done, ids: new Set(batch.articles.map((record) => record.article.id)) });
    },
    flush,
    landed: () => last,
    writing: (articleId) => queue.some((queued) => queued.ids.has(articleId)),
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
