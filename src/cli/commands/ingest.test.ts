/** The ingest and stories commands end to end: real readers and stages, a SQLite file, captured output. */
import { writeFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/run-cli.js';
import { useTempDir } from '../../../test/support/temp-dir.js';
import { openSqliteStore } from '../../store/sqlite/open-sqlite-store.js';
import { formatEta } from './ingest.js';

const reports = [
  {
    id: 'dam-1',
    title: 'Reservoir dam inspection finds cracks',
    outlet: 'Hill Gazette',
    published: '2025-06-10',
    text: 'Engineers inspecting the Lowmere reservoir dam found cracks in its spillway on Monday. "The dam is safe for now, but repairs cannot wait," said chief engineer Petra Lund. Repairs will cost 3 million euros, the water board said.',
  },
  {
    id: 'dam-2',
    title: 'Lowmere dam needs urgent repairs',
    outlet: 'River Courier',
    published: '2025-06-11',
    text: 'Cracks were found in the spillway of the Lowmere reservoir dam during an inspection on Monday. Chief engineer Petra Lund said the dam was safe for now. The water board put the cost of repairs at 3 million euros.',
  },
];

const run = runCli;

describe('ingest and stories commands', () => {
  const dir = useTempDir('cli');
  let db: string;
  let input: string;

  beforeEach(() => {
    db = dir.file('cli.db');
    input = dir.file('reports.jsonl');
    const lines = [
      ...reports.map((r) => JSON.stringify(r)),
      '{"id": "broken"',
      JSON.stringify({ id: 'empty', text: ' ' }),
    ];
    writeFileSync(input, `${lines.join('\n')}\n`);
  });

  it('ingests a file, summarises read, stored, duplicates and rejected with reasons, and stores nothing twice', async () => {
    const first = await run(['ingest', input, '--db', db]);
    expect(first.err).toContain('read 4, stored 2, duplicates 0, rejected 2');
    expect(first.err).toMatch(/skipped .*reports\.jsonl:3: malformed JSON/);
    expect(first.code).toBe(2);

    const second = await run(['ingest', input, '--db', db]);
    expect(second.err).toContain('read 4, stored 0, duplicates 2, rejected 2');

    const store = await openSqliteStore(db);
    expect((await store.counts()).articles).toBe(2);
    await store.close();
  });

  it('lists stories as text and as JSON', async () => {
    await run(['ingest', input, '--db', db]);
    const text = await run(['stories', '--db', db]);
    expect(text.out).toMatch(/2025-06-10\.\.2025-06-11 {2}2 articles, 2 sources/);
    const json = await run(['stories', '--db', db, '--json']);
    const page = JSON.parse(json.out);
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ articles: 2, sources: 2, firstPublished: '2025-06-10' });
  });

  it('says there is no database rather than creating an empty one', async () => {
    await expect(run(['stories', '--db', dir.file('missing.db')])).rejects.toThrow(/no database at .*missing\.db/);
  });

  it('ingests the same with worker threads as without', async () => {
    const parallel = await run(['ingest', input, '--db', db, '--workers', '1']);
    expect(parallel.err).toContain('read 4, stored 2, duplicates 0, rejected 2');
    const store = await openSqliteStore(db);
    expect((await store.counts()).articles).toBe(2);
    await store.close();
  });

  it('refuses a bad --workers with a clear message', async () => {
    await expect(run(['ingest', input, '--db', db, '--workers', 'lots'])).rejects.toThrow(/--workers must be auto/);
  });

  it('refuses a --doc-time-limit or --story-time-limit that is not a positive number of seconds', async () => {
    await expect(run(['ingest', input, '--db', db, '--doc-time-limit', '0'])).rejects.toThrow(
      /--doc-time-limit must be a positive number of seconds/,
    );
    await expect(run(['ingest', input, '--db', db, '--story-time-limit', 'soon'])).rejects.toThrow(
      /--story-time-limit must be a positive number of seconds, not "soon"/,
    );
  });

  it('refuses a --batch-size or --findings-every that is not a positive whole number', async () => {
    await expect(run(['ingest', input, '--db', db, '--batch-size', '0'])).rejects.toThrow(
      /--batch-size must be a positive whole number, not "0"/,
    );
    await expect(run(['ingest', input, '--db', db, '--findings-every', '2.5'])).rejects.toThrow(
      /--findings-every must be a positive whole number, not "2.5"/,
    );
  });

  it('ingests as usual with a --story-time-limit the stories stay within', async () => {
    const out = await run(['ingest', input, '--db', db, '--workers', '1', '--story-time-limit', '60']);
    expect(out.err).toContain('read 4, stored 2, duplicates 0, rejected 2');
  });

  it('refuses a bad --limit with a clear message', async () => {
    await expect(run(['stories', '--db', db, '--limit', 'many'])).rejects.toThrow(/--limit must be a whole number/);
  });
});

describe('progress ETA', () => {
  it('shows the time left in hours, minutes or seconds', () => {
    expect(formatEta(42.4)).toBe('42s');
    expect(formatEta(185)).toBe('3m05s');
    expect(formatEta(3720)).toBe('1h02m');
  });
});
