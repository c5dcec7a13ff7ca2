import pg from 'pg';
import { CLAIMS_WITH_ARTICLES, type Dialect, type SqlDriver, type SqlRunner, type SqlValue } from '../driver.js';
import { tsQuery } from '../fts-query.js';

export const postgresDialect: Dialect = {
  articleMatch: 'a.tsv @@ ?::tsquery',
  claimMatch: 'c.tsv @@ ?::tsquery',
  ftsQuery: tsQuery,
  // Any fixed number: it only has to be the same for every process migrating this database.
  migrationLock: 'SELECT pg_advisory_xact_lock(728411903)',
  // Two writers storing the same new article at once would otherwise collide on its id and fail a whole batch.
  writeLock: 'SELECT pg_advisory_xact_lock(728411904)',
  // Each row comes with its search words, indexed as it is inserted (migration 14).
  indexNewRows: { articles: [], claims: [] },
  searchVectors: true,
  // By the index of claims by story, which PostgreSQL keeps (see migration 10).
  claimsOfStories: (stories, alias = '') => `${alias}story IN ${stories}`,
  // By the claims' own index by date (claims_newest), which PostgreSQL keeps.
  ledger: {
    newestFirst: CLAIMS_WITH_ARTICLES,
    published: 'c.published',
    order: 'c.published DESC NULLS LAST, c.article, c.kind, c.idx',
  },
};

/** `?` placeholders to `$1, $2, ...` (our SQL has no `?` inside string literals). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** PostgreSQL text cannot hold NUL; U+FFFD has the same UTF-16 length, so stored offsets stay right. */
function clean(params: SqlValue[]): SqlValue[] {
  return params.map((value) =>
    typeof value === 'string' && value.includes('\0') ? value.replace(/\0/g, '\uFFFD') : value,
  );
}

function runner(client: pg.Pool | pg.PoolClient): SqlRunner {
  return {
    async all<T>(sql: string, params: SqlValue[] = []) {
      const result = await client.query(numberPlaceholders(sql), clean(params));
      return result.rows as T[];
    },
    async run(sql: string, params: SqlValue[] = []) {
      await client.query(numberPlaceholders(sql), clean(params));
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

export interface PostgresOptions {
  /** Use this schema (created if missing) instead of `public`: lets tests share one database. */
  schema?: string;
  max?: number;
}

export function openPostgresDriver(url: string, options: PostgresOptions = {}): SqlDriver {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 4,
    options: options.schema ? `-c search_path=${options.schema}` : undefined,
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const base = runner(pool);
  return {
    dialect: postgresDialect,
    ...base,
    async transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await fn(runner(client));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
