import Database from 'better-sqlite3';
import type { Dialect, SqlDriver, SqlRunner, SqlValue } from '../driver.js';
import { fts5Query } from '../fts-query.js';

export const sqliteDialect: Dialect = {
  articleMatch: 'a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)',
  claimMatch: 'c.seq IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)',
  ftsQuery: fts5Query,
  migrationLock: null,
  // BEGIN IMMEDIATE already takes the database's write lock.
  writeLock: null,
  // One statement per table and write: FTS5 flushes its pending terms at the end of every statement that touches
  // it, so indexing row by row from a trigger wrote one tiny segment per INSERT and then merged them all.
  indexNewRows: {
    articles: ['INSERT INTO articles_fts (rowid, title, text) SELECT seq, title, text FROM articles WHERE seq > ?'],
    claims: [
      `INSERT INTO claims_fts (rowid, text, speaker, unit, sentence_text)
       SELECT seq, text, speaker, unit, sentence_text FROM claims WHERE seq > ?`,
    ],
  },
  searchVectors: false,
  // Through the stories' articles, then each article's claims, both by index: claims have no index by story
  // (migration 10). The articles' index by story holds their row numbers, which key their claims (migration 11).
  claimsOfStories: (stories, alias = '') =>
    `${alias}article_seq IN (SELECT seq FROM articles WHERE story IN ${stories})`,
  // Newest first through the articles' index by date (migration 13), then each article's claims by the unique
  // index on (article_seq, kind, idx). CROSS JOIN keeps the articles outside: left to itself, the planner scans
  // every claim and sorts them.
  ledger: {
    newestFirst: 'articles a CROSS JOIN claims c ON c.article_seq = a.seq',
    published: 'a.published',
    order: 'a.published DESC NULLS LAST, a.id, c.kind, c.idx',
  },
};

type Db = Database.Database;

/**
 * Prepared statements kept per connection. Lists of ids and multi-row inserts give a different SQL text for each
 * length, so the cache is bounded: the least recently used statement goes (its memory with it) when it is full.
 */
const STATEMENT_CACHE = 256;

/** better-sqlite3 is synchronous; these wrap its calls, caching one prepared statement per SQL text. */
function runner(db: Db): SqlRunner {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (statement) {
      statements.delete(sql);
    } else {
      statement = db.prepare(sql);
      if (statements.size >= STATEMENT_CACHE) statements.delete(statements.keys().next().value as string);
    }
    statements.set(sql, statement);
    return statement;
  };
  return {
    all: async <T>(sql: string, params: SqlValue[] = []) => prepare(sql).all(...params) as T[],
    run: async (sql: string, params: SqlValue[] = []) => {
      prepare(sql).run(...params);
    },
    exec: async (sql: string) => {
      db.exec(sql);
    },
  };
}

/** Bytes per database page, for new files. */
const PAGE_SIZE = 8192;

/** Page cache per connection (default 2 MB): index pages of a large store stay in memory across batches and requests. */
const CACHE_KB = { main: 65_536, workerReader: 16_384 };

function open(path: string, readonly: boolean, cacheKb = CACHE_KB.main): Db {
  const db = new Database(path, { readonly, fileMustExist: readonly });
  db.pragma('busy_timeout = 5000');
  if (!readonly) {
    // Before WAL mode, which fixes the page size of a new file (an existing one keeps its own). Larger pages than the
    // default 4 kB: fewer B-tree pages to split, balance and checksum per article, for 4-5% of the writer's CPU at
    // 100k articles, at the cost of rewriting more bytes for each changed page of an index.
    db.pragma(`page_size = ${PAGE_SIZE}`);
    db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL keeps the database consistent after a crash; only the last commits may be lost on power loss.
    db.pragma('synchronous = NORMAL');
    // Checkpoint every ~40 MB of WAL rather than every 4 MB: ingest writes tens of kB per article, and each
    // checkpoint costs fsyncs and rewrites pages that the next batches change again. The file is cut back after.
    db.pragma('wal_autocheckpoint = 10000');
    db.pragma('journal_size_limit = 67108864');
    db.pragma('foreign_keys = ON');
    // Statement journals (a multi-row INSERT or UPDATE inside a transaction keeps one in case it must be undone
    // alone) stay in memory: on disk they were written and dropped for every statement, more bytes than the WAL.
    db.pragma('temp_store = MEMORY');
  }
  db.pragma(`cache_size = -${cacheKb}`);
  return db;
}

/**
 * Two connections: writes go through one, serialised, inside explicit transactions; reads go through the other,
 * so a query never sees a transaction that is still open (WAL gives it the last committed snapshot).
 */
export function openSqliteDriver(path: string): SqlDriver {
  const writeDb = open(path, false);
  const writer = runner(writeDb);
  let readDb: Db | null = null;
  let reader: SqlRunner | null = null;
  const read = (): SqlRunner => {
    if (path === ':memory:') return writer;
    if (!reader) {
      readDb = open(path, true);
      reader = runner(readDb);
    }
    return reader;
  };
  let queue: Promise<unknown> = Promise.resolve();
  return {
    dialect: sqliteDialect,
    all: (sql, params) => read().all(sql, params),
    run: (sql, params) => writer.run(sql, params),
    exec: (sql) => writer.exec(sql),
    transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T> {
      const result = queue.then(async () => {
        writeDb.exec('BEGIN IMMEDIATE');
        try {
          const value = await fn(writer);
          writeDb.exec('COMMIT');
          return value;
        } catch (error) {
          if (writeDb.inTransaction) writeDb.exec('ROLLBACK');
          throw error;
        }
      });
      queue = result.catch(() => undefined);
      return result;
    },
    releaseCache() {
      writeDb.pragma('shrink_memory');
    },
    async close() {
      await queue;
      readDb?.close();
      writeDb.close();
    },
  };
}

/** One read-only connection, for threads that only read a database another connection writes (and migrated). */
export function openSqliteReader(path: string): SqlDriver {
  const db = open(path, true, CACHE_KB.workerReader);
  const reader = runner(db);
  const readOnly = () => Promise.reject(new Error(`${path}: opened read-only`));
  return {
    dialect: sqliteDialect,
    all: (sql, params) => reader.all(sql, params),
    run: readOnly,
    exec: readOnly,
    transaction: readOnly,
    async close() {
      db.close();
    },
  };
}
