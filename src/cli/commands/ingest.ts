import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { ingest } from '../../pipeline/ingest.js';
import { formatSummary, type IngestSummary } from '../../pipeline/ingest-summary.js';
import { readSources } from '../../readers/index.js';
import { openStore } from '../../store/index.js';

interface IngestCommandOptions {
  db?: string;
  allowPrivate?: boolean;
  batchSize?: string;
}

/** Without a terminal, a plain progress line at most this often. */
const PLAIN_PROGRESS_MS = 10_000;

export interface ProgressReporter {
  update(summary: IngestSummary): void;
  stop(): void;
}

/** A live bar on a terminal (stderr); otherwise a plain line now and then, so logs stay readable. */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const started = Date.now();
  const values = (s: IngestSummary) => ({
    read: s.read,
    stored: s.stored,
    duplicates: s.duplicates,
    rejected: s.rejected,
    rate: Math.round(s.read / Math.max(0.001, (Date.now() - started) / 1000)),
  });
  if (stream.isTTY) {
    const bar = new SingleBar({
      stream,
      format: 'ingest | read {read} | stored {stored} | duplicates {duplicates} | rejected {rejected} | {rate} items/s',
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
        `ingest: read ${v.read}, stored ${v.stored}, duplicates ${v.duplicates}, rejected ${v.rejected} (${v.rate} items/s)\n`,
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
    .option('--batch-size <n>', 'articles per transaction', '200')
    .action(async (sources: string[], options: IngestCommandOptions) => {
      const batchSize = Number(options.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1) {
        throw new Error(`--batch-size must be a positive whole number, not ${JSON.stringify(options.batchSize)}`);
      }
      const store = await openStore(options.db);
      const progress = progressReporter();
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
