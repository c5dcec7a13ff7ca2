import type { Migration } from './migration.js';

/**
 * PostgreSQL schema: `sqlite.ts` translated (same versions, tables, columns and meaning; tsvector + GIN for search).
 * Sorted columns use the "C" collation so ordering is byte order, as in SQLite, whatever the database's locale.
 */
export const postgresMigrations: Migration[] = [
  {
    version: 1,
    name: 'articles, stories, claims, findings, state',
    sql: `
CREATE TABLE stories (
  id TEXT COLLATE "C" PRIMARY KEY,
  title TEXT,
  article_count INTEGER NOT NULL DEFAULT 0,
  source_count INTEGER NOT NULL DEFAULT 0,
  first_published TEXT COLLATE "C",
  last_published TEXT COLLATE "C",
  n_corroborated INTEGER NOT NULL DEFAULT 0,
  n_conflict INTEGER NOT NULL DEFAULT 0,
  n_single_source INTEGER NOT NULL DEFAULT 0,
  n_quote_drift INTEGER NOT NULL DEFAULT 0,
  n_quote_vs_paraphrase INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stories_last_published ON stories (last_published);

CREATE TABLE articles (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT COLLATE "C" NOT NULL UNIQUE,
  story TEXT COLLATE "C" NOT NULL REFERENCES stories (id),
  copy_of TEXT,
  derived_from TEXT,
  file TEXT NOT NULL,
  url TEXT,
  title TEXT,
  byline TEXT,
  published TEXT COLLATE "C",
  outlet TEXT COLLATE "C",
  distributor TEXT,
  language TEXT,
  credits TEXT NOT NULL,
  text TEXT NOT NULL,
  boilerplate TEXT NOT NULL,
  extras TEXT NOT NULL,
  tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
);
CREATE INDEX articles_story ON articles (story, published);
CREATE INDEX articles_tsv ON articles USING GIN (tsv);

CREATE TABLE claims (
  seq BIGSERIAL PRIMARY KEY,
  article TEXT COLLATE "C" NOT NULL REFERENCES articles (id),
  kind TEXT COLLATE "C" NOT NULL,
  idx INTEGER NOT NULL,
  story TEXT COLLATE "C" NOT NULL,
  published TEXT COLLATE "C",
  start_at INTEGER NOT NULL,
  end_at INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker TEXT,
  unit TEXT,
  sentence_text TEXT NOT NULL,
  status TEXT,
  data TEXT NOT NULL,
  tsv TSVECTOR GENERATED ALWAYS AS (
    to_tsvector('simple', text || ' ' || coalesce(speaker, '') || ' ' || coalesce(unit, '') || ' ' || sentence_text)
  ) STORED,
  UNIQUE (article, kind, idx)
);
CREATE INDEX claims_story ON claims (story);
CREATE INDEX claims_published ON claims (published);
CREATE INDEX claims_unit ON claims (unit);
CREATE INDEX claims_tsv ON claims USING GIN (tsv);

CREATE TABLE findings (
  story TEXT COLLATE "C" NOT NULL,
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
`,
  },
  {
    version: 2,
    name: 'indexes in the order the API lists stories and claims',
    sql: `
CREATE INDEX stories_newest ON stories (last_published DESC NULLS LAST, id);
CREATE INDEX claims_newest ON claims (published DESC NULLS LAST, article, kind, idx);
CREATE INDEX claims_unit_newest ON claims (unit, published DESC NULLS LAST, article, kind, idx);
DROP INDEX stories_last_published;
DROP INDEX claims_unit;
`,
  },
  {
    version: 3,
    name: 'leaner write path: no duplicate published index, full-text indexes without positions, filled per write',
    // claims_newest leads with published, so claims_published only cost writes. (The GIN indexes over tsvector
    // have no positions to drop: that half of the step is SQLite's.)
    sql: `
DROP INDEX claims_published;
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
  value BYTEA NOT NULL,
  PRIMARY KEY (key, part)
);
DELETE FROM state WHERE key IN ('copy-index', 'story-index', 'indexed-articles');
`,
  },
  {
    version: 5,
    name: 'no unit index: figures by unit are read newest first, as by kind and status',
    // See sqlite.ts: the unit index cost every figure a random index page per write.
    sql: `
DROP INDEX claims_unit_newest;
`,
  },
  {
    version: 6,
    name: 'claim statuses in their own table, clustered by story',
    sql: `
CREATE TABLE claim_status (
  story TEXT COLLATE "C" NOT NULL,
  seq BIGINT NOT NULL,
  status TEXT NOT NULL,
  PRIMARY KEY (story, seq)
);
INSERT INTO claim_status (story, seq, status) SELECT story, seq, status FROM claims WHERE status IS NOT NULL;
ALTER TABLE claims DROP COLUMN status;
`,
  },
  {
    version: 7,
    name: 'story summaries kept up to date from each write',
    // See sqlite.ts.
    sql: `
ALTER TABLE stories ADD COLUMN title_article TEXT COLLATE "C";
ALTER TABLE stories ADD COLUMN title_published TEXT COLLATE "C";
UPDATE stories SET title_article = (SELECT a.id FROM articles a WHERE a.story = stories.id AND a.title IS NOT NULL
  ORDER BY a.published IS NULL, a.published, a.id LIMIT 1);
UPDATE stories SET title_published = (SELECT a.published FROM articles a WHERE a.id = stories.title_article);

CREATE TABLE story_sources (
  story TEXT COLLATE "C" NOT NULL,
  source TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (story, source)
);
INSERT INTO story_sources (story, source)
  SELECT DISTINCT story, coalesce(outlet, id) FROM articles WHERE copy_of IS NULL AND derived_from IS NULL;

CREATE INDEX claims_story_spans ON claims (story, article, kind, start_at, end_at);
DROP INDEX claims_story;
`,
  },
  {
    version: 8,
    name: 'full-text indexes without column sizes',
    // SQLite's FTS5 drops its table of column sizes; the GIN indexes over tsvector keep none, so nothing changes here.
    sql: 'SELECT 1;',
  },
  {
    version: 9,
    name: 'full-text indexes merged sixteen segments at a time',
    // SQLite's FTS5 setting; PostgreSQL's GIN indexes have no such merge, so nothing changes here.
    sql: 'SELECT 1;',
  },
  {
    version: 10,
    name: 'claims found by story through their articles',
    // PostgreSQL keeps its index of claims by story: found through the articles instead, a story's claims took 34 ms
    // a read (a plan from statistics that lag a growing table), and 10k articles took 57 s to ingest instead of 36.
    sql: 'SELECT 1;',
  },
  {
    version: 11,
    name: "claims keyed by their article's row number",
    // As in SQLite: the unique key and the foreign key move from the article's id to its row number, which grows
    // with every write, so each write's claims go to the end of the index.
    sql: `
ALTER TABLE claims ADD COLUMN article_seq BIGINT;
UPDATE claims c SET article_seq = a.seq FROM articles a WHERE a.id = c.article;
ALTER TABLE claims ALTER COLUMN article_seq SET NOT NULL;
ALTER TABLE claims DROP CONSTRAINT claims_article_fkey;
ALTER TABLE claims DROP CONSTRAINT claims_article_kind_idx_key;
ALTER TABLE claims ADD CONSTRAINT claims_article_seq_fkey FOREIGN KEY (article_seq) REFERENCES articles (seq);
ALTER TABLE claims ADD CONSTRAINT claims_article_seq_kind_idx_key UNIQUE (article_seq, kind, idx);
`,
  },
  {
    version: 12,
    name: 'full-text indexes flushed once per write',
    // SQLite's FTS5 setting; PostgreSQL's GIN indexes have their own pending list, so nothing changes here.
    sql: 'SELECT 1;',
  },
  {
    version: 13,
    name: 'claims listed newest first through their articles',
    // PostgreSQL keeps its claims' index by date, which its planner uses for the ledger as it stands; SQLite reads
    // the ledger through an index of the articles by date instead (see its migration 13).
    sql: 'SELECT 1;',
  },
  {
    version: 14,
    name: 'search words written with each row',
    // The tsvector columns are no longer generated by to_tsvector: the store writes each row's words itself
    // (`searchVector`), split as queries are. to_tsvector split some text otherwise than queries, and failed a whole
    // write over an article of more than 1 MB of distinct words. Rows stored before keep the words it gave them.
    // Article texts, their extras and words are compressed with lz4 where the server has it (three times faster
    // than the default pglz); elsewhere they stay as they are.
    sql: `
ALTER TABLE articles ALTER COLUMN tsv DROP EXPRESSION;
ALTER TABLE claims ALTER COLUMN tsv DROP EXPRESSION;
DO $$
BEGIN
  ALTER TABLE articles
    ALTER COLUMN text SET COMPRESSION lz4, ALTER COLUMN extras SET COMPRESSION lz4, ALTER COLUMN tsv SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR syntax_error THEN
  NULL;
END
$$;
`,
  },
];
