/**
 * Store writes: articles per second into SQLite (and PostgreSQL when CORROBORATE_TEST_PG is set) in batched
 * transactions of 200, each article with its quotes, figures and copy link, and each story's findings replaced
 * as the pipeline does. Then the latency of the API's queries on the filled store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Finding } from '../../src/records/finding.js';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { type FixtureRecord, makeRecord } from '../../src/store/store-fixtures.js';
import type { Store } from '../../src/store/types.js';
import { type BenchSection, type BenchTable, median } from '../table.js';

const BATCH = 200;
const ARTICLES_PER_STORY = 5;
const VOCABULARY = 5000;
const SYLLABLES = 'ka lo mi ne ru sa te vo bi da fe gu ha ji ko li'.split(' ');

/** Pseudo-words: word i is spelled from its base-16 digits, so rank and spelling are fixed. */
function word(rank: number): string {
  let out = '';
  let n = rank + 16;
  while (n > 0) {
    out += SYLLABLES[n % 16];
    n = Math.floor(n / 16);
  }
  return out;
}

const WORDS = Array.from({ length: VOCABULARY }, (_, rank) => word(rank));
/** Cumulative Zipf weights (frequency ~ 1/rank), as in natural text: a few words everywhere, most words rare. */
const ZIPF = (() => {
  const cumulative = new Float64Array(VOCABULARY);
  let sum = 0;
  for (let i = 0; i < VOCABULARY; i++) {
    sum += 1 / (i + 1);
    cumulative[i] = sum;
  }
  return cumulative.map((value) => value / sum);
})();

function zipfWord(random: () => number): string {
  const target = random();
  let lo = 0;
  let hi = VOCABULARY - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ZIPF[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return WORDS[lo];
}

/** Search words found in about a third and about one in forty of the articles. */
const COMMON_QUERY = WORDS[50];
const RARE_QUERY = WORDS[800];

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A news-sized article (about 2,000 characters) with 2 quotes and 3 figures. */
function syntheticRecord(n: number, random: () => number): FixtureRecord {
  const sentence = () => `${Array.from({ length: 14 }, () => zipfWord(random)).join(' ')}.`;
  const quotes = [0, 1].map((q) => `We will act on item ${n}-${q} now`);
  const figures = [0, 1, 2].map((f) => `${(n % 97) + f + 1} million dollars`);
  const parts: string[] = [];
  for (let i = 0; i < 12; i++) parts.push(sentence());
  parts.splice(3, 0, `"${quotes[0]}," said Official ${n % 50}.`);
  parts.splice(7, 0, `"${quotes[1]}," said Minister ${n % 30}.`);
  for (const [i, figure] of figures.entries()) parts.splice(2 + i * 4, 0, `The plan costs ${figure}.`);
  const day = 1 + (Math.floor(n / 500) % 28);
  return makeRecord({
    id: `bench-${n}`,
    story: `story-${Math.floor(n / ARTICLES_PER_STORY)}`,
    outlet: `Outlet ${n % 40}`,
    published: `2025-03-${String(day).padStart(2, '0')}T${String(n % 24).padStart(2, '0')}:00:00Z`,
    title: `Council ${n % 100} report ${n}`,
    text: parts.join(' '),
    copyOf: n % 10 === 9 ? `bench-${n - 1}` : null,
    quotes: quotes.map((text, i) => ({ text, speaker: i ? `Minister ${n % 30}` : `Official ${n % 50}` })),
    figures: figures.map((text, i) => ({ text, value: ((n % 97) + i + 1) * 1e6, unit: 'USD', kind: 'money' as const })),
  });
}

function findingsFor(records: FixtureRecord[]): Finding[] {
  const figures = records.flatMap((r) => r.claims.figures.slice(0, 1));
  return [
    {
      story: records[0].story,
      kind: 'figure',
      status: new Set(figures.map((f) => f.value)).size > 1 ? 'conflict' : 'corroborated',
      summary: 'plan cost',
      sources: records.length,
      claims: figures.map((f) => ({ article: f.article, text: f.text, start: f.start, end: f.end })),
    },
  ];
}

async function fill(store: Store, count: number): Promise<number> {
  const random = seeded(7);
  const started = performance.now();
  for (let from = 0; from < count; from += BATCH) {
    const records: FixtureRecord[] = [];
    for (let n = from; n < Math.min(count, from + BATCH); n++) records.push(syntheticRecord(n, random));
    const byStory = new Map<string, FixtureRecord[]>();
    for (const r of records) byStory.set(r.story, [...(byStory.get(r.story) ?? []), r]);
    const findings = [...byStory].map(([story, rs]) => ({ story, findings: findingsFor(rs) }));
    await store.write({ articles: records, findings, state: { bench: String(from) } });
  }
  return (performance.now() - started) / 1000;
}

async function timeQuery(run: () => Promise<unknown>, times = 20): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

interface Target {
  name: string;
  open(): Promise<{ store: Store; cleanup: () => Promise<void> }>;
}

function targets(): Target[] {
  const list: Target[] = [
    {
      name: 'SQLite',
      async open() {
        const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
        const store = await openSqliteStore(join(dir, 'bench.db'));
        return { store, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
      },
    },
  ];
  const url = process.env.CORROBORATE_TEST_PG;
  if (url) {
    list.push({
      name: 'PostgreSQL',
      async open() {
        const schema = `bench_${process.pid}`;
        const store = await openPostgresStore(url, { schema });
        return {
          store,
          cleanup: async () => {
            const client = new pg.Client({ connectionString: url });
            await client.connect();
            await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
            await client.end();
          },
        };
      },
    });
  }
  return list;
}

const storeSection: BenchSection = async ({ quick }) => {
  const count = quick ? 10_000 : 100_000;
  const writes: BenchTable = {
    title: `Store: batched writes (${BATCH} articles per transaction, ~2 kB text, 2 quotes + 3 figures each)`,
    columns: ['backend', 'articles', 'seconds', 'articles/s'],
    rows: [],
    notes: process.env.CORROBORATE_TEST_PG
      ? []
      : ['PostgreSQL not measured: set CORROBORATE_TEST_PG to a postgres:// URL'],
  };
  const queries: BenchTable = {
    title: `Store: query latency on ${count.toLocaleString('en-US')} articles (median of 20, ms; Zipf-distributed words)`,
    columns: [
      'backend',
      'list stories',
      'list, common word',
      'list, rare word',
      'get story',
      'get article',
      'ledger, unit',
      'ledger, speaker word',
    ],
    rows: [],
  };
  for (const target of targets()) {
    const { store, cleanup } = await target.open();
    try {
      const seconds = await fill(store, count);
      writes.rows.push([target.name, count, seconds, count / seconds]);
      queries.rows.push([
        target.name,
        await timeQuery(() => store.listStories()),
        await timeQuery(() => store.listStories({ q: COMMON_QUERY })),
        await timeQuery(() => store.listStories({ q: RARE_QUERY })),
        await timeQuery(() => store.getStory('story-42')),
        await timeQuery(() => store.getArticle('bench-4242')),
        await timeQuery(() => store.searchClaims({ kind: 'figure', unit: 'USD' })),
        await timeQuery(() => store.searchClaims({ q: 'minister' })),
      ]);
    } finally {
      await store.close();
      await cleanup();
    }
  }
  return [writes, queries];
};

export default storeSection;
