/**
 * Load test of the API: autocannon against `GET /api/stories/:id` on 127.0.0.1 for a bounded time, over the demo
 * corpus in a fresh SQLite file. Target: at least 1,000 requests a second with no errors.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestDemoCorpus } from '../../src/server/demo-corpus.js';
import { startServer } from '../../src/server/listen.js';
import { openStore } from '../../src/store/index.js';
import type { BenchSection, BenchTable } from '../table.js';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  workers?: number;
}) => Promise<AutocannonResult>;

const require = createRequire(import.meta.url);
const autocannon = require('autocannon') as Autocannon;

/** Enough connections to keep the server busy; more only adds queueing on a 2-core machine. */
const CONNECTIONS = 10;
const DURATION_S = 10;
const QUICK_DURATION_S = 3;
const UNCACHED_DURATION_S = 3;
export const TARGET_RPS = 1000;

const api: BenchSection = async ({ quick }) => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-api-'));
  const store = await openStore(join(dir, 'bench.db'));
  try {
    await ingestDemoCorpus(store);
    const stories = await store.listStories({ limit: 1000 });
    // The story with the most articles: the heaviest page of the demo.
    const story = [...stories.items].sort((a, b) => b.articles - a.articles || a.id.localeCompare(b.id))[0];
    if (!story) throw new Error('bench api: the demo corpus produced no story');
    const detail = await store.getStory(story.id);
    const duration = quick ? QUICK_DURATION_S : DURATION_S;
    const rows: BenchTable['rows'] = [];
    let bytes = 0;
    let errorsAtTarget = 0;
    let rpsAtTarget = 0;
    // The served configuration first, then without the response cache (every request reads the store) for a shorter
    // run: the gap is what the cache buys, and what a faster store read would.
    for (const [label, cacheTtlMs, seconds] of [
      ['cached (served)', undefined, duration],
      ['uncached', 0, UNCACHED_DURATION_S],
    ] as const) {
      const server = await startServer({ store, port: 0, host: '127.0.0.1', cacheTtlMs });
      try {
        const url = `${server.url}/api/stories/${encodeURIComponent(story.id)}`;
        bytes = (await fetch(url).then((response) => response.text())).length;
        // The load generator runs in a worker thread so it does not share the server's event loop.
        const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, workers: 1 });
        const errors = result.errors + result.timeouts + result.non2xx;
        if (cacheTtlMs === undefined) {
          errorsAtTarget = errors;
          rpsAtTarget = result.requests.average;
        }
        rows.push([
          label,
          seconds,
          result.requests.average,
          result.requests.total,
          result.latency.p50,
          result.latency.p99,
          errors,
        ]);
      } finally {
        await server.close();
      }
    }
    return [
      {
        title: `API load: GET /api/stories/:id (${story.articles} articles, ${detail?.findings.length ?? 0} findings, ${bytes.toLocaleString('en-US')} bytes), ${CONNECTIONS} connections`,
        columns: ['responses', 'seconds', 'requests/s', 'total', 'p50 ms', 'p99 ms', 'errors'],
        rows,
        notes: [
          rpsAtTarget >= TARGET_RPS && errorsAtTarget === 0
            ? `meets the target (${TARGET_RPS} req/s, no errors)`
            : `BELOW TARGET (${TARGET_RPS} req/s, no errors)`,
        ],
      },
    ];
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

export default api;
