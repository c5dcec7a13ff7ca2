/**
 * The store's logic, written once over `SqlDriver`: both backends run exactly this SQL (placeholders and
 * full-text matching aside), which is what keeps their behaviour the same.
 */
import type { ArticleClaims } from '../records/claim.js';
import type { Finding, FindingStatus } from '../records/finding.js';
import { appendTo, chunks } from '../text/lists.js';
import { type ClaimSpan, claimStatuses } from './claim-status.js';
import { CLAIMS_WITH_ARTICLES, type SqlDriver, type SqlRunner, type SqlValue } from './driver.js';
import { searchWords } from './fts-query.js';
import type { Migration } from './migrations/migration.js';
import {
  ARTICLE_COLUMNS,
  ARTICLE_COLUMNS_BUT_EXTRAS,
  ARTICLE_INSERT_COLUMNS,
  type ArticleRow,
  articleValues,
  CLAIM_COLUMNS,
  type ClaimRow,
  type ClaimSpanRow,
  claimValues,
  decodeFindings,
  findingValues,
  type LedgerRow,
  STATUS_COLUMNS,
  type StoryRow,
  toArticleClaims,
  toLedgerEntry,
  toStatedClaims,
  toStoredArticle,
  toSummary,
  withSearchVector,
} from './rows.js';
import {
  type ArticleDetail,
  type ArticleRecord,
  type ClaimQuery,
  DEFAULT_PAGE_LIMIT,
  type EncodedFindings,
  type LedgerEntry,
  MAX_PAGE_LIMIT,
  type Page,
  type PageQuery,
  type Store,
  type StoreCounts,
  type StoredArticle,
  type StoreKind,
  type StoryDetail,
  type StoryFindings,
  type StoryMembers,
  type StoryQuery,
  type StorySummary,
  type WriteBatch,
} from './types.js';

/** Rows per multi-row INSERT: fewer round trips (PostgreSQL) and statements, well under parameter limits. */
const ROWS_PER_INSERT = 100;
/** Ids per `IN (...)` list. */
const IDS_PER_QUERY = 500;

function placeholders(count: number): string {
  return count === 0 ? '' : `${'?, '.repeat(count - 1)}?`;
}

/**
 * `(?, ?), (?, ?)` for `rows` rows of `width` values, built once per shape: a batch inserts thousands of rows, and
 * building the text row by row cost more than a tenth of the writer's time.
 */
const valuesLists = new Map<number, string>();
function valuesList(rows: number, width: number): string {
  const key = rows * 4096 + width;
  let list = valuesLists.get(key);
  if (list === undefined) {
    const row = `(${placeholders(width)})`;
    list = Array.from({ length: rows }, () => row).join(', ');
    valuesLists.set(key, list);
  }
  return list;
}

/** Inserts rows of one width, ROWS_PER_INSERT to a statement. */
async function insertMany(tx: SqlRunner, head: string, rows: SqlValue[][], tail = ''): Promise<void> {
  for (let at = 0; at < rows.length; at += ROWS_PER_INSERT) {
    const count = Math.min(ROWS_PER_INSERT, rows.length - at);
    const width = rows[at].length;
    const params: SqlValue[] = [];
    for (let i = at; i < at + count; i++) for (const value of rows[i]) params.push(value);
    await tx.run(`${head} VALUES ${valuesList(count, width)} ${tail}`, params);
  }
}

function page(query: PageQuery): { limit: number; offset: number } {
  const limit = Math.min(MAX_PAGE_LIMIT, Math.max(1, Math.floor(query.limit ?? DEFAULT_PAGE_LIMIT)));
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  return { limit, offset };
}

const NEWEST_FIRST = 'DESC NULLS LAST';
const ARTICLE_ORDER = 'ORDER BY published IS NULL, published, id';

/** A story's articles, their claims (one entry an article) and where those claims are stored. */
interface Members<Claims> {
  articles: StoredArticle[];
  claims: Claims[];
  spans: ClaimSpan[];
}
const noMembers = <Claims>(): Members<Claims> => ({ articles: [], claims: [], spans: [] });

export class SqlStore implements Store {
  constructor(
    private readonly db: SqlDriver,
    readonly kind: StoreKind,
    readonly location: string,
    private readonly migrations: Migration[],
  ) {}

  async migrate(): Promise<void> {
    const known = Math.max(...this.migrations.map((m) => m.version));
    await this.db.transaction(async (tx) => {
      if (this.db.dialect.migrationLock) await tx.run(this.db.dialect.migrationLock);
      await tx.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
      );
      const applied = new Set(
        (await tx.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)),
      );
      const newest = Math.max(0, ...applied);
      if (newest > known) {
        throw new Error(
          `${this.location}: database schema version ${newest} is newer than this corroborate knows (${known}); upgrade corroborate`,
        );
      }
      for (const migration of [...this.migrations].sort((a, b) => a.version - b.version)) {
        if (applied.has(migration.version)) continue;
        await tx.exec(migration.sql);
        await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
      }
    });
  }

  close(): Promise<void> {
    return this.db.close();
  }

  async write(batch: WriteBatch): Promise<void> {
    const hasState =
      (batch.state && Object.keys(batch.state).length > 0) ||
      (batch.stateParts && Object.keys(batch.stateParts).length > 0);
    if (batch.articles.length === 0 && !batch.findings?.length && !hasState) return;
    await this.db.transaction((tx) => this.writeIn(tx, batch));
    // Saved index state (hundreds of MB at scale) is read back only when a session starts: its pages would otherwise
    // fill the connection's cache until the next save (64 MB held in a long ingest whose other writes go elsewhere).
    if (Object.keys(batch.stateParts ?? {}).length > 0) this.db.releaseCache?.();
  }

  /**
   * The body of `write`'s transaction: a method rather than a closure made for each write, so that V8 keeps its
   * compiled code between writes.
   */
  private async writeIn(tx: SqlRunner, batch: WriteBatch): Promise<void> {
    if (this.db.dialect.writeLock) await tx.run(this.db.dialect.writeLock);
    const seen = await this.storedIn(
      tx,
      batch.articles.map((r) => r.article.id),
    );
    const fresh: ArticleRecord[] = [];
    for (const record of batch.articles) {
      if (seen.has(record.article.id)) continue;
      seen.add(record.article.id);
      fresh.push(record);
    }
    const stories = [...new Set(fresh.map((record) => record.story))].sort();
    if (stories.length > 0) {
      await insertMany(
        tx,
        'INSERT INTO stories (id)',
        stories.map((id) => [id]),
        'ON CONFLICT (id) DO NOTHING',
      );
      const { indexNewRows } = this.db.dialect;
      const [before] = await tx.all<{ articles: number | string; claims: number | string }>(
        'SELECT (SELECT coalesce(max(seq), 0) FROM articles) AS articles, (SELECT coalesce(max(seq), 0) FROM claims) AS claims',
      );
      // Numbered here rather than by the database, so each claim row can carry its article's number. The write
      // holds the store's write lock, so no other write takes these numbers in between.
      const firstSeq = Number(before.articles) + 1;
      const { searchVectors } = this.db.dialect;
      const articleRows: SqlValue[][] = [];
      const claimRows: SqlValue[][] = [];
      for (let i = 0; i < fresh.length; i++) {
        articleRows.push(articleValues(fresh[i], firstSeq + i, searchVectors));
        for (const row of claimValues(fresh[i], firstSeq + i, searchVectors)) claimRows.push(row);
      }
      await insertMany(
        tx,
        `INSERT INTO articles (${withSearchVector(ARTICLE_INSERT_COLUMNS, searchVectors)})`,
        articleRows,
      );
      await insertMany(tx, `INSERT INTO claims (${withSearchVector(CLAIM_COLUMNS, searchVectors)})`, claimRows);
      for (const sql of indexNewRows.articles) await tx.run(sql, [Number(before.articles)]);
      for (const sql of indexNewRows.claims) await tx.run(sql, [Number(before.claims)]);
      await this.addToSummaries(tx, Number(before.articles));
    }
    if (batch.findings?.length) await this.replaceFindings(tx, batch.findings);
    for (const [key, value] of Object.entries(batch.state ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
      await this.putState(tx, key, value);
    }
    for (const [key, parts] of Object.entries(batch.stateParts ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
      await this.putStateParts(tx, key, parts);
    }
  }

  private async storedIn(runner: SqlRunner, ids: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const chunk of chunks([...new Set(ids)], IDS_PER_QUERY)) {
      const rows = await runner.all<{ id: string }>(
        `SELECT id FROM articles WHERE id IN (${placeholders(chunk.length)})`,
        chunk,
      );
      for (const row of rows) found.add(row.id);
    }
    return found;
  }

  /**
   * Adds the articles this write stored (`seq > before`) to their stories' counts, dates, sources and title, which
   * stay what recomputing them from all of a story's articles would give, without reading its older articles.
   */
  private async addToSummaries(tx: SqlRunner, before: number): Promise<void> {
    await tx.run(
      `INSERT INTO story_sources (story, source)
       SELECT DISTINCT story, coalesce(outlet, id) FROM articles
       WHERE seq > ? AND copy_of IS NULL AND derived_from IS NULL
       ON CONFLICT (story, source) DO NOTHING`,
      [before],
    );
    // A NULL date never wins: min() and max() skip them, and a comparison with NULL is not true.
    // The write's rows are read once, by seq: grouped in place, SQLite would scan the whole (story, published) index.
    await tx.run(
      `WITH fresh AS MATERIALIZED (SELECT story, published FROM articles WHERE seq > ?)
      UPDATE stories SET
        article_count = stories.article_count + f.n,
        source_count = (SELECT count(*) FROM story_sources s WHERE s.story = stories.id),
        first_published = CASE WHEN f.lo < stories.first_published OR stories.first_published IS NULL
          THEN f.lo ELSE stories.first_published END,
        last_published = CASE WHEN f.hi > stories.last_published OR stories.last_published IS NULL
          THEN f.hi ELSE stories.last_published END
      FROM (SELECT story, count(*) AS n, min(published) AS lo, max(published) AS hi FROM fresh GROUP BY story) AS f
      WHERE stories.id = f.story`,
      [before],
    );
    // The title is the earliest titled article's (undated last, then by id): a new one takes over only if it comes
    // before the article the title is from.
    await tx.run(
      `UPDATE stories SET title = t.title, title_article = t.id, title_published = t.published
      FROM (SELECT story, title, id, published FROM (
          SELECT story, title, id, published,
            row_number() OVER (PARTITION BY story ORDER BY published IS NULL, published, id) AS r
          FROM articles WHERE seq > ? AND title IS NOT NULL) AS ranked
        WHERE r = 1) AS t
      WHERE stories.id = t.story AND (
        stories.title_article IS NULL
        OR (t.published IS NOT NULL AND (stories.title_published IS NULL OR t.published < stories.title_published))
        OR ((t.published = stories.title_published OR (t.published IS NULL AND stories.title_published IS NULL))
          AND t.id < stories.title_article))`,
      [before],
    );
  }

  /** Replaces the findings of several stories at once: a few statements per batch, not per story. */
  private async replaceFindings(tx: SqlRunner, entries: StoryFindings[]): Promise<void> {
    // The last entry for a story wins, as if each had been written in turn.
    const lastEntries = new Map(entries.map((entry) => [entry.story, entry]));
    const findingsOf = (story: string): Finding[] | EncodedFindings => lastEntries.get(story)?.findings ?? [];
    // Each source count given is stored in turn, so the last one given for a story wins.
    const sources = new Map<string, number>();
    for (const entry of entries) if (entry.sources !== undefined) sources.set(entry.story, entry.sources);
    const stories = [...lastEntries.keys()].sort();
    for (const chunk of chunks(stories, IDS_PER_QUERY)) {
      const inList = `(${placeholders(chunk.length)})`;
      await insertMany(
        tx,
        'INSERT INTO stories (id)',
        chunk.map((id) => [id]),
        'ON CONFLICT (id) DO NOTHING',
      );
      await tx.run(`DELETE FROM findings WHERE story IN ${inList}`, chunk);
      const values = new Map<string, ReturnType<typeof findingValues>>();
      const rows: SqlValue[][] = [];
      for (const story of chunk) {
        const storyRows = findingValues(findingsOf(story));
        values.set(story, storyRows);
        for (let idx = 0; idx < storyRows.length; idx++) rows.push([story, idx, ...storyRows[idx]]);
      }
      await insertMany(tx, 'INSERT INTO findings (story, idx, kind, status, data)', rows);
      for (const story of chunk) {
        const statuses = (values.get(story) ?? []).map(([, status]) => status);
        await this.putFindingCounts(tx, story, statuses, sources.get(story) ?? null);
      }

      const statusRows: SqlValue[][] = [];
      const unworked: string[] = [];
      for (const story of chunk) {
        const given = lastEntries.get(story)?.claimStatuses;
        if (given) for (const [seq, status] of given) statusRows.push([story, seq, status]);
        else unworked.push(story);
      }
      if (unworked.length > 0) {
        const claims = await tx.all<ClaimSpanRow>(
          `SELECT seq, article, story, kind, start_at, end_at FROM claims
           WHERE ${this.db.dialect.claimsOfStories(`(${placeholders(unworked.length)})`)}`,
          unworked,
        );
        const claimsByStory = new Map<string, ClaimSpanRow[]>();
        for (const claim of claims) appendTo(claimsByStory, claim.story, claim);
        for (const story of unworked) {
          const spans = (claimsByStory.get(story) ?? []).map(spanOf);
          const findings = decodeFindings(findingsOf(story));
          for (const [seq, status] of claimStatuses(spans, findings)) statusRows.push([story, seq, status]);
        }
      }
      // A story's statuses sit together (keyed by story), so rewriting them whole touches a page or two.
      await tx.run(`DELETE FROM claim_status WHERE story IN ${inList}`, chunk);
      await insertMany(tx, 'INSERT INTO claim_status (story, seq, status)', statusRows);
    }
  }

  /**
   * A story's counts of findings by status, counted from the statuses of the findings just stored for it, and its
   * independent sources when the pipeline gave them (else they stay as they are).
   */
  private async putFindingCounts(
    tx: SqlRunner,
    story: string,
    statuses: FindingStatus[],
    sources: number | null,
  ): Promise<void> {
    const counts = new Map<FindingStatus, number>();
    for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
    const columns = Object.entries(STATUS_COLUMNS) as Array<[FindingStatus, string]>;
    await tx.run(
      `UPDATE stories SET ${columns.map(([, column]) => `${column} = ?, `).join('')}
        source_count = coalesce(?, source_count) WHERE id = ?`,
      [...columns.map(([status]) => counts.get(status) ?? 0), sources, story],
    );
  }

  private async putState(tx: SqlRunner, key: string, value: string): Promise<void> {
    await tx.run(
      'INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      [key, value],
    );
  }

  /** One statement per part, so the drivers copy one part at a time (parts can be views of live arrays). */
  private async putStateParts(tx: SqlRunner, key: string, parts: Uint8Array[]): Promise<void> {
    await tx.run('DELETE FROM state_parts WHERE key = ?', [key]);
    for (const [part, bytes] of parts.entries()) {
      await tx.run('INSERT INTO state_parts (key, part, value) VALUES (?, ?, ?)', [
        key,
        part,
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      ]);
    }
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.storedIn(this.db, [id])).has(id);
  }

  storedArticles(ids: string[]): Promise<Set<string>> {
    return this.storedIn(this.db, ids);
  }

  async articlesInOrder(offset: number, limit: number): Promise<StoredArticle[]> {
    const rows = await this.db.all<ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY seq LIMIT ? OFFSET ?`,
      [Math.max(0, Math.floor(limit)), Math.max(0, Math.floor(offset))],
    );
    return rows.map(toStoredArticle);
  }

  async getState(key: string): Promise<string | null> {
    const rows = await this.db.all<{ value: string }>('SELECT value FROM state WHERE key = ?', [key]);
    return rows[0]?.value ?? null;
  }

  async getStateParts(key: string): Promise<Uint8Array[] | null> {
    const rows = await this.db.all<{ value: Uint8Array }>('SELECT value FROM state_parts WHERE key = ? ORDER BY part', [
      key,
    ]);
    return rows.length === 0 ? null : rows.map((row) => row.value);
  }

  async setState(key: string, value: string): Promise<void> {
    await this.db.transaction((tx) => this.putState(tx, key, value));
  }

  /** A full-text condition and its parameter, or null when the query has no words (then it does not filter). */
  private match(condition: string, q: string | undefined): { sql: string; param: string } | null {
    if (q === undefined) return null;
    const { words, prefixLast } = searchWords(q);
    const param = this.db.dialect.ftsQuery(words, prefixLast);
    return param === null ? null : { sql: condition, param };
  }

  async listStories(query: StoryQuery = {}): Promise<Page<StorySummary>> {
    const where = ['s.article_count > 0'];
    const params: SqlValue[] = [];
    if (query.since) {
      where.push('s.last_published >= ?');
      params.push(query.since);
    }
    const text = this.match(this.db.dialect.articleMatch, query.q);
    if (text) {
      where.push(`s.id IN (SELECT a.story FROM articles a WHERE ${text.sql})`);
      params.push(text.param);
    }
    const clause = where.join(' AND ');
    const { limit, offset } = page(query);
    const [{ n }] = await this.db.all<{ n: number | string }>(
      `SELECT count(*) AS n FROM stories s WHERE ${clause}`,
      params,
    );
    const rows = await this.db.all<StoryRow>(
      `SELECT s.* FROM stories s WHERE ${clause} ORDER BY s.last_published ${NEWEST_FIRST}, s.id LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    const outlets = await this.outletsOf(rows.map((r) => r.id));
    return { total: Number(n), items: rows.map((row) => toSummary(row, outlets.get(row.id) ?? [])) };
  }

  private async outletsOf(stories: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (stories.length === 0) return out;
    const rows = await this.db.all<{ story: string; outlet: string }>(
      `SELECT story, outlet FROM articles WHERE story IN (${placeholders(stories.length)}) AND outlet IS NOT NULL
       GROUP BY story, outlet ORDER BY story, outlet`,
      stories,
    );
    for (const row of rows) appendTo(out, row.story, row.outlet);
    return out;
  }

  async getStory(id: string): Promise<StoryDetail | null> {
    const [row] = await this.db.all<StoryRow>('SELECT * FROM stories WHERE id = ? AND article_count > 0', [id]);
    if (!row) return null;
    const members = await this.membersOf<ArticleRow, ArticleClaims>([id], ARTICLE_COLUMNS, toArticleClaims);
    const { articles, claims } = members.get(id) ?? noMembers();
    const findings = await this.findingsOf(id);
    const outlets = await this.outletsOf([id]);
    return { summary: toSummary(row, outlets.get(id) ?? []), articles, claims, findings };
  }

  async getStoryMembers(id: string): Promise<StoryMembers | null> {
    return (await this.getStoriesMembers([id])).get(id) ?? null;
  }

  async getStoriesMembers(ids: string[]): Promise<Map<string, StoryMembers>> {
    const out = new Map<string, StoryMembers>();
    for (const chunk of chunks([...new Set(ids)], IDS_PER_QUERY)) {
      const stories = await this.db.all<{ id: string; title: string | null }>(
        `SELECT id, title FROM stories WHERE id IN (${placeholders(chunk.length)}) AND article_count > 0`,
        chunk,
      );
      if (stories.length === 0) continue;
      // Without each article's dates and entities (its `extras`, a third of its row), which reconciling never reads.
      const members = await this.membersOf(
        stories.map((story) => story.id),
        ARTICLE_COLUMNS_BUT_EXTRAS,
        (a, claimRows) => toStatedClaims(a.id, claimRows),
      );
      for (const { id, title } of stories) out.set(id, { title, ...(members.get(id) ?? noMembers()) });
    }
    return out;
  }

  /**
   * The stories' articles and their claims, read by `toClaims`, by story: two reads however many stories. Articles
   * first, then claims: a write committed between the two reads adds claims of articles not listed, which are left
   * out, so the articles and claims always match even on a connection another one writes to.
   */
  private async membersOf<Row extends Omit<ArticleRow, 'extras'>, Claims>(
    ids: string[],
    columns: string,
    toClaims: (row: Row, claimRows: ClaimRow[]) => Claims,
  ): Promise<Map<string, Members<Claims>>> {
    const list = `(${placeholders(ids.length)})`;
    const articleRows = await this.db.all<Row>(
      `SELECT ${columns} FROM articles WHERE story IN ${list} ${ARTICLE_ORDER}`,
      ids,
    );
    const claimRows = await this.db.all<ClaimRow>(
      `SELECT seq, article, kind, idx, start_at, end_at, data FROM claims WHERE ${this.db.dialect.claimsOfStories(list)}`,
      ids,
    );
    const byArticle = new Map<string, ClaimRow[]>();
    for (const claim of claimRows) appendTo(byArticle, claim.article, claim);
    const out = new Map<string, Members<Claims>>();
    for (const a of articleRows) {
      let members = out.get(a.story);
      if (!members) {
        members = noMembers();
        out.set(a.story, members);
      }
      const rows = byArticle.get(a.id) ?? [];
      for (const claim of rows) members.spans.push(spanOf(claim));
      members.articles.push(toStoredArticle(a));
      members.claims.push(toClaims(a, rows));
    }
    // In the order they were stored, whatever order the backend read them in.
    for (const members of out.values()) members.spans.sort((a, b) => a.key - b.key);
    return out;
  }

  private async findingsOf(story: string): Promise<Finding[]> {
    const rows = await this.db.all<{ data: string }>('SELECT data FROM findings WHERE story = ? ORDER BY idx', [story]);
    return rows.map((r) => JSON.parse(r.data) as Finding);
  }

  async getArticle(id: string): Promise<ArticleDetail | null> {
    const [row] = await this.db.all<ArticleRow & { seq: number | string }>(
      `SELECT seq, ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`,
      [id],
    );
    if (!row) return null;
    // By the article's row number, which keys its claims (migration 11).
    const claimRows = await this.db.all<ClaimRow>('SELECT article, kind, idx, data FROM claims WHERE article_seq = ?', [
      Number(row.seq),
    ]);
    const [story] = await this.db.all<{ title: string | null }>('SELECT title FROM stories WHERE id = ?', [row.story]);
    const findings = (await this.findingsOf(row.story)).filter((f) => f.claims.some((c) => c.article === id));
    return {
      ...toStoredArticle(row),
      storyTitle: story?.title ?? null,
      claims: toArticleClaims(row, claimRows),
      findings,
    };
  }

  async searchClaims(query: ClaimQuery = {}): Promise<Page<LedgerEntry>> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    const equal: Array<[string, string | undefined]> = [
      ['c.kind', query.kind],
      ['c.unit', query.unit],
    ];
    for (const [column, value] of equal) {
      if (value === undefined) continue;
      where.push(`${column} = ?`);
      params.push(value);
    }
    if (query.article !== undefined) {
      where.push('c.article_seq = (SELECT seq FROM articles WHERE id = ?)');
      params.push(query.article);
    }
    if (query.story !== undefined) {
      where.push(this.db.dialect.claimsOfStories('(?)', 'c.'));
      params.push(query.story);
    }
    if (query.status !== undefined) {
      where.push('c.seq IN (SELECT seq FROM claim_status WHERE status = ?)');
      params.push(query.status);
    }
    const { ledger } = this.db.dialect;
    if (query.since) {
      where.push(`${ledger.published} >= ?`);
      params.push(query.since);
    }
    const text = this.match(this.db.dialect.claimMatch, query.q);
    if (text) {
      where.push(text.sql);
      params.push(text.param);
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const { limit, offset } = page(query);
    // Counting needs the articles only when the date filter is on theirs.
    const counted = query.since && ledger.published.startsWith('a.') ? CLAIMS_WITH_ARTICLES : 'claims c';
    const [{ n }] = await this.db.all<{ n: number | string }>(`SELECT count(*) AS n FROM ${counted} ${clause}`, params);
    const narrowed = text || query.status !== undefined || query.article !== undefined || query.story !== undefined;
    const rows = await this.db.all<LedgerRow>(
      `SELECT c.article, c.kind, c.idx, c.story, c.published, c.sentence_text, c.data,
        (SELECT s.status FROM claim_status s WHERE s.story = c.story AND s.seq = c.seq) AS status,
        a.outlet, a.title, a.url
       FROM ${narrowed ? CLAIMS_WITH_ARTICLES : ledger.newestFirst} ${clause}
       ORDER BY ${ledger.order} LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    return { total: Number(n), items: rows.map(toLedgerEntry) };
  }

  async counts(): Promise<StoreCounts> {
    const [row] = await this.db.all<Record<keyof StoreCounts, number | string>>(
      `SELECT
        (SELECT count(*) FROM articles) AS articles,
        (SELECT count(*) FROM stories WHERE article_count > 0) AS stories,
        (SELECT count(*) FROM claims WHERE kind = 'quote') AS quotes,
        (SELECT count(*) FROM claims WHERE kind = 'figure') AS figures,
        (SELECT count(*) FROM findings) AS findings`,
    );
    return {
      articles: Number(row.articles),
      stories: Number(row.stories),
      quotes: Number(row.quotes),
      figures: Number(row.figures),
      findings: Number(row.findings),
    };
  }
}

/** Where a stored quote or figure sits, keyed by its row. */
function spanOf(row: Pick<ClaimRow, 'seq' | 'article' | 'kind' | 'start_at' | 'end_at'>): ClaimSpan {
  return { key: Number(row.seq), article: row.article, kind: row.kind, start: row.start_at, end: row.end_at };
}
