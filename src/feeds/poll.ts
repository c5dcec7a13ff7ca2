export { emptyWatchState, type FeedState, type WatchState } from './feed-state.js';

import { FetchError, safeFetch } from '../net/fetch.js';
import { NET_LIMITS } from '../net/limits.js';
import { decodeXml } from '../readers/charset.js';
import { readFileBytes } from '../readers/files.js';
import type { ReadItem, ReadOptions } from '../readers/types.js';
import { fetchOptionsOf, resolveAgainst } from '../readers/web.js';
import { problemOf } from '../records/problem.js';
import { parseXmlSource, type XmlSource } from './feed.js';
import { type FeedState, nextFeedState, type WatchState } from './feed-state.js';
import { feedDocuments } from './item-documents.js';
import { mapOrdered } from './ordered-pool.js';

export interface PollOptions extends ReadOptions {
  /** One line per feed and OPML list (default: none). */
  log?: (line: string) => void;
  /** Seen ids kept per feed beyond those still in it (default DEFAULT_MAX_SEEN). */
  maxSeen?: number;
}

export interface FeedReport {
  feed: string;
  outcome: 'fetched' | 'not-modified' | 'error';
  /** True for an OPML list: `items` then counts the feeds it names. */
  list?: boolean;
  status?: number;
  items: number;
  newItems: number;
  error?: string;
}

export interface PollResult {
  /** The state to persist for the next poll (the input state is not changed; feeds not polled keep theirs). */
  state: WatchState;
  /** Documents of new items, and problems (feeds that failed, item pages that failed with no feed text). */
  items: ReadItem[];
  reports: FeedReport[];
}

const MAX_OPML_DEPTH = 2;
const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

/** A line for the log: `feed URL: 200, 12 items, 3 new`, `feed URL: 304 not modified`, `feed URL: error: ...`. */
export function reportLine(report: FeedReport): string {
  if (report.outcome === 'error') return `feed ${report.feed}: error: ${report.error}`;
  if (report.outcome === 'not-modified') return `feed ${report.feed}: 304 not modified`;
  const status = report.status ?? 'read';
  if (report.list) return `feed list ${report.feed}: ${status}, ${report.items} feeds`;
  return `feed ${report.feed}: ${status}, ${report.items} item${report.items === 1 ? '' : 's'}, ${report.newItems} new`;
}

interface Loaded {
  source?: XmlSource;
  notModified: boolean;
  status?: number;
  etag?: string;
  lastModified?: string;
  base: string | null;
}

/** Fetches (conditionally) or reads one feed or OPML list and parses it. */
async function load(source: string, previous: FeedState | undefined, options: PollOptions): Promise<Loaded> {
  if (!isUrl(source)) {
    const bytes = await readFileBytes(source, options.maxBytes);
    return { source: parseXmlSource(decodeXml(bytes, source), source), notModified: false, base: null };
  }
  const response = await safeFetch(source, {
    ...fetchOptionsOf(options),
    accept: 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml, text/xml, text/x-opml',
    etag: previous?.etag,
    lastModified: previous?.lastModified,
  });
  const loaded: Loaded = {
    notModified: response.notModified,
    status: response.status,
    etag: response.etag ?? undefined,
    lastModified: response.lastModified ?? undefined,
    base: response.url,
  };
  if (!response.notModified) {
    loaded.source = parseXmlSource(decodeXml(response.body, source, response.contentType), source);
  }
  return loaded;
}

interface FeedOutcome {
  report: FeedReport;
  state: FeedState;
  items: ReadItem[];
  /** Feeds an OPML list named. */
  listed: string[];
}

async function pollOne(source: string, previous: FeedState | undefined, options: PollOptions): Promise<FeedOutcome> {
  const before: FeedState = previous ?? { seen: [] };
  try {
    const loaded = await load(source, previous, options);
    const kept = { etag: loaded.etag ?? before.etag, lastModified: loaded.lastModified ?? before.lastModified };
    if (loaded.notModified || !loaded.source) {
      const report: FeedReport = { feed: source, outcome: 'not-modified', status: 304, items: 0, newItems: 0 };
      return { report, state: { ...before, ...kept }, items: [], listed: before.feeds ?? [] };
    }
    if (loaded.source.kind === 'opml') {
      const feeds = loaded.source.opml.feeds.map((feed) => resolveAgainst(feed, loaded.base));
      const report: FeedReport = {
        feed: source,
        outcome: 'fetched',
        list: true,
        status: loaded.status,
        items: feeds.length,
        newItems: 0,
      };
      return { report, state: { ...kept, seen: [], feeds }, items: [], listed: feeds };
    }
    const all = loaded.source.feed.items;
    const seen = new Set(before.seen);
    const fresh: typeof all = [];
    for (const item of all) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      fresh.push(item);
    }
    const items: ReadItem[] = [];
    const failed: string[] = [];
    let index = 0;
    for await (const result of feedDocuments(fresh, loaded.base ?? source, {
      fetchPages: options.fetchPages ?? isUrl(source),
      fetch: fetchOptionsOf(options),
      concurrency: options.concurrency,
    })) {
      items.push(result);
      if (result.problem) failed.push(fresh[index].id);
      index++;
    }
    const current = all.map((item) => item.id);
    const state = nextFeedState(before, { current, failed, ...kept }, options.maxSeen);
    const report: FeedReport = {
      feed: source,
      outcome: 'fetched',
      status: loaded.status,
      items: all.length,
      newItems: fresh.length,
    };
    return { report, state, items, listed: [] };
  } catch (error) {
    const reason = error instanceof FetchError ? error.reason : problemOf(source, error).reason;
    const report: FeedReport = { feed: source, outcome: 'error', items: 0, newItems: 0, error: reason };
    return { report, state: before, items: [{ problem: { item: source, reason } }], listed: before.feeds ?? [] };
  }
}

/**
 * Polls feeds (and the feeds OPML lists name) once: a conditional GET per feed, at most `concurrency` at a time,
 * with the fetch's timeouts and retries; the pages of items not seen before are fetched and returned as documents.
 * One log line per feed. Results are in the order the feeds were given, whatever order the network answers in.
 */
export async function pollFeeds(
  feedsOrOpml: string[],
  state: WatchState,
  options: PollOptions = {},
): Promise<PollResult> {
  const next: WatchState = { feeds: { ...state.feeds } };
  const items: ReadItem[] = [];
  const reports: FeedReport[] = [];
  const done = new Set<string>();
  let queue = [...new Set(feedsOrOpml)];
  for (let depth = 0; queue.length > 0 && depth <= MAX_OPML_DEPTH; depth++) {
    const batch = queue.filter((source) => !done.has(source));
    for (const source of batch) done.add(source);
    const listed: string[] = [];
    const limit = options.concurrency ?? NET_LIMITS.concurrency;
    for await (const outcome of mapOrdered(batch, limit, (source) => pollOne(source, state.feeds[source], options))) {
      next.feeds[outcome.report.feed] = outcome.state;
      items.push(...outcome.items);
      reports.push(outcome.report);
      listed.push(...outcome.listed);
      options.log?.(reportLine(outcome.report));
    }
    queue = listed;
  }
  return { state: next, items, reports };
}
