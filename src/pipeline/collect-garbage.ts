/**
 * A full garbage collection on demand, for long ingest runs. Between full collections V8 lets the heap grow to a
 * few times its live size; on a long run the main thread's live heap stays near 300 MB while the garbage of the
 * batches (articles and claims handed over by workers, rows and findings written) pushed it past 900 MB between
 * collections, and the process past 2 GB. Ingest collects when the heap has doubled since the last collection
 * (see `IngestOptions.collectGarbage`): a few collections of ~0.2 s in a long run.
 *
 * `gc` exists only when V8's `--expose-gc` flag was set before a context was made. Setting the flag now (it
 * applies to the whole process) and making a new context gives that context's `gc`, which collects the whole
 * heap. Only the CLI asks for this (see `IngestOptions.collectGarbageEvery`): a library should not change V8
 * flags of the process embedding it unasked.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collector: (() => void) | null | undefined;

/** A function running a full collection, or null if this process cannot have one. */
export function fullGarbageCollector(): (() => void) | null {
  if (collector !== undefined) return collector;
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') {
    collector = exposed as () => void;
    return collector;
  }
  try {
    setFlagsFromString('--expose-gc');
    const made: unknown = runInNewContext('gc');
    collector = typeof made === 'function' ? (made as () => void) : null;
  } catch {
    collector = null;
  }
  return collector;
}
