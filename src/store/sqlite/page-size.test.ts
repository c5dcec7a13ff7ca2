import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readSqliteFile } from '../../../test/support/sqlite-file.js';
import { useTempDir } from '../../../test/support/temp-dir.js';
import { openSqliteStore } from './open-sqlite-store.js';

const pageSize = (path: string): number =>
  readSqliteFile(path, (db) => db.pragma('page_size', { simple: true }) as number);

describe('the page size of a SQLite store', () => {
  const dir = useTempDir('pages');

  it('is 8 kB for a new file', async () => {
    const path = dir.file('new.db');
    await (await openSqliteStore(path)).close();
    expect(pageSize(path)).toBe(8192);
  });

  it('stays what it was for an existing file, whose data stays readable', async () => {
    const path = dir.file('old.db');
    const old = new Database(path);
    old.pragma('page_size = 4096');
    old.exec("CREATE TABLE kept (value TEXT); INSERT INTO kept VALUES ('still here');");
    old.close();
    await (await openSqliteStore(path)).close();
    expect(pageSize(path)).toBe(4096);
    expect(readSqliteFile(path, (db) => db.prepare('SELECT value FROM kept').pluck().get())).toBe('still here');
  });
});
