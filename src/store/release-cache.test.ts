import { describe, expect, it } from 'vitest';
import { sqliteMigrations } from './migrations/sqlite.js';
import { SqlStore } from './sql-store.js';
import { openSqliteDriver } from './sqlite/sqlite-driver.js';

describe('the cache after a write', () => {
  it('is let go after saved index state, and kept after other writes', async () => {
    const driver = openSqliteDriver(':memory:');
    let released = 0;
    const store = new SqlStore({ ...driver, releaseCache: () => released++ }, 'sqlite', ':memory:', sqliteMigrations);
    await store.migrate();
    await store.write({ articles: [], state: { 'some-key': 'value' } });
    expect(released).toBe(0);
    await store.write({ articles: [], stateParts: { 'copy-index': [new Uint8Array([1, 2, 3])] } });
    expect(released).toBe(1);
    expect((await store.getStateParts('copy-index'))?.map((part) => [...part])).toEqual([[1, 2, 3]]);
    await store.close();
  });
});
