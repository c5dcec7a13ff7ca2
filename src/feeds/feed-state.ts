/** What `watch` remembers about one feed or OPML list between polls. Plain data: the caller persists it as JSON. */
export interface FeedState {
  etag?: string;
  lastModified?: string;
  /** Ids (guid, Atom id, link) of items already delivered, in feed order, then a bounded tail of older ones. */
  seen: string[];
  /** Items whose page and feed text both failed, with the polls tried so far; they are tried again next poll. */
  retries?: Record<string, number>;
  /** For an OPML list: the feeds it named when last read (a 304 reuses them). */
  feeds?: string[];
}

export interface WatchState {
  feeds: Record<string, FeedState>;
}

/** Polls an item that keeps failing is tried on before it counts as seen (its problem is reported each time). */
export const MAX_ITEM_ATTEMPTS = 3;
/** Seen ids kept beyond those still in the feed, so an item dropped and re-added is not new again. */
export const DEFAULT_MAX_SEEN = 2000;

export function emptyWatchState(): WatchState {
  return { feeds: {} };
}

export interface PollOutcome {
  /** Item ids in the feed now, in feed order. */
  current: string[];
  /** Ids of new items that could not be read this time. */
  failed: string[];
  etag?: string;
  lastModified?: string;
}

/**
 * The state after a poll: every current item is seen except failed ones still worth retrying. The validators
 * (ETag, Last-Modified) are kept only when nothing waits for a retry, so the next poll gets the full feed again.
 */
export function nextFeedState(before: FeedState, outcome: PollOutcome, maxSeen = DEFAULT_MAX_SEEN): FeedState {
  const retries: Record<string, number> = {};
  for (const id of outcome.failed) {
    const attempts = (before.retries?.[id] ?? 0) + 1;
    if (attempts < MAX_ITEM_ATTEMPTS) retries[id] = attempts;
  }
  const current = new Set(outcome.current);
  const delivered = outcome.current.filter((id) => !(id in retries));
  const older = before.seen.filter((id) => !current.has(id)).slice(0, maxSeen);
  const state: FeedState = { seen: [...new Set([...delivered, ...older])] };
  if (Object.keys(retries).length > 0) return { ...state, retries };
  if (outcome.etag) state.etag = outcome.etag;
  if (outcome.lastModified) state.lastModified = outcome.lastModified;
  return state;
}
