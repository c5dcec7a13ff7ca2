/**
 * End to end: a realistic synthetic corpus (bench/corpus/news-corpus.ts) ingested into SQLite (and PostgreSQL
 * when CORROBORATE_TEST_PG is set) from JSONL text and from WARC pages, one measured process per run, on the
 * main thread alone and with the worker pool. Prints articles/s, latency from read to stored (median, p99),
 * peak RSS, the rate over the first and last quarter (flat cost means they match), and per-stage costs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_FINDINGS_EVERY } from '../../src/cli/commands/ingest.js';
import { NODE_FLAGS } from '../../src/cli/node-flags.js';
import { DEFAULT_BATCH_SIZE } from '../../src/pipeline/ingest.js';
import { writeJsonlCorpus, writeWarcCorpus } from '../corpus/news-corpus.js';
import { type BenchSection, type BenchTable, median, percentile } from '../table.js';

const here = dirname(fileURLToPath(import.meta.url));
const RUNNER = join(here, '..', 'corpus', 'ingest-run.ts');
const ROOT = join(here, '..', '..');

/**
 * Compiles src/ to dist/ so the runs measure what the `corroborate` command runs (worker threads loading JS
 * rather than compiling TypeScript at start). Returns false if it cannot, and the runs use the source.
 */
function buildDist(): boolean {
  try {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
      {
        cwd: ROOT,
        stdio: 'ignore',
      },
    );
    return true;
  } catch {
    return existsSync(join(ROOT, 'dist', 'pipeline', 'ingest.js'));
  }
}
/** A size is skipped when the previous size's rate says it would take longer than this. */
const BUDGET_S = { quick: 150, full: 400 };

interface RunResult {
  wall: number;
  stored: number;
  read: number;
  rejected: number;
  times: Record<string, number[]>;
  latencies: number[];
  progress: Array<[number, number]>;
  peakRss: number;
  /** CPU seconds of the process, all threads. */
  cpuS: number;
}

function run(input: string, db: string, workers: number, findingsEvery: number, schema?: string): RunResult {
  const args = [
    ...NODE_FLAGS,
    '--import',
    'tsx',
    RUNNER,
    input,
    db,
    String(workers),
    String(findingsEvery),
    ...(schema ? [schema] : []),
  ];
  const out = execFileSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as RunResult;
}

/** Articles per second over the first and the last quarter of the stored articles. */
function quarterRates(progress: Array<[number, number]>): [number, number] {
  const total = progress.at(-1)?.[1] ?? 0;
  const at = (share: number) => progress.find(([, n]) => n >= total * share) ?? [0, 0];
  const [t1, n1] = at(0.25);
  const [t3, n3] = at(0.75);
  const [tEnd, nEnd] = progress.at(-1) ?? [0, 0];
  return [n1 / Math.max(1e-3, t1 / 1000), (nEnd - n3) / Math.max(1e-3, (tEnd - t3) / 1000)];
}

const endToEnd: BenchSection = async ({ quick, sizes: chosen }) => {
  const sizes = chosen?.length ? chosen : quick ? [1_000, 3_000] : [10_000, 100_000, 1_000_000];
  const budget = quick ? BUDGET_S.quick : BUDGET_S.full;
  const parallel = Math.max(1, availableParallelism() - 1);
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-e2e-'));
  const pgUrl = process.env.CORROBORATE_TEST_PG;
  const compiled = buildDist();
  const main: BenchTable = {
    title: `End to end: ingest a synthetic news corpus (${availableParallelism()} cores)`,
    columns: [
      'articles',
      'input',
      'store',
      'workers',
      'articles/s',
      'latency p50 ms',
      'latency p99 ms',
      'peak RSS MB',
      'CPU ms/article',
      'cores used',
      'first 1/4 /s',
      'last 1/4 /s',
      'wall s',
    ],
    rows: [],
    notes: [
      `Latency: from an item being read to its batch (${DEFAULT_BATCH_SIZE.toLocaleString('en')} articles) being stored.`,
      `workers 0: all on the main thread, findings every batch (the library default); workers ${parallel}: the CLI defaults`,
      `(prepare workers, reconcile workers and, for SQLite, a writer thread; findings every ${CLI_FINDINGS_EVERY} articles).`,
      "CPU ms/article: all threads of the run; cores used: CPU seconds per wall second (at most the machine's cores).",
      'Targets (issue 8): JSONL into SQLite >= 1,000 articles/s, peak RSS < 2 GB, flat cost; WARC >= 200 pages/s.',
      compiled
        ? `Runs the compiled build (dist/) with node ${NODE_FLAGS.join(' ')}, as the corroborate command does.`
        : 'Runs the TypeScript source (no build).',
    ],
  };
  const stagesTable: BenchTable = {
    title: 'End to end, per stage (JSONL into SQLite, main thread only): wall time inside each stage',
    columns: ['articles', 'stage', 'total s', 'articles/s', 'p50 ms', 'p99 ms'],
    rows: [],
    notes: ['reconcile is per story recomputed (once per touched story per batch); write = wall minus the stages.'],
  };
  let lastRate = Number.POSITIVE_INFINITY;
  try {
    for (const size of sizes) {
      if (size / lastRate > budget) {
        main.notes?.push(
          `${size.toLocaleString('en-US')} articles skipped: at ${Math.round(lastRate)}/s it would take over ${budget} s.`,
        );
        break;
      }
      const jsonl = join(dir, `corpus-${size}.jsonl`);
      const warc = join(dir, `corpus-${size}.warc`);
      await writeJsonlCorpus(jsonl, size);
      const inputs: Array<[string, string]> = [['JSONL', jsonl]];
      if (size <= 100_000) {
        await writeWarcCorpus(warc, size);
        inputs.push(['WARC', warc]);
      }
      const stores: Array<[string, (n: number) => [string, string | undefined]]> = [
        ['SQLite', (n) => [join(dir, `run-${size}-${n}.db`), undefined]],
      ];
      if (pgUrl) stores.push(['PostgreSQL', (n) => [pgUrl, `bench_e2e_${process.pid}_${n}`]]);
      let runs = 0;
      for (const [inputName, input] of inputs) {
        for (const [storeName, target] of stores) {
          for (const workers of [0, parallel]) {
            // The slow main-thread-only baseline is measured on JSONL into SQLite only, to keep the bench short.
            if (workers === 0 && (inputName !== 'JSONL' || storeName !== 'SQLite')) continue;
            const [db, schema] = target(runs++);
            const result = run(input, db, workers, workers === 0 ? DEFAULT_BATCH_SIZE : CLI_FINDINGS_EVERY, schema);
            if (!schema && existsSync(db)) rmSync(db, { force: true });
            const rate = result.stored / (result.wall / 1000);
            if (inputName === 'JSONL' && storeName === 'SQLite')
              lastRate = Math.max(lastRate === Number.POSITIVE_INFINITY ? 0 : lastRate, rate);
            const [first, last] = quarterRates(result.progress);
            main.rows.push([
              size,
              `${inputName} ${Math.round(statSync(input).size / 1e6)} MB`,
              storeName,
              workers,
              Math.round(rate),
              Math.round(median(result.latencies)),
              Math.round(percentile(result.latencies, 99)),
              Math.round(result.peakRss / 1e6),
              Math.round((result.cpuS * 1000 * 100) / result.stored) / 100,
              Math.round((result.cpuS / (result.wall / 1000)) * 100) / 100,
              Math.round(first),
              Math.round(last),
              Math.round(result.wall / 100) / 10,
            ]);
            if (workers === 0) {
              let inStages = 0;
              for (const [stage, list] of Object.entries(result.times)) {
                const total = list.reduce((a, b) => a + b, 0);
                inStages += total;
                const perArticle = stage === 'read' || stage === 'reconcile' ? total / result.stored : median(list);
                stagesTable.rows.push([
                  size,
                  stage,
                  Math.round(total / 100) / 10,
                  Math.round(result.stored / Math.max(1e-3, total / 1000)),
                  Math.round(perArticle * 100) / 100,
                  Math.round(percentile(list, 99) * 100) / 100,
                ]);
              }
              const write = result.wall - inStages;
              stagesTable.rows.push([
                size,
                'write+rest',
                Math.round(write / 100) / 10,
                Math.round(result.stored / Math.max(1e-3, write / 1000)),
                '',
                '',
              ]);
            }
          }
        }
      }
      rmSync(jsonl, { force: true });
      rmSync(warc, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [main, stagesTable];
};

export default endToEnd;
