import Database from 'better-sqlite3';

/** What `read` gets from a read-only connection to the SQLite file at `path`, which is closed after. */
export function readSqliteFile<T>(path: string, read: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}
