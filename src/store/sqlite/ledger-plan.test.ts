/**
 * The claims ledger newest first reads a SQLite store through the articles' index by date and each article's claims
 * by their unique index: no claims' index by date to keep up at every write, and no sort of every claim to read.
 */
import { describe, expect, it } from 'vitest';
import { readSqliteFile } from '../../../test/support/sqlite-file.js';
import { useTempDir } from '../../../test/support/temp-dir.js';
import { openSqliteStore } from './open-sqlite-store.js';
import { sqliteDialect } from './sqlite-driver.js';

const plan = (path: string, sql: string): string[] =>
  readSqliteFile(path, (db) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((row) => row.detail),
  );

describe('the claims ledger on SQLite', () => {
  const dir = useTempDir('ledger-plan');

  it('reads newest first through articles_newest, sorting only the claims of one article at a time', async () => {
    const path = dir.file('ledger.db');
    await (await openSqliteStore(path)).close();
    const { newestFirst, published, order } = sqliteDialect.ledger;
    for (const where of ['', "WHERE c.kind = 'quote'", `WHERE ${published} >= '2025-01-01'`]) {
      const steps = plan(path, `SELECT c.data FROM ${newestFirst} ${where} ORDER BY ${order} LIMIT 50`);
      expect(steps[0]).toMatch(/^(SCAN|SEARCH) a USING (COVERING )?INDEX articles_newest/);
      expect(steps.join('\n')).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    }
  });

  it('keeps no index of the claims by date', async () => {
    const path = dir.file('indexes.db');
    await (await openSqliteStore(path)).close();
    const indexes = readSqliteFile(path, (db) =>
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'claims'").pluck().all(),
    );
    expect(indexes).not.toContain('claims_newest');
  });
});
