/**
 * The small SQL surface both backends provide, so the store's logic is written once.
 * SQL is written with `?` placeholders; the PostgreSQL driver numbers them.
 */
/** Bytes go in as Buffers, which both drivers bind as BLOB / bytea. */
export type SqlValue = string | number | null | Buffer;

export interface SqlRunner {
  all<T>(sql: string, params?: SqlValue[]): Promise<T[]>;
  run(sql: string, params?: SqlValue[]): Promise<void>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** What differs between the dialects beyond placeholders. */
export interface Dialect {
  /** A condition on the articles table aliased `a` matching a full-text query (one `?` parameter). */
  articleMatch: string;
  /** A condition on the claims table aliased `c` matching a full-text query (one `?` parameter). */
  claimMatch: string;
  /** Turns search words into the backend's query syntax (the parameter of the match conditions), or null if none. */
  ftsQuery(words: string[], prefixLast: boolean): string | null;
  /** A statement run first in the migration transaction so two processes never migrate at once, if needed. */
  migrationLock: string | null;
  /** A statement run first in each write transaction so writers from several processes take turns, if needed. */
  writeLock: string | null;
  /**
   * Statements that add the rows a write just inserted into the full-text indexes, each with one `?`: the
   * largest `seq` of the table before the write. Empty when the backend indexes rows as they are inserted.
   */
  indexNewRows: { articles: string[]; claims: string[] };
  /**
   * Whether each article and claim row is written with its search words (`searchVector`) in a `tsv` column, which
   * the backend indexes as the row is inserted (PostgreSQL), instead of through `indexNewRows`.
   */
  searchVectors: boolean;
  /**
   * A condition on the claims table (its columns prefixed with `alias`) keeping the claims of the stories in
   * `stories`, an SQL list such as `(?, ?)`.
   */
  claimsOfStories(stories: string, alias?: string): string;
  /** How the claims ledger (claims `c`, each joined to its article `a`) is read newest first. */
  ledger: LedgerPlan;
}

/** Each claim (`c`) with its article (`a`), as the ledger reads them. */
export const CLAIMS_WITH_ARTICLES = 'claims c JOIN articles a ON a.seq = c.article_seq';

export interface LedgerPlan {
  /** The FROM clause when no filter with an index of its own (full text, status, article, story) narrows it down. */
  newestFirst: string;
  /** The column of the claim's publication date, filtered by `since` and ordered by. */
  published: string;
  /** ORDER BY terms: newest first, then by article id, kind and index. */
  order: string;
}

export interface SqlDriver extends SqlRunner {
  readonly dialect: Dialect;
  /** Runs `fn` in one transaction on one connection: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /** Lets go of the pages a write cached that later work will not read again (none to let go of: absent). */
  releaseCache?(): void;
  close(): Promise<void>;
}
