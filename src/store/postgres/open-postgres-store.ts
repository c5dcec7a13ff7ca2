import { postgresMigrations } from '../migrations/postgres.js';
import { SqlStore } from '../sql-store.js';
import type { Store } from '../types.js';
import { openPostgresDriver, type PostgresOptions } from './postgres-driver.js';

/** The URL with its password hidden, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

/** Connects to PostgreSQL and brings the schema up to date. */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) {
    throw new Error(`invalid schema name ${JSON.stringify(options.schema)}: use lower-case letters, digits and _`);
  }
  if (options.schema) {
    const setup = openPostgresDriver(url, { max: 1 });
    try {
      await setup.exec(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
    } finally {
      await setup.close();
    }
  }
  const location = redactUrl(url) + (options.schema ? ` (schema ${options.schema})` : '');
  const store = new SqlStore(openPostgresDriver(url, options), 'postgres', location, postgresMigrations);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw new Error(`${location}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return store;
}
