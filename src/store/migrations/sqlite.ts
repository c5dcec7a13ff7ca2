import type { Migration } from './migration.js';

/** SQLite schema. Keep in step with `postgres.ts`: same versions, tables, columns and meaning. */
export const sqliteMigrations: Migration[] = [
  {
    version: 1,
    name: 'articles, stories, claims, findings, state',
    sql: `
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT,
  article_count INTEGER NOT NULL DEFAULT 0,
  source_count INTEGER NOT NULL DEFAULT 0,
  first_published TEXT,
  last_published TEXT,
  n_corroborated INTEGER NOT NULL DEFAULT 0,
  n_conflict INTEGER NOT NULL DEFAULT 0,
  n_single_source INTEGER NOT NULL DEFAULT 0,
  n_quote_drift INTEGER NOT NULL DEFAULT 0,
  n_quote_vs_paraphrase INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stories_last_published ON stories (last_published);

CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  story TEXT NOT NULL REFERENCES stories (id),
  copy_of TEXT,
  derived_from TEXT,
  file TEXT NOT NULL,
  url TEXT,
  title TEXT,
  byline TEXT,
  published TEXT,
  outlet TEXT,
  distributor TEXT,
  language TEXT,
  credits TEXT NOT NULL,
  text TEXT NOT NULL,
  boilerplate TEXT NOT NULL,
  extras TEXT NOT NULL
);
CREATE INDEX articles_story ON articles (story, published);

CREATE TABLE claims (
  seq INTEGER PRIMARY KEY,
  article TEXT NOT NULL REFERENCES articles (id),
  kind TEXT NOT NULL,
  idx INTEGER NOT NULL,
  story TEXT NOT NULL,
  published TEXT,
  start_at INTEGER NOT NULL,
  end_at INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker TEXT,
  unit TEXT,
  sentence_text TEXT NOT NULL,
  status TEXT,
  data TEXT NOT NULL,
  UNIQUE (article, kind, idx)
);
CREATE INDEX claims_story ON claims (story);
CREATE INDEX claims_published ON claims (published);
CREATE INDEX claims_unit ON claims (unit);

CREATE TABLE findings (
  story TEXT NOT NULL,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (story, idx)
);

CREATE TABLE state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text, content = 'articles', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE VIRTUAL TABLE claims_fts USING fts5 (
  text, speaker, unit, sentence_text, content = 'claims', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts (rowid, text, speaker, unit, sentence_text)
  VALUES (new.seq, new.text, new.speaker, new.unit, new.sentence_text);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts (claims_fts, rowid, text, speaker, unit, sentence_text)
  VALUES ('delete', old.seq, old.text, old.speaker, old.unit, old.sentence_text);
END;
`,
  },
  {
    version: 2,
    name: 'indexes in the order the API lists stories and claims',
    sql: `
CREATE INDEX stories_newest ON stories (last_published DESC, id);
CREATE INDEX claims_newest ON claims (published DESC, article, kind, idx);
CREATE INDEX claims_unit_newest ON claims (unit, published DESC, article, kind, idx);
DROP INDEX stories_last_published;
DROP INDEX claims_unit;
`,
  },
  {
    version: 3,
    name: 'leaner write path: no duplicate published index, full-text indexes without positions, filled per write',
    // Searches are words that must all match (no phrases), so the full-text indexes need no word positions
    // (detail = none): they become several times smaller and cheaper to write. New rows are indexed by the store,
    // one statement per write (see `indexNewRows` in the SQLite driver), not by insert triggers. claims_newest
    // leads with published, so claims_published only cost writes.
    sql: `
DROP INDEX claims_published;

DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text, content = 'articles', content_rowid = 'seq', detail = none,
  tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

DROP TRIGGER claims_fts_insert;
DROP TRIGGER claims_fts_delete;
DROP TABLE claims_fts;
CREATE VIRTUAL TABLE claims_fts USING fts5 (
  text, speaker, unit, sentence_text, content = 'claims', content_rowid = 'seq', detail = none,
  tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts (claims_fts, rowid, text, speaker, unit, sentence_text)
  VALUES ('delete', old.seq, old.text, old.speaker, old.unit, old.sentence_text);
END;
INSERT INTO claims_fts (claims_fts) VALUES ('rebuild');
`,
  },
  {
    version: 4,
    name: 'index state in binary parts',
    // The copy and story indexes are saved as binary parts (a header, then typed arrays), written one row per
    // part. Their old JSON rows are dropped, with the count of articles they covered: the next ingest rebuilds
    // the indexes from the stored articles.
    sql: `
CREATE TABLE state_parts (
  key TEXT NOT NULL,
  part INTEGER NOT NULL,
  value BLOB NOT NULL,
  PRIMARY KEY (key, part)
);
DELETE FROM state WHERE key IN ('copy-index', 'story-index', 'indexed-articles');
`,
  },
  {
    version: 5,
    name: 'no unit index: figures by unit are read newest first, as by kind and status',
    // A claim's unit is a random key: at scale every figure inserted into (unit, published, ...) dirtied its own
    // index page, written to the WAL at each commit and again at each checkpoint. At 100k articles that index made
    // the store write 17 GB instead of 12 GB and ingest 24% slower; at 1M it only grows. A unit filter now reads
    // claims newest first (claims_newest) and keeps those of the unit, as the kind and status filters do.
    sql: `
DROP INDEX claims_unit_newest;
`,
  },
  {
    version: 6,
    name: 'claim statuses in their own table, clustered by story',
    // A story's claims were stored as they arrived, over days of ingest; giving them their statuses after a
    // reconcile rewrote a wide claim row, on a page of its own, for nearly every claim. Kept by story, a story's
    // statuses are a page or two, rewritten whole.
    sql: `
CREATE TABLE claim_status (
  story TEXT NOT NULL,
  seq INTEGER NOT NULL,
  status TEXT NOT NULL,
  PRIMARY KEY (story, seq)
) WITHOUT ROWID;
INSERT INTO claim_status (story, seq, status) SELECT story, seq, status FROM claims WHERE status IS NOT NULL;
ALTER TABLE claims DROP COLUMN status;
`,
  },
  {
    version: 7,
    name: 'story summaries kept up to date from each write',
    // A write used to recompute each touched story's counts, dates and title from all of its articles (at 1M
    // articles, stories of hundreds): it now adds the write's own articles to them. That needs the key of the
    // article the title comes from (title_article, title_published) and each story's distinct sources
    // (story_sources: coalesce(outlet, id) of its articles that are neither copies nor derived). Giving a story's
    // claims their statuses reads where each claim is: the index by story now holds that too, so the claim rows
    // themselves (stored over days of ingest, a page each) are not read.
    sql: `
ALTER TABLE stories ADD COLUMN title_article TEXT;
ALTER TABLE stories ADD COLUMN title_published TEXT;
UPDATE stories SET title_article = (SELECT a.id FROM articles a WHERE a.story = stories.id AND a.title IS NOT NULL
  ORDER BY a.published IS NULL, a.published, a.id LIMIT 1);
UPDATE stories SET title_published = (SELECT a.published FROM articles a WHERE a.id = stories.title_article);

CREATE TABLE story_sources (
  story TEXT NOT NULL,
  source TEXT NOT NULL,
  PRIMARY KEY (story, source)
) WITHOUT ROWID;
INSERT INTO story_sources (story, source)
  SELECT DISTINCT story, coalesce(outlet, id) FROM articles WHERE copy_of IS NULL AND derived_from IS NULL;

CREATE INDEX claims_story_spans ON claims (story, article, kind, start_at, end_at);
DROP INDEX claims_story;
`,
  },
  {
    version: 8,
    name: 'full-text indexes without column sizes',
    // Searches match words and order by date, never by relevance (bm25), so FTS5's table of column sizes, one row
    // per indexed row (half a million for 30k articles' claims), was written and never read: 2-3% of the writer's
    // CPU. The indexes are built again once.
    sql: `
DROP TRIGGER articles_fts_delete;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text, content = 'articles', content_rowid = 'seq', detail = none, columnsize = 0,
  tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

DROP TRIGGER claims_fts_delete;
DROP TABLE claims_fts;
CREATE VIRTUAL TABLE claims_fts USING fts5 (
  text, speaker, unit, sentence_text, content = 'claims', content_rowid = 'seq', detail = none, columnsize = 0,
  tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts (claims_fts, rowid, text, speaker, unit, sentence_text)
  VALUES ('delete', old.seq, old.text, old.speaker, old.unit, old.sentence_text);
END;
INSERT INTO claims_fts (claims_fts) VALUES ('rebuild');
`,
  },
  {
    version: 9,
    name: 'full-text indexes merged sixteen segments at a time',
    // FTS5 writes each write's new terms as a segment and, by default, merges four segments of a level into one of
    // the next, so every posting is rewritten once per level. Sixteen at a time means fewer levels: 5-7.5% less of
    // the writer's CPU at 30k-100k articles (a larger index has more levels to save). A search reads up to sixteen
    // segments a level instead of four, which measured no slower at 100k articles.
    sql: `
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16);
INSERT INTO claims_fts (claims_fts, rank) VALUES ('automerge', 16);
`,
  },
  {
    version: 10,
    name: 'claims found by story through their articles',
    // A story's claims are found through its articles (articles_story), then each article's claims (the unique index
    // on article, kind, idx), instead of by an index of their own keyed by story. That index took each write's claims
    // at a few hundred places, one per story written: a page rewritten per story and write, and 7% of the writer's
    // CPU at 100k articles. Reading a story's claim rows costs a page or two per article, read far less often.
    // PostgreSQL keeps its index (see postgres.ts).
    sql: 'DROP INDEX claims_story_spans;',
  },
  {
    version: 11,
    name: "claims keyed by their article's row number",
    // The claims' unique index was keyed by article id. Real ids (URLs, hashes) come in no order, so each write's
    // claims went to a few hundred places in it, a page rewritten for nearly every article: 15-19% of the writer's
    // CPU against ids in order. Keyed by the article's row number, which grows with every write, they go to its
    // end. The id stays on each claim, as its story and date do, for reading without a join. SQLite cannot drop a
    // UNIQUE constraint, so the table is built again, keeping each claim's seq (the full-text index's rowid and
    // claim_status's key).
    sql: `
CREATE TABLE claims_by_article_seq (
  seq INTEGER PRIMARY KEY,
  article_seq INTEGER NOT NULL REFERENCES articles (seq),
  article TEXT NOT NULL,
  kind TEXT NOT NULL,
  idx INTEGER NOT NULL,
  story TEXT NOT NULL,
  published TEXT,
  start_at INTEGER NOT NULL,
  end_at INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker TEXT,
  unit TEXT,
  sentence_text TEXT NOT NULL,
  data TEXT NOT NULL,
  UNIQUE (article_seq, kind, idx)
);
INSERT INTO claims_by_article_seq (seq, article_seq, article, kind, idx, story, published, start_at, end_at, text,
    speaker, unit, sentence_text, data)
  SELECT c.seq, a.seq, c.article, c.kind, c.idx, c.story, c.published, c.start_at, c.end_at, c.text, c.speaker,
    c.unit, c.sentence_text, c.data
  FROM claims c JOIN articles a ON a.id = c.article ORDER BY c.seq;
DROP TABLE claims;
ALTER TABLE claims_by_article_seq RENAME TO claims;
CREATE INDEX claims_newest ON claims (published DESC, article, kind, idx);
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts (claims_fts, rowid, text, speaker, unit, sentence_text)
  VALUES ('delete', old.seq, old.text, old.speaker, old.unit, old.sentence_text);
END;
`,
  },
  {
    version: 12,
    name: 'full-text indexes flushed once per write',
    // FTS5 keeps new terms in memory and writes them out as a segment when they pass 'hashsize' (1 MB by default)
    // and at the next statement of the transaction. A write's 200-odd articles passed 1 MB several times in one
    // statement, so each write left several small segments to merge. With 16 MB they are written once per write:
    // side by side against the default, the writer used 4.6% less CPU at 30k articles and 2.3% less at 100k. The
    // terms are held by the writing connection, inside a write.
    sql: `
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO claims_fts (claims_fts, rank) VALUES ('hashsize', 16777216);
`,
  },
  {
    version: 13,
    name: 'claims listed newest first through their articles',
    // The claims' index by date (published DESC, article, kind, idx) took each write's claims at random places
    // within the day being written, since a day's articles arrive in no order: most of that day's pages rewritten at
    // every write, and 13% of the writer's CPU at 30k articles. The ledger reads newest first through an index of
    // the articles by date instead (one entry an article, not one a claim) and each article's claims by the unique
    // index on (article_seq, kind, idx): the same order, since a claim's date and id are its article's.
    sql: `
CREATE INDEX articles_newest ON articles (published DESC, id);
DROP INDEX claims_newest;
`,
  },
  {
    version: 14,
    name: 'search words written with each row',
    // PostgreSQL's tsvector columns are filled by the store from now on (see its migration 14); SQLite's full-text
    // indexes read the rows' columns themselves, so nothing changes here.
    sql: 'SELECT 1;',
  },
];
