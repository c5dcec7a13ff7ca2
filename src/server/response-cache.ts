/**
 * A small cache of serialised responses (story and article details), so a popular story is read from the store and
 * serialised once, not on every request. Entries live `ttlMs`: writes made through this server clear the cache at
 * once; writes by another process (a CLI ingest into the same database) show within `ttlMs`.
 */

/** Staleness allowed for writes by other processes, against the store reads saved under load. */
export const RESPONSE_TTL_MS = 1000;
/** Entries kept (least recently used dropped first): bounds memory at this many serialised stories or articles. */
export const RESPONSE_CACHE_ENTRIES = 500;

interface Entry {
  value: string;
  expires: number;
}

export interface ResponseCache {
  /** The cached value for `key`, else `produce()` (a null result is not cached). */
  get(key: string, produce: () => Promise<string | null>): Promise<string | null>;
  clear(): void;
}

export function createResponseCache(
  ttlMs = RESPONSE_TTL_MS,
  maxEntries = RESPONSE_CACHE_ENTRIES,
  now: () => number = Date.now,
): ResponseCache {
  const entries = new Map<string, Entry>();
  let generation = 0;
  return {
    async get(key, produce) {
      const hit = entries.get(key);
      if (hit && hit.expires > now()) {
        // Re-insert to mark it most recently used.
        entries.delete(key);
        entries.set(key, hit);
        return hit.value;
      }
      const started = generation;
      const value = await produce();
      // A write finished while this was produced: do not cache what may be its old state.
      if (value === null || started !== generation || ttlMs <= 0) return value;
      entries.delete(key);
      entries.set(key, { value, expires: now() + ttlMs });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return value;
    },
    clear() {
      generation++;
      entries.clear();
    },
  };
}
