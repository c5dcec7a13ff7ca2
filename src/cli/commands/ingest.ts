import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { DEFAULT_BATCH_SIZE, ingest, STORY_TIME_LIMIT_MS } from '../../pipeline/ingest.js';
import { estimateItems } from '../../pipeline/ingest-estimate.js';
import { formatSummary, type IngestSummary } from '../../pipeline/ingest-summary.js';
import { DOCUMENT_TIME_LIMIT_MS } from '../../pipeline/parallel/prepare-pool.js';
import { readSources } from '../../readers/index.js';
import { openStore } from '../../store/index.js';

interface IngestCommandOptions {
  db?: string;
  allowPrivate?: boolean;
  batchSize?: string;
  workers?: string;
  docTimeLimit?: string;
  storyTimeLimit?: string;
  findingsEvery?: string;
}

/**
 * Articles between recomputations of findings in a CLI run: a busy story is reconciled once per this many new
 * articles rather than once per batch (the stored result at the end of the run is the same).
 */
export const CLI_FINDINGS_EVERY = 2000;

/** Without a terminal, a plain progress line at most this often. */
const PLAIN_PROGRESS_MS = 10_000;

function positiveWhole(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${flag} must be a positive whole number, not ${JSON.stringify(value)}`);
  return n;
}

function positiveSeconds(flag: string, value: string | undefined): number {
  const seconds = Number(value);
  if (!(seconds > 0) || !Number.isFinite(seconds)) {
    throw new Error(`${flag} must be a positive number of seconds, not ${JSON.stringify(value)}`);
  }
  return seconds;
}

export interface ProgressReporter {
  update(summary: IngestSummary): void;
  stop(): void;
}

/** `1h02m`, `3m05s`, `42s`: the time left, in words that fit a progress line. */
export function formatEta(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

/**
 * A live bar on a terminal (stderr); otherwise a plain line now and then, so logs stay readable. With `total`
 * (items expected), the line also shows the share done and the time left at the rate so far.
 */
export function progressReporter(
  stream: NodeJS.WriteStream = process.stderr,
  total: number | null = null,
): ProgressReporter {
  const started = Date.now();
  const values = (s: IngestSummary) => {
    const rate = s.read / Math.max(0.001, (Date.now() - started) / 1000);
    const eta = total && rate > 0 && s.read > 0 ? ` | ${formatEta(Math.max(0, total - s.read) / rate)} left` : '';
    const of = total ? ` of ${total}` : '';
    return {
      read: s.read,
      of,
      stored: s.stored,
      duplicates: s.duplicates,
      rejected: s.rejected,
      rate: Math.round(rate),
      eta,
    };
  };
  if (stream.isTTY) {
    const bar = new SingleBar({
      stream,
      format:
        'ingest | read {read}{of} | stored {stored} | duplicates {duplicates} | rejected {rejected} | {rate} items/s{eta}',
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
    });
    bar.start(0, 0, values({ read: 0, stored: 0, duplicates: 0, rejected: 0 } as IngestSummary));
    return { update: (s) => bar.update(s.read, values(s)), stop: () => bar.stop() };
  }
  let last = started;
  return {
    update(s) {
      const now = Date.now();
      if (now - last < PLAIN_PROGRESS_MS) return;
      last = now;
      const v = values(s);
      stream.write(
        `ingest: read ${v.read}${v.of}, stored ${v.stored}, duplicates ${v.duplicates}, rejected ${v.rejected} (${v.rate} items/s${v.eta.replace(' |', ',')})\n`,
      );
    },
    stop: () => undefined,
  };
}

/** The closing summary, and the exit code: 0 if nothing was rejected, 2 if some items were, 1 if all were. */
export function reportSummary(summary: IngestSummary, write: (line: string) => void): number {
  for (const line of formatSummary(summary)) write(line);
  for (const problem of summary.problems) write(`  skipped ${problem.item}: ${problem.reason}`);
  if (summary.rejected > summary.problems.length) {
    write(`  (${summary.rejected - summary.problems.length} more skipped items not listed)`);
  }
  if (summary.rejected === 0) return 0;
  return summary.rejected === summary.read ? 1 : 2;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'Read sources into the store: copies linked, stories assigned, claims extracted and findings recomputed; re-ingesting stores nothing twice',
    )
    .argument(
      '<sources...>',
      'HTML, text, JSONL, WARC files, directories, feeds or OPML (files or URLs), or - for stdin',
    )
    .option('--db <path>', 'SQLite file or postgres:// URL (default: $CORROBORATE_DB or ./corroborate.db)')
    .option('--allow-private', 'allow fetching from private and loopback addresses')
    .option('--batch-size <n>', 'articles per transaction', String(DEFAULT_BATCH_SIZE))
    .option(
      '--workers <n>',
      'worker threads that normalise and extract claims (0: none; auto: one per core beyond the first, for runs of more than a few hundred items)',
      'auto',
    )
    .option(
      '--doc-time-limit <seconds>',
      'with worker threads, skip a document still being read for claims after this long (as a problem)',
      String(DOCUMENT_TIME_LIMIT_MS / 1000),
    )
    .option(
      '--story-time-limit <seconds>',
      'with worker threads, keep the old findings of a story still being reconciled after this long (as a problem)',
      String(STORY_TIME_LIMIT_MS / 1000),
    )
    .option(
      '--findings-every <n>',
      'recompute findings after this many new articles (and at the end): larger is faster, findings lag meanwhile',
      String(CLI_FINDINGS_EVERY),
    )
    .action(async (sources: string[], options: IngestCommandOptions) => {
      const batchSize = positiveWhole('--batch-size', options.batchSize);
      const workers = options.workers === undefined || options.workers === 'auto' ? 'auto' : Number(options.workers);
      if (workers !== 'auto' && (!Number.isInteger(workers) || workers < 0)) {
        throw new Error(`--workers must be auto or a whole number >= 0, not ${JSON.stringify(options.workers)}`);
      }
      const findingsEvery = positiveWhole('--findings-every', options.findingsEvery);
      const docTimeLimit = positiveSeconds('--doc-time-limit', options.docTimeLimit);
      const storyTimeLimit = positiveSeconds('--story-time-limit', options.storyTimeLimit);
      const store = await openStore(options.db);
      const progress = progressReporter(process.stderr, await estimateItems(sources));
      const stopper = new AbortController();
      // First Ctrl-C: store what was read and save the indexes (a rerun completes). Second: quit at once.
      const interrupt = () => {
        if (stopper.signal.aborted) process.exit(130);
        stopper.abort();
        process.stderr.write('\ncorroborate: stopping after the current batch (Ctrl-C again to quit now)\n');
      };
      process.on('SIGINT', interrupt);
      try {
        const summary = await ingest(store, readSources(sources, { allowPrivate: options.allowPrivate === true }), {
          batchSize,
          workers,
          findingsEvery,
          documentTimeLimitMs: docTimeLimit * 1000,
          storyTimeLimitMs: storyTimeLimit * 1000,
          collectGarbage: true,
          onProgress: (s) => progress.update(s),
          signal: stopper.signal,
        });
        progress.stop();
        process.exitCode = reportSummary(summary, (line) => process.stderr.write(`${line}\n`));
        if (summary.interrupted) process.exitCode = 130;
      } finally {
        process.off('SIGINT', interrupt);
        progress.stop();
        await store.close();
      }
    });
}
