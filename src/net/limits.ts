/**
 * Network limits, each a trade between completeness and safety. Callers override them per call (ReadOptions,
 * SafeFetchOptions); these are the defaults.
 */
export const NET_LIMITS = {
  /** Whole request, headers and body, per attempt. Longer waits for slow sites; shorter keeps a watch cycle moving. */
  timeoutMs: 15_000,
  /** Largest body on the wire. News pages are well under 2 MB; the cap stops a hostile or broken server. */
  maxBytes: 10 * 1024 * 1024,
  /** Largest body after gzip/deflate/brotli decoding: a small compressed body can expand a thousandfold. */
  maxDecompressedBytes: 30 * 1024 * 1024,
  /** Redirect hops followed; every hop's address is checked again. */
  maxRedirects: 5,
  /** Further attempts after a network error, a timeout, a 429 or a 5xx. */
  retries: 2,
  /** First backoff; it doubles on each further attempt. */
  retryBaseMs: 500,
  /** No single backoff waits longer than this, whatever a Retry-After header asks. */
  retryMaxMs: 10_000,
  /** Item pages fetched at once for one feed, and feeds polled at once by `watch`. */
  concurrency: 4,
} as const;

export const USER_AGENT = 'corroborate/0.1 (+news corroboration; respects conditional GET)';
