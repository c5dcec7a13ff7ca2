import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPostgresUrl, openStore, resolveDbSpec } from './open-store.js';
import { redactUrl } from './postgres/open-postgres-store.js';

describe('choosing the store', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('takes --db first, then CORROBORATE_DB, then ./corroborate.db', () => {
    vi.stubEnv('CORROBORATE_DB', 'postgres://db.example/news');
    expect(resolveDbSpec('local.db')).toBe('local.db');
    expect(resolveDbSpec()).toBe('postgres://db.example/news');
    vi.stubEnv('CORROBORATE_DB', '');
    expect(resolveDbSpec()).toBe('./corroborate.db');
  });

  it('treats postgres:// and postgresql:// URLs as PostgreSQL and anything else as a SQLite path', () => {
    expect(isPostgresUrl('postgres://u@h/db')).toBe(true);
    expect(isPostgresUrl('POSTGRESQL://u@h/db')).toBe(true);
    expect(isPostgresUrl('./postgres.db')).toBe(false);
  });

  it('hides the password of a PostgreSQL URL in messages', () => {
    expect(redactUrl('postgres://reader:s3cret@db.example:5432/news')).toBe(
      'postgres://reader:***@db.example:5432/news',
    );
    expect(redactUrl('not a url')).not.toContain('not a url');
  });

  it('refuses to create a missing SQLite file when asked to open an existing one', async () => {
    await expect(openStore('/nonexistent-dir/none.db', { mustExist: true })).rejects.toThrow(/no database at/);
  });
});
