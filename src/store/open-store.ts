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

/** Opens the store named by `spec` (a SQLite path or a `postgres://` URL; see `resolveDbSpec`), migrated and ready. */
export function openStore(spec?: string): Promise<Store> {
  const resolved = resolveDbSpec(spec);
  return isPostgresUrl(resolved) ? openPostgresStore(resolved) : openSqliteStore(resolved);
}
