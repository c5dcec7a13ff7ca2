import type { Command } from 'commander';
import { emptyWatchState, type FeedReport, pollFeeds, type WatchState } from '../../feeds/poll.js';
import { type IngestSession, openIngestSession } from '../../pipeline/ingest.js';
import type { IngestSummary } from '../../pipeline/ingest-summary.js';
import type { ReadItem, ReadOptions } from '../../readers/types.js';
import { openStore } from '../../store/index.js';
import { STATE_KEYS, type Store } from '../../store/types.js';

interface WatchOptions {
  db?: string;
  every: string;
  once?: boolean;
  allowPrivate?: boolean;
  concurrency?: string;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** Polling faster than this only burdens the feeds' servers. */
const MIN_INTERVAL_MS = 1000;

/** `10m`, `30s`, `1h`, `1h30m`, `500ms`; a bare number is seconds. */
export function parseInterval(text: string): number {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== trimmed) {
    throw new Error(`--every: cannot read ${JSON.stringify(text)}; use e.g. 30s, 10m, 1h`);
  }
  const ms = parts.reduce((sum, p) => sum + Number(p[1]) * UNIT_MS[p[2]], 0);
  if (ms < MIN_INTERVAL_MS) throw new Error(`--every: ${text} is too short; poll at most once a second`);
  return ms;
}

export interface WatchRoundOptions extends ReadOptions {
  log: (line: string) => void;
}

export interface WatchRound {
  reports: FeedReport[];
  summary: IngestSummary;
}

async function* each(items: ReadItem[]): AsyncGenerator<ReadItem> {
  yield* items;
}

function loadWatchState(saved: string | null): WatchState {
  if (saved === null) return emptyWatchState();
  const parsed = JSON.parse(saved) as WatchState;
  return parsed && typeof parsed.feeds === 'object' ? parsed : emptyWatchState();
}

/**
 * One round: poll every feed (conditional GET, one log line each), ingest the new items, then save the feeds'
 * state. The state is saved only after the items are stored, so a crash in between re-reads them next time
 * (and the store skips what it already has). The session keeps the indexes in memory from round to round.
 */
export async function watchRound(
  store: Store,
  session: IngestSession,
  feeds: string[],
  options: WatchRoundOptions,
): Promise<WatchRound> {
  const { log, ...readOptions } = options;
  const state = loadWatchState(await store.getState(STATE_KEYS.feedState));
  const polled = await pollFeeds(feeds, state, { ...readOptions, log });
  const summary = await session.ingest(each(polled.items));
  await store.setState(STATE_KEYS.feedState, JSON.stringify(polled.state));
  return { reports: polled.reports, summary };
}

function roundLine(round: number, summary: IngestSummary): string {
  return `round ${round}: ${summary.read} new item(s): stored ${summary.stored}, duplicates ${summary.duplicates}, rejected ${summary.rejected}`;
}

function stamp(line: string): string {
  return `${new Date().toISOString()} ${line}`;
}

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('Poll feeds (and OPML lists of feeds) and ingest new items into the store, round after round')
    .argument('<feeds...>', 'feed or OPML URLs or files')
    .option('--every <interval>', 'time between rounds: 30s, 10m, 1h', '10m')
    .option('--once', 'poll one round and stop')
    .option('--db <path>', 'SQLite file or postgres:// URL (default: $CORROBORATE_DB or ./corroborate.db)')
    .option('--allow-private', 'allow fetching from private and loopback addresses')
    .option('--concurrency <n>', 'feeds and pages fetched at once')
    .action(async (feeds: string[], options: WatchOptions) => {
      const interval = parseInterval(options.every);
      const concurrency = options.concurrency === undefined ? undefined : Number(options.concurrency);
      if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) {
        throw new Error(`--concurrency must be a positive whole number, not ${options.concurrency}`);
      }
      const log = (line: string) => process.stderr.write(`${stamp(line)}\n`);
      const store = await openStore(options.db);
      const session = openIngestSession(store);
      const stopper = new AbortController();
      const stop = () => stopper.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      let rejected = false;
      try {
        for (let round = 1; ; round++) {
          const { summary } = await watchRound(store, session, feeds, {
            allowPrivate: options.allowPrivate === true,
            concurrency,
            log,
          });
          log(roundLine(round, summary));
          for (const problem of summary.problems) log(`  skipped ${problem.item}: ${problem.reason}`);
          rejected ||= summary.rejected > 0;
          if (options.once || stopper.signal.aborted) break;
          await sleep(interval, stopper.signal);
          if (stopper.signal.aborted) break;
        }
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        const problem = await session.checkpoint();
        if (problem) log(`warning: ${problem.item}: ${problem.reason}`);
        await store.close();
      }
      if (options.once && rejected) process.exitCode = 2;
    });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
