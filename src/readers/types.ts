import type { SourceDocument } from '../records/article.js';
import type { Problem } from '../records/problem.js';

/** What a reader yields for each item: a document, or the reason the item was rejected. */
export type ReadItem = { doc: SourceDocument; problem?: undefined } | { problem: Problem; doc?: undefined };

export interface ReadOptions {
  /** Allow fetching from loopback, private and link-local addresses (tests, intranets). */
  allowPrivate?: boolean;
  /** Per-request timeout in milliseconds. */
  timeoutMs?: number;
  /** Largest response body, and largest decompressed body, in bytes. */
  maxBytes?: number;
  /** Further attempts after a network error, a timeout, a 429 or a 5xx (default NET_LIMITS.retries). */
  retries?: number;
  /** First retry backoff in milliseconds, doubled on each further attempt. */
  retryBaseMs?: number;
  maxRedirects?: number;
  /** Pages fetched at once for one feed. */
  concurrency?: number;
  /**
   * Fetch each feed item's page and read it as HTML (the feed's own text only when the page cannot be had).
   * Default: yes for feeds read from a URL, no for feed files on disk.
   */
  fetchPages?: boolean;
  /** What `-` reads (default `process.stdin`). */
  stdin?: AsyncIterable<Uint8Array>;
}
