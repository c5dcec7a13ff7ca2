import Database from 'better-sqlite3';
import pg from 'pg';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/support/temp-dir.js';
import { openPostgresStore } from '../postgres/open-postgres-store.js';
import { openSqliteStore } from '../sqlite/open-sqlite-store.js';
import { makeRecord } from '../store-fixtures.js';
import { postgresMigrations } from './postgres.js';
import { sqliteMigrations } from './sqlite.js';

/** A SQLite file migrated up to `version` only, as an older corroborate left it, still open. */
function databaseAtVersion(path: string, version: number): Database.Database {
  const db = new Database(path);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const migration of sqliteMigrations.filter((m) => m.version <= version)) {
    db.exec(migration.sql);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, '2026-01-01');
  }
  return db;
}

/** A story of one article with one figure, as rows an older corroborate wrote (without full-text entries). */
const ONE_STORY_WITH_A_CLAIM = `INSERT INTO stories (id, title, article_count, source_count) VALUES ('s1', 'Harbour', 1, 1);
  INSERT INTO articles (id, story, file, title, published, credits, text, boilerplate, extras)
    VALUES ('a1', 's1', 'f', 'Harbour dredging', '2025-01-01', '[]', 'The port ordered 12 dredgers.', '[]', '{}');
  INSERT INTO claims (article, kind, idx, story, published, start_at, end_at, text, speaker, unit, sentence_text, data)
    VALUES ('a1', 'figure', 0, 's1', '2025-01-01', 17, 28, '12 dredgers', NULL, 'dredger',
      'The port ordered 12 dredgers.', '{"article":"a1","text":"12 dredgers","start":17,"end":28}');`;

describe('migrations', () => {
  const dir = useTempDir('migrations');
  let path: string;

  beforeEach(() => {
    path = dir.file('m.db');
  });

  it('has the same versions and names for both backends', () => {
    const describeAll = (list: typeof sqliteMigrations) => list.map((m) => `${m.version} ${m.name}`);
    expect(describeAll(postgresMigrations)).toEqual(describeAll(sqliteMigrations));
    expect(sqliteMigrations.map((m) => m.version)).toEqual(sqliteMigrations.map((_, i) => i + 1));
  });

  it('records each applied version once, however often the store is opened', async () => {
    await (await openSqliteStore(path)).close();
    await (await openSqliteStore(path)).close();
    const db = new Database(path, { readonly: true });
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
    db.close();
    expect(versions).toEqual(sqliteMigrations.map((m) => ({ version: m.version })));
  });

  it('brings a database at an older version up to date, keeping its data', async () => {
    const db = databaseAtVersion(path, 1);
    db.exec("INSERT INTO state (key, value) VALUES ('kept', 'yes')");
    db.close();
    const store = await openSqliteStore(path);
    expect(await store.getState('kept')).toBe('yes');
    await store.close();
  });

  it('drops index state saved in the old JSON form, with its article count, so the next ingest rebuilds it', async () => {
    const db = databaseAtVersion(path, 3);
    const put = db.prepare('INSERT INTO state (key, value) VALUES (?, ?)');
    for (const [key, value] of [
      ['copy-index', '{}'],
      ['story-index', '{}'],
      ['indexed-articles', '7'],
      ['feed-state', '[]'],
    ]) {
      put.run(key, value);
    }
    db.close();
    const store = await openSqliteStore(path);
    expect(await store.getState('indexed-articles')).toBeNull();
    expect(await store.getState('copy-index')).toBeNull();
    expect(await store.getState('feed-state')).toBe('[]');
    expect(await store.getStateParts('copy-index')).toBeNull();
    await store.close();
  });

  it('moves the statuses of claims stored before version 6 into their own table', async () => {
    const db = databaseAtVersion(path, 5);
    db.exec(`INSERT INTO stories (id, article_count) VALUES ('s1', 1);
      INSERT INTO articles (id, story, file, credits, text, boilerplate, extras)
        VALUES ('a1', 's1', 'f', '[]', 'Two ships. Three ports.', '[]', '{}');
      INSERT INTO claims (article, kind, idx, story, start_at, end_at, text, unit, sentence_text, status, data)
        VALUES ('a1', 'figure', 0, 's1', 0, 9, 'Two ships', 'ship', 'Two ships.', 'corroborated', '{}'),
               ('a1', 'figure', 1, 's1', 11, 22, 'Three ports', 'port', 'Three ports.', NULL, '{}');`);
    db.close();
    const store = await openSqliteStore(path);
    await store.close();
    const after = new Database(path, { readonly: true });
    expect(after.prepare('SELECT story, seq, status FROM claim_status').all()).toEqual([
      { story: 's1', seq: 1, status: 'corroborated' },
    ]);
    expect(after.prepare("SELECT count(*) AS n FROM pragma_table_info('claims') WHERE name = 'status'").get()).toEqual({
      n: 0,
    });
    after.close();
  });

  it('keeps the summaries of stories stored before version 7 right as they gain articles', async () => {
    const db = databaseAtVersion(path, 6);
    db.exec(`INSERT INTO stories (id, title, article_count, source_count, first_published, last_published)
        VALUES ('s1', 'Second', 3, 2, '2025-01-01', '2025-01-03');
      INSERT INTO articles (id, story, copy_of, file, title, published, outlet, credits, text, boilerplate, extras)
        VALUES ('a1', 's1', NULL, 'f', NULL, '2025-01-01', 'Post', '[]', 'One.', '[]', '{}'),
               ('a2', 's1', NULL, 'f', 'Second', '2025-01-02', 'Times', '[]', 'Two.', '[]', '{}'),
               ('a3', 's1', 'a2', 'f', 'Third', '2025-01-03', 'Daily', '[]', 'Three.', '[]', '{}');`);
    db.close();
    const store = await openSqliteStore(path);
    const later = makeRecord({ id: 'a4', story: 's1', text: 'Four.', published: '2025-01-04', outlet: 'Post' });
    await store.write({ articles: [later] });
    expect((await store.getStory('s1'))?.summary).toMatchObject({ title: 'Second', articles: 4, sources: 2 });
    const earlier = makeRecord({
      id: 'a0',
      story: 's1',
      text: 'Zero.',
      published: '2025-01-01T12:00',
      outlet: 'Daily',
    });
    await store.write({ articles: [earlier] });
    expect((await store.getStory('s1'))?.summary).toMatchObject({ title: 'Title of a0', articles: 5, sources: 3 });
    await store.close();
  });

  it('finds articles and claims stored before version 8 by their words', async () => {
    const db = databaseAtVersion(path, 7);
    db.exec(`${ONE_STORY_WITH_A_CLAIM}
      INSERT INTO articles_fts (rowid, title, text) SELECT seq, title, text FROM articles;
      INSERT INTO claims_fts (rowid, text, speaker, unit, sentence_text)
        SELECT seq, text, speaker, unit, sentence_text FROM claims;`);
    db.close();
    const store = await openSqliteStore(path);
    expect((await store.listStories({ q: 'dredging' })).items.map((s) => s.id)).toEqual(['s1']);
    expect((await store.searchClaims({ q: 'port ordered' })).items.map((c) => c.figure?.text)).toEqual(['12 dredgers']);
    expect((await store.listStories({ q: 'tugboat' })).items).toEqual([]);
    await store.close();
  });

  it('has both full-text indexes merge sixteen segments at a time and hold 16 MB of new terms, in a new file and in one from version 8', async () => {
    const settings = async (file: string): Promise<unknown[]> => {
      await (await openSqliteStore(file)).close();
      const db = new Database(file, { readonly: true });
      const rows = ['articles_fts', 'claims_fts'].map((table) =>
        db
          .prepare(`SELECT group_concat(k || '=' || v, ' ') AS kv FROM (SELECT k, v FROM ${table}_config ORDER BY k)`)
          .get(),
      );
      db.close();
      return rows;
    };
    const expected = { kv: 'automerge=16 hashsize=16777216 version=4' };
    databaseAtVersion(path, 8).close();
    expect(await settings(path)).toEqual([expected, expected]);
    expect(await settings(dir.file('new.db'))).toEqual([expected, expected]);
  });

  it('finds a story’s claims through its articles once the index of claims by story is dropped (version 10)', async () => {
    const db = databaseAtVersion(path, 9);
    db.exec(ONE_STORY_WITH_A_CLAIM);
    db.close();
    const store = await openSqliteStore(path);
    expect((await store.searchClaims({ story: 's1' })).items.map((c) => c.figure?.text)).toEqual(['12 dredgers']);
    expect((await store.getStoryMembers('s1'))?.claims[0].figures.map((f) => f.text)).toEqual(['12 dredgers']);
    await store.close();
    const migrated = new Database(path, { readonly: true });
    const index = migrated.prepare("SELECT name FROM sqlite_master WHERE name = 'claims_story_spans'").get();
    migrated.close();
    expect(index).toBeUndefined();
  });

  it('keys claims stored before version 11 by their article’s row number, keeping their seq, status and words', async () => {
    const db = databaseAtVersion(path, 10);
    db.exec(`${ONE_STORY_WITH_A_CLAIM}
      INSERT INTO claims_fts (rowid, text, speaker, unit, sentence_text)
        SELECT seq, text, speaker, unit, sentence_text FROM claims;
      INSERT INTO claim_status (story, seq, status) SELECT story, seq, 'single-source' FROM claims;`);
    db.close();
    const store = await openSqliteStore(path);
    const later = makeRecord({
      id: 'a2',
      story: 's1',
      text: 'The port ordered 12 dredgers and 3 tugs.',
      figures: [{ text: '3 tugs', value: 3, unit: 'tug' }],
    });
    await store.write({ articles: [later] });
    expect((await store.getArticle('a1'))?.claims.figures.map((f) => f.text)).toEqual(['12 dredgers']);
    expect((await store.getArticle('a2'))?.claims.figures.map((f) => f.text)).toEqual(['3 tugs']);
    const dredgers = await store.searchClaims({ q: 'dredgers', article: 'a1' });
    expect(dredgers.items.map((c) => [c.figure?.text, c.status])).toEqual([['12 dredgers', 'single-source']]);
    expect((await store.searchClaims({ story: 's1' })).total).toBe(2);
    await store.close();
    const migrated = new Database(path, { readonly: true });
    expect(migrated.prepare('SELECT seq, article_seq, article FROM claims ORDER BY seq').all()).toEqual([
      { seq: 1, article_seq: 1, article: 'a1' },
      { seq: 2, article_seq: 2, article: 'a2' },
    ]);
    const uniqueKeys = migrated
      .prepare(
        `SELECT group_concat(i.name, ',') AS columns FROM pragma_index_list('claims') l, pragma_index_info(l.name) i
         WHERE l."unique" = 1 GROUP BY l.name`,
      )
      .all();
    migrated.close();
    expect(uniqueKeys).toEqual([{ columns: 'article_seq,kind,idx' }]);
  });

  it('refuses a database written by a newer version', async () => {
    await (await openSqliteStore(path)).close();
    const db = new Database(path);
    db.prepare('INSERT INTO schema_migrations VALUES (99, ?, ?)').run('from the future', '2030-01-01');
    db.close();
    await expect(openSqliteStore(path)).rejects.toThrow(/schema version 99 is newer/);
  });
});

const pgUrl = process.env.CORROBORATE_TEST_PG;

describe.skipIf(!pgUrl)('PostgreSQL migrations', () => {
  it('keys claims stored before version 11 by their article’s row number, keeping their seq, status and words', async () => {
    const schema = `migrations_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
      await client.query(
        'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
      );
      for (const migration of postgresMigrations.filter((m) => m.version <= 10)) {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [
          migration.version,
          migration.name,
          '2026-01-01',
        ]);
      }
      await client.query(`${ONE_STORY_WITH_A_CLAIM}
        INSERT INTO claim_status (story, seq, status) SELECT story, seq, 'single-source' FROM claims;`);
      const store = await openPostgresStore(pgUrl!, { schema });
      await store.write({
        articles: [
          makeRecord({
            id: 'a2',
            story: 's1',
            text: 'The port ordered 3 tugs.',
            figures: [{ text: '3 tugs', value: 3, unit: 'tug' }],
          }),
        ],
      });
      const ledger = await store.searchClaims({ article: 'a1' });
      expect(ledger.items.map((c) => [c.figure?.text, c.status])).toEqual([['12 dredgers', 'single-source']]);
      expect((await store.getArticle('a2'))?.claims.figures.map((f) => f.text)).toEqual(['3 tugs']);
      expect((await store.searchClaims({ story: 's1' })).total).toBe(2);
      // Words indexed by to_tsvector before version 14, and by the store since.
      expect((await store.searchClaims({ q: 'dredgers' })).items.map((c) => c.article)).toEqual(['a1']);
      expect((await store.searchClaims({ q: 'port tugs' })).items.map((c) => c.article)).toEqual(['a2']);
      expect((await store.listStories({ q: 'harbour dredging' })).total).toBe(1);
      await store.close();
      const rows = await client.query('SELECT seq, article_seq, article FROM claims ORDER BY seq');
      expect(rows.rows.map((r) => [Number(r.seq), Number(r.article_seq), r.article])).toEqual([
        [1, 1, 'a1'],
        [2, 2, 'a2'],
      ]);
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
  });
});
