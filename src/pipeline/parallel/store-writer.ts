/**
 * Writing batches to a SQLite file, as a task a worker thread can run: the thread keeps one connection per file
 * for its life, and closes it when asked (so its last commits are checkpointed like any closing connection's).
 */
import { openSqliteStore } from '../../store/sqlite/open-sqlite-store.js';
import type { Store } from '../../store/types.js';
import { type PendingBatch, unpackBatch } from './packed-claims.js';

export type StoreWrite =
  | { database: string; batch: PendingBatch; close?: undefined }
  | { database: string; close: true };

const stores = new Map<string, Promise<Store>>();

export async function writeToDatabase(task: StoreWrite): Promise<null> {
  if (task.close) {
    const store = stores.get(task.database);
    stores.delete(task.database);
    await (await store)?.close();
    return null;
  }
  let store = stores.get(task.database);
  if (!store) {
    store = openSqliteStore(task.database);
    stores.set(task.database, store);
  }
  await (await store).write(unpackBatch(task.batch));
  return null;
}
