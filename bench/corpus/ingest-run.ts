/**
 * One measured ingest, run in its own process so peak memory (RSS) belongs to it alone:
 * `tsx bench/corpus/ingest-run.ts INPUT DB WORKERS FINDINGS_EVERY [pg-schema]` prints one JSON line of timings.
 * Stage times are wall time per article inside each stage; latency is from an item being read to its batch
 * being stored.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import type { IngestStages } from '../../src/pipeline/ingest-stages.js';
import type { ReadItem } from '../../src/readers/index.js';
import type { Store } from '../../src/store/types.js';

const [input, db, workersArg, findingsArg, schema] = process.argv.slice(2);

/**
 * The compiled build in dist/ when present (what the `corroborate` command runs; its worker threads then load JS,
 * not TypeScript through tsx, which costs each worker seconds at start), else the source.
 */
const root = new URL(
  existsSync(new URL('../../dist/pipeline/ingest.js', import.meta.url)) ? '../../dist/' : '../../src/',
  import.meta.url,
);
const load = <T>(path: string): Promise<T> => import(new URL(path, root).href) as Promise<T>;
const { ingest } = await load<typeof import('../../src/pipeline/ingest.js')>('pipeline/ingest.js');
const { defaultStages } = await load<typeof import('../../src/pipeline/ingest-default-stages.js')>(
  'pipeline/ingest-default-stages.js',
);
const { readSources } = await load<typeof import('../../src/readers/index.js')>('readers/index.js');
const { openPostgresStore } = await load<typeof import('../../src/store/postgres/open-postgres-store.js')>(
  'store/postgres/open-postgres-store.js',
);
const { openSqliteStore } = await load<typeof import('../../src/store/sqlite/open-sqlite-store.js')>(
  'store/sqlite/open-sqlite-store.js',
);
const workers = Number(workersArg ?? '0');
const findingsEvery = Number(findingsArg ?? '200');

type StageName = 'read' | 'normalise' | 'claims' | 'copies' | 'stories' | 'reconcile';
const times: Record<StageName, number[]> = {
  read: [],
  normalise: [],
  claims: [],
  copies: [],
  stories: [],
  reconcile: [],
};

function timed<A extends unknown[], R>(name: StageName, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    const start = performance.now();
    try {
      return fn(...args);
    } finally {
      times[name].push(performance.now() - start);
    }
  };
}

const stages: IngestStages = {
  ...defaultStages,
  normalise: timed('normalise', defaultStages.normalise),
  extractClaims: timed('claims', defaultStages.extractClaims),
  openCopies(saved) {
    const stage = defaultStages.openCopies(saved);
    return { add: timed('copies', stage.add), save: stage.save };
  },
  openStories(saved) {
    const stage = defaultStages.openStories(saved);
    return { add: timed('stories', stage.add), save: stage.save };
  },
  reconcile: timed('reconcile', defaultStages.reconcile),
};

const readAt: number[] = [];
let storedSeen = 0;
const latencies: number[] = [];
/** (ms since start, articles stored) after each batch: the rate early and late shows whether cost stays flat. */
const progress: Array<[number, number]> = [];

/** When the input ran out (ms since start): what follows is the end of the run (the last reconciles, the save). */
let inputDoneMs = 0;

async function* timedRead(items: AsyncIterable<ReadItem>): AsyncGenerator<ReadItem> {
  const iterator = items[Symbol.asyncIterator]();
  for (;;) {
    const start = performance.now();
    const next = await iterator.next();
    times.read.push(performance.now() - start);
    if (next.done) {
      inputDoneMs = performance.now() - started;
      return;
    }
    readAt.push(performance.now());
    yield next.value;
  }
}

/**
 * With CORROBORATE_BENCH_PROGRESS=N, a line on stderr every N articles stored: long runs show their pace, and the
 * CPU each interval's articles cost. The wall rate alone does not show whether the cost per article stays flat: it
 * also falls when the machine slows down, or when reads wait on the disk.
 */
const progressEvery = Number(process.env.CORROBORATE_BENCH_PROGRESS ?? 0);
let nextReport = progressEvery;
/**
 * Per progress interval: articles stored by its end, its wall seconds, its CPU seconds (all threads), the kernel's
 * share of them, the megabytes the process read from the disk (reads that missed the page cache; null where
 * `/proc/self/io` is missing), and each thread's CPU seconds, in the order of the run's `threadCpuS` (empty where
 * `/proc/self/task` is missing): which thread a rising cost comes from.
 */
const intervals: Array<{
  stored: number;
  wallS: number;
  cpuS: number;
  systemS: number;
  diskReadMb: number | null;
  threadCpuS: number[];
}> = [];
const processCpu = (): { cpuS: number; systemS: number } => {
  const { user, system } = process.cpuUsage();
  return { cpuS: (user + system) / 1e6, systemS: system / 1e6 };
};
function diskReadMb(): number | null {
  try {
    const line = /^read_bytes: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'));
    return line ? Number(line[1]) / 1e6 : null;
  } catch {
    return null;
  }
}
const minus = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a - b);

let peakRss = 0;
/**
 * CPU seconds of each thread of this process, last seen (Linux only; none elsewhere): whether both cores were used,
 * and by which threads. Read every second, since worker threads have ended by the time the run returns.
 */
const threadCpu = new Map<string, number>();
/**
 * Each thread's CPU seconds since `before` (by thread id; a thread started since counts from zero), in the order the
 * threads were started (thread ids rise), leaving out those that used under half a second in all.
 */
function threadCpuSince(before = new Map<string, number>()): number[] {
  return [...threadCpu]
    .sort(([a], [b]) => Number(a) - Number(b))
    .filter(([, cpu]) => cpu >= 0.5)
    .map(([tid, cpu]) => cpu - (before.get(tid) ?? 0));
}
function sampleThreads(): void {
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      threadCpu.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
    }
  } catch {
    // Not Linux, or a thread ended while being read: the next sample has the others.
  }
}
let ticks = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (++ticks % 10 === 0) sampleThreads();
}, 100);

let store: Store;
if (schema) store = await openPostgresStore(db, { schema });
else store = await openSqliteStore(db);
const started = performance.now();
let lastReport = { at: started, stored: 0, diskReadMb: diskReadMb(), threads: new Map(threadCpu), ...processCpu() };
const summary = await ingest(store, timedRead(readSources([input])), {
  stages,
  ...(workers > 0 ? { workers } : {}),
  findingsEvery,
  // Articles per transaction, for trying other sizes (default: the CLI's).
  ...(process.env.CORROBORATE_BENCH_BATCH ? { batchSize: Number(process.env.CORROBORATE_BENCH_BATCH) } : {}),
  // As the CLI does.
  collectGarbage: process.env.CORROBORATE_BENCH_NO_GC === undefined,
  onProgress(s) {
    const now = performance.now();
    const done = s.stored + s.duplicates + s.rejected;
    while (storedSeen < done && storedSeen < readAt.length) latencies.push(now - readAt[storedSeen++]);
    if (s.stored > (progress.at(-1)?.[1] ?? 0)) progress.push([now - started, s.stored]);
    if (progressEvery > 0 && s.stored >= nextReport) {
      nextReport += progressEvery;
      const rss = Math.round(process.memoryUsage().rss / 1e6);
      const cpu = processCpu();
      const read = diskReadMb();
      sampleThreads();
      const interval = {
        stored: s.stored,
        wallS: (now - lastReport.at) / 1000,
        cpuS: cpu.cpuS - lastReport.cpuS,
        systemS: cpu.systemS - lastReport.systemS,
        diskReadMb: minus(read, lastReport.diskReadMb),
        threadCpuS: threadCpuSince(lastReport.threads),
      };
      const articles = s.stored - lastReport.stored;
      intervals.push(interval);
      lastReport = { at: now, stored: s.stored, diskReadMb: read, threads: new Map(threadCpu), ...cpu };
      process.stderr.write(
        `${s.stored} stored, ${Math.round(s.stored / ((now - started) / 1000))}/s, RSS ${rss} MB; last ${articles}: ` +
          `${Math.round(articles / interval.wallS)}/s, ${((interval.cpuS * 1000) / articles).toFixed(2)} CPU ms/article ` +
          `on ${(interval.cpuS / interval.wallS).toFixed(2)} cores, ${Math.round((100 * interval.systemS) / interval.cpuS)}% system` +
          (interval.diskReadMb === null ? '' : `, ${Math.round(interval.diskReadMb)} MB read from disk`) +
          `; threads' CPU s ${interval.threadCpuS.map((cpu) => cpu.toFixed(0)).join(' ')}\n`,
      );
    }
  },
});
const wall = performance.now() - started;
await store.close();
if (schema) {
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
}
clearInterval(sampler);
sampleThreads();
const used = process.cpuUsage();
/** CPU seconds of the whole process, every thread's (ended ones too). */
const cpuS = (used.user + used.system) / 1e6;
// In the order the threads were started (thread ids rise): the main thread, V8's and libuv's helpers, then the
// workers in the order ingest starts them (prepare, reconcile, then the store writer).
const threadCpuS = threadCpuSince();
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
process.stdout.write(
  `${JSON.stringify({ wall, inputDoneMs, stored: summary.stored, read: summary.read, rejected: summary.rejected, times, latencies, progress, intervals, peakRss, cpuS, threadCpuS })}\n`,
);
