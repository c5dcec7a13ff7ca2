/** Something wrong with one input item: reported, skipped, and never fatal to the run. */
export interface Problem {
  /** The item: a path, `path:line`, a URL, `stdin:line`, a WARC record id. */
  item: string;
  /** Why it was rejected, in words a user can act on. */
  reason: string;
}

export class ItemError extends Error {
  constructor(
    readonly item: string,
    readonly reason: string,
  ) {
    super(`${item}: ${reason}`);
    this.name = 'ItemError';
  }
}

export function problemOf(item: string, error: unknown): Problem {
  if (error instanceof ItemError) return { item: error.item, reason: error.reason };
  return { item, reason: error instanceof Error ? error.message : String(error) };
}
