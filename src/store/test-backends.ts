/**
 * The backends every store test runs against: SQLite always, PostgreSQL when CORROBORATE_TEST_PG names a test
 * database (each place is a fresh schema in it, dropped afterwards). Used by tests only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgresStore } from './postgres/open-postgres-store.js';
import { openSqliteStore } from './sqlite/open-sqlite-store.js';
import type { Store } from './types.js';

export interface Place {
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

export interface Backend {
  name: string;
  skipReason: string | null;
  place(): Place;
}

const pgUrl = process.env.CORROBORATE_TEST_PG;
let schemaCounter = 0;

export const backends: Backend[] = [
  {
    name: 'SQLite',
    skipReason: null,
    place() {
      const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
      return {
        open: () => openSqliteStore(join(dir, 'test.db')),
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'PostgreSQL',
    skipReason: pgUrl
      ? null
      : 'CORROBORATE_TEST_PG is not set; set it to a postgres:// URL of a test database to run these tests',
    place() {
      const schema = `store_test_${process.pid}_${++schemaCounter}_${Math.random().toString(36).slice(2, 8)}`;
      return {
        open: () => openPostgresStore(pgUrl!, { schema }),
        cleanup: async () => {
          const client = new pg.Client({ connectionString: pgUrl });
          await client.connect();
          await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await client.end();
        },
      };
    },
  },
];
