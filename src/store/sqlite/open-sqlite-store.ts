import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { sqliteMigrations } from '../migrations/sqlite.js';
import { SqlStore } from '../sql-store.js';
import type { Store } from '../types.js';
import { openSqliteDriver, openSqliteReader } from './sqlite-driver.js';

/** Opens (creating if needed) the SQLite database at `path` and brings its schema up to date. */
export async function openSqliteStore(path: string): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const store = new SqlStore(openSqliteDriver(path), 'sqlite', path, sqliteMigrations);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/**
 * Opens an existing SQLite database for reading only, without migrating it: for worker threads reading what the
 * process's writer stores (which migrated it when it opened).
 */
export function openSqliteStoreForReading(path: string): Store {
  return new SqlStore(openSqliteReader(path), 'sqlite', path, sqliteMigrations);
}
