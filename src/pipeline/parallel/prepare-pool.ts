/**
 * Prepares documents on worker threads and hands them back in input order, with at most `maxInFlight` documents
 * sent and not yet taken, so memory stays bounded however fast the reader is.
 */
import type { SourceDocument } from '../../records/article.js';
import { problemOf } from '../../records/problem.js';
import type { PackedClaims } from './packed-claims.js';
import type { Prepared } from './prepare.js';
import { WorkerPool } from './worker-pool.js';

/**
 * A document still being prepared after this long is skipped as a problem (its worker is stopped and replaced):
 * thousands of times a normal document's time, reached only by pathological input, which would otherwise hold up
 * the whole run behind it.
 */
export const DOCUMENT_TIME_LIMIT_MS = 30_000;

/**
 * A prepare worker's young semi-space (MB): reading a document for its claims allocates a few MB of short-lived
 * objects. With 32 instead of V8's 16, the prepare worker used 65-71 CPU-s per 100k articles of a 1M run against
 * 78 with 16, while the other threads' CPU stayed within 5%; the reconcile and store workers keep 16.
 */
const PREPARE_SEMI_SPACE_MB = 32;

/** Documents in flight per worker beyond the batch: keeps each busy while the main thread stores a batch. */
export const IN_FLIGHT_PER_WORKER = 64;

/**
 * In flight: a batch (the main thread takes a whole batch before storing it, and the workers prepare the next one
 * meanwhile) plus a margin per worker. More costs memory (~50 kB a document) and latency, and gains nothing: two
 * batches of 1,000 went no faster over 100k articles, with a median latency of 3.0 s against 2.0 s.
 */
export function inFlightLimit(workers: number, batchSize: number): number {
  return batchSize + IN_FLIGHT_PER_WORKER * Math.max(1, workers);
}

export class PreparePool {
  private readonly pool: WorkerPool<SourceDocument, Prepared<PackedClaims>>;
  private readonly queue: Array<Promise<Prepared<PackedClaims>>> = [];
  readonly maxInFlight: number;

  constructor(workers: number, maxInFlight: number, timeLimitMs = DOCUMENT_TIME_LIMIT_MS) {
    this.pool = new WorkerPool<SourceDocument, Prepared<PackedClaims>>('prepare-worker', workers, {
      isolate: { timeoutMs: timeLimitMs },
      semiSpaceMb: PREPARE_SEMI_SPACE_MB,
    });
    this.maxInFlight = Math.max(1, maxInFlight);
  }

  /** True when the caller should `take()` before `submit`ting more. */
  get full(): boolean {
    return this.queue.length >= this.maxInFlight;
  }

  get inFlight(): number {
    return this.queue.length;
  }

  submit(doc: SourceDocument): void {
    this.queue.push(this.pool.run(doc).catch((error) => ({ item: doc.item, problem: problemOf(doc.item, error) })));
  }

  /** The oldest submitted document's result (submission order). */
  take(): Promise<Prepared<PackedClaims>> | undefined {
    return this.queue.shift();
  }

  get size(): number {
    return this.pool.size;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
