import { existsSync } from 'node:fs';
import { openPostgresStore } from './postgres/open-postgres-store.js';
import { openSqliteStore } from './sqlite/open-sqlite-store.js';
import { DEFAULT_DB_PATH, type Store } from './types.js';

export function isPostgresUrl(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

/** Which database a command uses: `--db`, else `CORROBORATE_DB`, else `./corroborate.db`. */
export function resolveDbSpec(spec?: string): string {
  return spec || process.env.CORROBORATE_DB || DEFAULT_DB_PATH;
}

export interface OpenStoreOptions {
  /** Refuse to create a SQLite file that does not exist yet (for commands that only read). */
  mustExist?: boolean;
}

/** Opens the store named by `spec` (a SQLite path or a `postgres://` URL; see `resolveDbSpec`), migrated and ready. */
export function openStore(spec?: string, options: OpenStoreOptions = {}): Promise<Store> {
  const resolved = resolveDbSpec(spec);
  if (isPostgresUrl(resolved)) return openPostgresStore(resolved);
  if (options.mustExist && resolved !== ':memory:' && !existsSync(resolved)) {
    return Promise.reject(new Error(`no database at ${resolved}: ingest something first, or name one with --db`));
  }
  return openSqliteStore(resolved);
}
