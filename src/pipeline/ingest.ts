/**
 * The pipeline over the store: read items -> normalise -> skip stored ids -> claims -> copy link -> story ->
 * store, in batches. Each batch is one transaction holding its articles and the recomputed findings of every
 * story that gained an article, so an interrupted run leaves no half-stored article and running it again
 * completes the work.
 *
 * The copy and story indexes live in memory. Their state is saved now and then (it grows with the window and
 * can be large); articles stored after the last save are replayed into the indexes when a session starts, so
 * the indexes always describe exactly the stored articles.
 */

import { availableParallelism } from 'node:os';
import { cappedClaimsNote } from '../claims/index.js';
import type { ReadItem } from '../readers/types.js';
import type { Article } from '../records/article.js';
import type { ArticleClaims, StatedClaims } from '../records/claim.js';
import type { Finding } from '../records/finding.js';
import { type Problem, problemOf } from '../records/problem.js';
import type { CopyLink, Story } from '../records/story.js';
import { STATE_KEYS, type Store, type StoryMembers, type WriteBatch } from '../store/types.js';
import { appendTo, chunks } from '../text/lists.js';
import { type BatchWriter, storeWriter, storeWriterInThread } from './batch-writer.js';
import { fullGarbageCollector } from './collect-garbage.js';
import type { CopyStage, IngestStages, StoryStage } from './ingest-stages.js';
import { emptySummary, type IngestSummary, RejectionTally } from './ingest-summary.js';
import {
  type PackedClaims,
  type PendingRecord,
  type PendingStoryFindings,
  unpackBatch,
  unpackClaims,
} from './parallel/packed-claims.js';
import type { Prepared } from './parallel/prepare.js';
import { inFlightLimit, PreparePool } from './parallel/prepare-pool.js';
import type { PackedReconcileOutput, ReconcileInput, StoryData } from './parallel/reconcile-task.js';
import { WorkerPool } from './parallel/worker-pool.js';

/** Worker threads that reconcile stories and post back their findings packed for the writer. */
type ReconcilePool = WorkerPool<ReconcileInput, PackedReconcileOutput | null>;

/**
 * Articles per transaction: larger batches write faster; smaller ones lose less work to a crash and report sooner.
 * Each write adds a segment to each full-text index and rewrites the pages its rows share with the last write, so
 * 1,000 took 10-13% less of the writer's CPU than 200 at 30k articles (2% of the whole), and 10% less than 500.
 */
export const DEFAULT_BATCH_SIZE = 1000;
/**
 * Articles between saves of the index state. A save writes the whole state (hundreds of MB once the window is full);
 * after a crash, the articles stored since the last save are replayed (about 0.3 ms each). Every 50k, saving cost
 * 5% of a 100k run's CPU: every 200k, a replay takes about a minute.
 */
export const DEFAULT_CHECKPOINT_EVERY = 200_000;
/** State key: stories whose findings are due (deferred findings, see `findingsEvery`), as a JSON array. */
export const DIRTY_STORIES_KEY = 'ingest-dirty-stories';
/** Stories whose findings go in one write when findings are deferred: small writes keep the store's cost linear. */
const STORIES_PER_FINDINGS_WRITE = 50;
/** Stories reconciled at once, whose findings are held until written: bounds memory when many are due. */
export const STORIES_PER_ROUND = 1000;
/**
 * Stories read from the store at once when a round's stories are not read by the workers themselves (PostgreSQL, or
 * no workers): a few reads a slice instead of three a story, each a round trip to PostgreSQL.
 */
const STORIES_PER_READ = 100;
/**
 * With deferred findings, a story is reconciled once it has had no new article for this many rounds of
 * `findingsEvery` articles: a story of the bench stream gains an article every few thousand articles, so a shorter
 * wait reconciled most stories again for nearly every article they gained (1.7 times each article at 1M articles
 * with half a round; 1.07 times with four rounds and STALE_ROUNDS 16, see `npm run bench`'s stream).
 */
export const QUIET_ROUNDS = 4;
/** ...or once it has waited this many rounds since its first article without findings, if it has grown enough. */
export const STALE_ROUNDS = 16;
/**
 * ...and, once its findings exist, until it has grown by this fraction since they were computed. A story that gains
 * an article every few rounds for days (common in a backfill, where a day is thousands of articles) would otherwise
 * be reconciled once per article, a cost quadratic in its size; growth by a fixed fraction keeps the total cost of
 * a story's reconciles within a small multiple of reconciling it once: twice it when the fraction is 1 (a story is
 * reconciled each time it has doubled), three times at 0.5, which cost 7% more reconciling at 30k articles. A story
 * that stops short of that growth is reconciled once it has had no article for STALE_ROUNDS rounds, so the stories
 * owed findings stay those of the last few rounds rather than piling up until the end of the run.
 */
export const GROWTH_BEFORE_RECONCILE = 1;
/**
 * A story still being reconciled after this long is skipped as a problem: thousands of times a normal story's time
 * (milliseconds; seconds for hundreds of articles quoting the same sentences), reached only by pathological input,
 * which would otherwise hold up the end of the run behind it.
 */
export const STORY_TIME_LIMIT_MS = 300_000;
/** With `workers: 'auto'`, documents a run prepares on the main thread before it starts worker threads. */
export const AUTO_PARALLEL_AFTER = 200;
/** Stored articles read per query when replaying them into the indexes. */
const REPLAY_PAGE = 1000;

export interface IngestOptions {
  batchSize?: number;
  /** Save the index state after this many new articles (and at the end of `ingest`). */
  checkpointEvery?: number;
  /** The stages to run; the real ones by default. */
  stages?: IngestStages;
  /** Called after each item is counted and after each batch is stored, with the running summary. */
  onProgress?: (summary: IngestSummary) => void;
  /** When aborted, reading stops; what was read is stored and the summary returned with `interrupted`. */
  signal?: AbortSignal;
  /**
   * Worker threads that normalise documents and extract claims while the main thread links copies, assigns
   * stories and stores, in input order (0 or absent: all on the main thread). Used only with stages marked
   * `prepareInWorkers` (the real ones). `'auto'`: one per core beyond the main thread, started once a run has
   * read more than AUTO_PARALLEL_AFTER documents (a worker takes a moment to start; small runs do not need it).
   */
  workers?: number | 'auto';
  /**
   * With worker threads: a document still being normalised and read for claims after this many milliseconds is
   * skipped as a problem, and its worker replaced (default DOCUMENT_TIME_LIMIT_MS). Without workers there is no limit.
   */
  documentTimeLimitMs?: number;
  /**
   * With worker threads: a story still being reconciled after this many milliseconds keeps its old findings, is
   * reported as a problem, and its worker is replaced (default STORY_TIME_LIMIT_MS).
   */
  storyTimeLimitMs?: number;
  /**
   * Recompute findings once this many articles have been stored since the last time (and at the end of every
   * run). Default: every batch, for every story that gained an article. Larger values reconcile a busy story once
   * for many of its new articles (reconciling is the costliest step and grows with the story), at the cost of
   * findings lagging behind the stored articles during a run: each round takes the stories that have gone quiet
   * (no new article for QUIET_ROUNDS rounds) or waited STALE_ROUNDS rounds. The stories due are saved with each batch,
   * so after a crash the next run recomputes them.
   */
  findingsEvery?: number;
  /**
   * Between batches, run a full garbage collection when the heap has grown past twice its size after the last one
   * (and past `GARBAGE_FLOOR_BYTES`); see collect-garbage.ts. Default: no, leaving it to V8. The CLI sets it.
   */
  collectGarbage?: boolean;
}

/** Heap size below which `collectGarbage` leaves collection to V8: small runs never pay for a full collection. */
export const GARBAGE_FLOOR_BYTES = 512 * 1024 * 1024;

export type RunOptions = Pick<IngestOptions, 'onProgress' | 'signal'>;

export interface IngestSession {
  /** Ingests the items; runs of one store (across sessions) take turns. */
  ingest(items: AsyncIterable<ReadItem>, options?: RunOptions): Promise<IngestSummary>;
  /** Saves the index state, so the next session need not replay. Failing to save is reported, never fatal. */
  checkpoint(): Promise<Problem | null>;
}

interface Indexes {
  copies: CopyStage;
  stories: StoryStage;
  /** How many stored articles, in stored order, the indexes include. */
  covered: number;
  /** Articles added since the state was last saved. */
  unsaved: number;
}

/** The index state as the store saves it: the indexes in parts, the count of articles they cover as a string. */
type SavedIndexes = Required<Pick<WriteBatch, 'state' | 'stateParts'>>;

interface Pending {
  item: string;
  article: Article;
  /** Claims extracted already (by a worker); otherwise extracted when the article is sure to be stored. */
  claims?: ArticleClaims | PackedClaims;
  /** The worker's note on claims it left out (`cappedClaimsNote`), a warning once the article is stored. */
  note?: string;
}

/** A document ready for the ordered stages, or the reason it was rejected. */
type Ready = (Pending & { problem?: undefined }) | { item: string; problem: Problem };

/** Work on one store takes turns across sessions, so each sees the articles the one before stored. */
const turns = new WeakMap<Store, Promise<unknown>>();

function inTurn<T>(store: Store, work: () => Promise<T>): Promise<T> {
  const run = (turns.get(store) ?? Promise.resolve()).catch(() => undefined).then(work);
  turns.set(store, run);
  return run;
}

/** Ingests into `store` once and saves the index state: for the CLI. */
export async function ingest(
  store: Store,
  items: AsyncIterable<ReadItem>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const session = openIngestSession(store, options);
  const summary = await session.ingest(items, options);
  const problem = await session.checkpoint();
  if (problem) summary.warnings.push(problem);
  return summary;
}

/** A session keeps the indexes in memory between calls: for a server ingesting a few articles at a time. */
export function openIngestSession(store: Store, options: IngestOptions = {}): IngestSession {
  let indexes: Indexes | null = null;
  let stagesLoaded: IngestStages | null = options.stages ?? null;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const checkpointEvery = Math.max(1, options.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY);
  const auto = options.workers === 'auto';
  const findingsEvery = Math.max(batchSize, options.findingsEvery ?? batchSize);
  const workers = auto
    ? Math.max(1, availableParallelism() - 1)
    : Math.max(0, Math.floor(Number(options.workers ?? 0)));

  const stagesOf = async (): Promise<IngestStages> => {
    stagesLoaded ??= (await import('./ingest-default-stages.js')).defaultStages;
    return stagesLoaded;
  };

  /** Opens the saved indexes; a state that cannot be loaded is reported and the indexes rebuilt from the articles. */
  const load = async (stages: IngestStages, warn: (problem: Problem) => void): Promise<Indexes> => {
    const covered = await store.getState(STATE_KEYS.indexedArticles);
    // Index blobs without their article count cannot be trusted to match the store: rebuild from the articles.
    if (covered !== null && /^\d+$/.test(covered)) {
      try {
        const copies = await store.getStateParts(STATE_KEYS.copyIndex);
        const stories = await store.getStateParts(STATE_KEYS.storyIndex);
        if (!copies || !stories) throw new Error('the saved copy or story index is missing');
        return {
          copies: stages.openCopies(copies),
          stories: stages.openStories(stories),
          covered: Number(covered),
          unsaved: 0,
        };
      } catch (error) {
        warn(problemOf('index state', error));
      }
    }
    return { copies: stages.openCopies(null), stories: stages.openStories(null), covered: 0, unsaved: 0 };
  };

  /** Loads the indexes (once per session) and replays the articles stored since they were saved. */
  const ready = async (stages: IngestStages, warn: (problem: Problem) => void): Promise<Indexes> => {
    indexes ??= await load(stages, warn);
    for (;;) {
      const page = await store.articlesInOrder(indexes.covered, REPLAY_PAGE);
      for (const { article, copy } of page) {
        try {
          indexes.copies.add(article);
          indexes.stories.add(article, copy);
        } catch (error) {
          warn(problemOf(article.id, error));
        }
        indexes.covered++;
        indexes.unsaved++;
      }
      if (page.length < REPLAY_PAGE) return indexes;
    }
  };

  const saveState = (current: Indexes, covered: number): SavedIndexes => ({
    stateParts: {
      [STATE_KEYS.copyIndex]: current.copies.save(),
      [STATE_KEYS.storyIndex]: current.stories.save(),
    },
    state: { [STATE_KEYS.indexedArticles]: String(covered) },
  });

  const checkpointNow = async (): Promise<Problem | null> => {
    if (!indexes || indexes.unsaved === 0) return null;
    try {
      await store.write({ articles: [], ...saveState(indexes, indexes.covered) });
      indexes.unsaved = 0;
      return null;
    } catch (error) {
      return problemOf('index state', error);
    }
  };

  const run = async (items: AsyncIterable<ReadItem>, { onProgress, signal }: RunOptions) => {
    const stages = await stagesOf();
    const summary = emptySummary();
    const tally = new RejectionTally(summary);
    const progress = () => {
      tally.update();
      onProgress?.(summary);
    };
    const findingsByStory = new Map<string, number>();
    const parallel = workers > 0 && stages.prepareInWorkers === true;
    let pool: PreparePool | null = null;
    let reconciler: ReconcilePool | null = null;
    let opened: BatchContext | null = null;
    try {
      const context: BatchContext = {
        store,
        stages,
        indexes: await ready(stages, (problem) => summary.warnings.push(problem)),
        summary,
        tally,
        findingsByStory,
        checkpointEvery,
        saveState,
        batchSize,
        findingsEvery,
        savedDirty: false,
        dirty: new Map(
          parseStoryList(await store.getState(DIRTY_STORIES_KEY)).map((id) => [id, { since: 0, latest: 0, added: 0 }]),
        ),
        reconciledSize: new Map(),
        rounds: [],
        sinceFindings: 0,
        storedInRun: 0,
        writer: storeWriter(store),
      };
      opened = context;
      context.savedDirty = context.dirty.size > 0;
      let pending: Pending[] = [];
      const collect = options.collectGarbage ? fullGarbageCollector() : null;
      let collectAbove = GARBAGE_FLOOR_BYTES;
      const accept = async (prepared: Ready | Prepared<PackedClaims>) => {
        if (prepared.problem) tally.add(prepared.problem);
        else pending.push(prepared);
        if (pending.length >= batchSize) {
          await storeBatch(context, pending);
          pending = [];
          if (collect && process.memoryUsage().heapUsed > collectAbove) {
            collect();
            collectAbove = Math.max(GARBAGE_FLOOR_BYTES, 2 * process.memoryUsage().heapUsed);
          }
        }
      };
      for await (const entry of items) {
        if (signal?.aborted) {
          summary.interrupted = true;
          break;
        }
        summary.read++;
        if (parallel && !pool && (!auto || summary.read > AUTO_PARALLEL_AFTER)) {
          pool = new PreparePool(workers, inFlightLimit(workers, batchSize), options.documentTimeLimitMs);
          // Rounds of findings are reconciled in the background, one thread per prepare worker. One more (a thread
          // per core) was no faster on 2 cores: the cores are busy anyway, and the extra thread cost its own heap
          // (~80 MB at peak) and its own compiling and collecting (2-3% more CPU at 30k articles).
          reconciler = new WorkerPool<ReconcileInput, PackedReconcileOutput | null>('reconcile-worker', workers, {
            isolate: { timeoutMs: options.storyTimeLimitMs ?? STORY_TIME_LIMIT_MS },
          });
          context.reconciler = reconciler;
          if (readableByWorkers(store)) {
            await context.writer.close();
            context.writer = storeWriterInThread(store.location);
          }
        }
        if (entry.problem) {
          tally.add(entry.problem);
        } else if (pool) {
          pool.submit(entry.doc);
          while (pool.full) await accept(await (pool.take() as Promise<Prepared<PackedClaims>>));
        } else {
          let prepared: Ready;
          try {
            prepared = { item: entry.doc.item, article: stages.normalise(entry.doc) };
          } catch (error) {
            prepared = { item: entry.doc.item, problem: problemOf(entry.doc.item, error) };
          }
          await accept(prepared);
        }
        progress();
      }
      // What was read (also when interrupted) is stored.
      const drain = pool as PreparePool | null;
      for (let next = drain?.take(); next; next = drain?.take()) await accept(await next);
      const reconciling = reconciler as ReconcilePool | null;
      if (drain && reconciling) {
        // Everything read is prepared: the end of the run's reconciling takes the prepare workers' threads.
        const threads = drain.size + reconciling.size;
        await drain.close();
        reconciling.grow(threads);
      }
      await storeBatch(context, pending, true);
      await context.writer.flush();
    } catch (error) {
      // The indexes may hold articles of a batch that was not stored: rebuild them from the store next time.
      indexes = null;
      throw error;
    } finally {
      // A write that failed has already been thrown by the flush above.
      await (opened as BatchContext | null)?.writer.close().catch(() => undefined);
      await (pool as PreparePool | null)?.close();
      await (reconciler as ReconcilePool | null)?.close();
    }
    summary.stories = findingsByStory.size;
    summary.findings = [...findingsByStory.values()].reduce((a, b) => a + b, 0);
    progress();
    return summary;
  };

  return {
    ingest: (items, runOptions = {}) =>
      inTurn(store, () =>
        run(items, {
          onProgress: runOptions.onProgress ?? options.onProgress,
          signal: runOptions.signal ?? options.signal,
        }),
      ),
    checkpoint: () => inTurn(store, checkpointNow),
  };
}

/** The saved list of stories due; anything unreadable counts as none (their findings stay as they were). */
function parseStoryList(saved: string | null): string[] {
  try {
    const value: unknown = JSON.parse(saved ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

interface BatchContext {
  store: Store;
  stages: IngestStages;
  indexes: Indexes;
  summary: IngestSummary;
  tally: RejectionTally;
  findingsByStory: Map<string, number>;
  checkpointEvery: number;
  saveState: (indexes: Indexes, covered: number) => SavedIndexes;
  batchSize: number;
  findingsEvery: number;
  /** The store holds a non-empty list of stories due (from an interrupted run): clear it once they are done. */
  savedDirty: boolean;
  /** Stories that gained articles since their findings were last computed. */
  dirty: Map<string, DirtyStory>;
  /** Articles stored since findings were last computed. */
  sinceFindings: number;
  /** Articles stored in this run: the clock of `DirtyStory`. */
  storedInRun: number;
  /** Articles stored in this run per story when its findings were last computed in this run. */
  reconciledSize: Map<string, number>;
  /** Runs the real reconcile off the main thread (parallel runs). */
  reconciler?: ReconcilePool;
  /**
   * Rounds of deferred findings being reconciled while later batches are stored, oldest first. At most two: at the
   * end of a run the newer is reconciled while the older's findings are written.
   */
  rounds: Round[];
  /** Writes the batches in order, a few queued while the next ones are linked. */
  writer: BatchWriter;
}

interface Round {
  stories: string[];
  findings: Promise<PendingStoryFindings[]>;
}

/**
 * When a story first gained an article its findings lack, when it last gained one (in `storedInRun`), and how many
 * it has gained since.
 */
interface DirtyStory {
  since: number;
  latest: number;
  added: number;
}

/** The dirty stories to reconcile in this round (see `STALE_ROUNDS`). */
function storiesDue(context: BatchContext, last: boolean): string[] {
  const everyBatch = context.findingsEvery <= context.batchSize;
  const now = context.storedInRun;
  const due: string[] = [];
  for (const [id, { since, latest, added }] of context.dirty) {
    const quiet = now - latest >= QUIET_ROUNDS * context.findingsEvery;
    const stale = now - since >= STALE_ROUNDS * context.findingsEvery;
    const grown = added >= GROWTH_BEFORE_RECONCILE * (context.reconciledSize.get(id) ?? 0);
    const settled = now - latest >= STALE_ROUNDS * context.findingsEvery;
    if (last || everyBatch || ((quiet || stale) && grown) || settled) due.push(id);
  }
  return due.sort();
}

async function storeBatch(context: BatchContext, pending: Pending[], last = false): Promise<void> {
  if (pending.length === 0 && !(last && owesFindings(context))) return;
  const { store, stages, indexes, summary, tally } = context;
  const stored = await store.storedArticles(pending.map((p) => p.article.id));
  for (const { article } of pending) if (context.writer.writing(article.id)) stored.add(article.id);
  const records: PendingRecord[] = [];
  for (const { item, article, claims: prepared, note } of pending) {
    if (stored.has(article.id)) {
      summary.duplicates++;
      continue;
    }
    try {
      // Claims first: only an article that will be stored enters the indexes.
      const claims = prepared ?? stages.extractClaims(article);
      // Packed claims come from a worker, which gave its note on them already.
      const capped = note ?? (claims instanceof Uint8Array ? null : cappedClaimsNote(claims));
      const copy = indexes.copies.add(article);
      records.push({ article, copy, story: indexes.stories.add(article, copy), claims });
      stored.add(article.id);
      if (capped) summary.warnings.push({ item, reason: capped });
    } catch (error) {
      tally.add(problemOf(item, error));
    }
  }
  if (records.length === 0 && !(last && owesFindings(context))) return;
  context.sinceFindings += records.length;
  for (const record of records) {
    context.storedInRun++;
    const entry = context.dirty.get(record.story);
    if (entry) {
      entry.latest = context.storedInRun;
      entry.added++;
    } else context.dirty.set(record.story, { since: context.storedInRun, latest: context.storedInRun, added: 1 });
  }
  const due = last || context.sinceFindings >= context.findingsEvery;
  const checkpoint = records.length > 0 && indexes.unsaved + records.length >= context.checkpointEvery;
  let saved: SavedIndexes | undefined;
  if (checkpoint) {
    try {
      saved = context.saveState(indexes, indexes.covered + records.length);
    } catch (error) {
      summary.warnings.push(problemOf('index state', error));
    }
  }
  if (context.findingsEvery > context.batchSize || context.savedDirty || context.rounds.length > 0) {
    // The articles go with the list of stories owed findings, so a crash from here on leaves that list to
    // recompute.
    const batch = {
      articles: records,
      stateParts: saved?.stateParts,
      state: { ...saved?.state, [DIRTY_STORIES_KEY]: JSON.stringify(owedStories(context)) },
    };
    if (saved) {
      // The saved indexes are views of live arrays: written from this thread, not copied to another one.
      await context.writer.flush();
      await store.write(unpackBatch(batch));
    } else await context.writer.write(batch);
    if (due) {
      // Reconciling reads the stories' articles from the store: the round starts once the articles queued so far
      // are written, while this thread goes on linking the next batches.
      const stored = context.writer.landed();
      // The last round was reconciled from the store while this one's articles were linked and stored. The end
      // of a run can owe findings to every story in the window: they go a round at a time, so that their
      // findings are never all held at once, each round reconciled while the one before it is written.
      await landRound(context);
      const stories = storiesDue(context, last);
      for (let at = 0; at < Math.max(1, stories.length); at += STORIES_PER_ROUND) {
        startRound(context, stories.slice(at, at + STORIES_PER_ROUND), stored);
        if (context.rounds.length > 1) await landRound(context);
      }
      if (last) while (context.rounds.length > 0) await landRound(context);
    }
  } else {
    await context.writer.flush();
    const dueStories = due ? storiesDue(context, last) : [];
    const findings = due ? await recomputeFindings(context, records, dueStories) : [];
    await store.write(unpackBatch({ articles: records, findings, ...saved }));
    if (due) markReconciled(context, dueStories);
    for (const entry of findings) context.findingsByStory.set(entry.story, entry.count);
  }
  indexes.covered += records.length;
  indexes.unsaved = saved ? 0 : indexes.unsaved + records.length;
  summary.stored += records.length;
}

function owesFindings(context: BatchContext): boolean {
  return context.dirty.size > 0 || context.rounds.length > 0;
}

/** Stories whose stored findings lack some of their stored articles: waiting for a round, or in one. */
function owedStories(context: BatchContext): string[] {
  return [...new Set([...context.dirty.keys(), ...context.rounds.flatMap((round) => round.stories)])].sort();
}

function markReconciled(context: BatchContext, stories: string[]): void {
  for (const id of stories) {
    const added = context.dirty.get(id)?.added ?? 0;
    context.reconciledSize.set(id, (context.reconciledSize.get(id) ?? 0) + added);
    context.dirty.delete(id);
  }
  context.sinceFindings = 0;
}

/**
 * Starts reconciling `stories` from the store (in worker threads when there are some) once `stored`, the writes of
 * their articles, has settled, without waiting: the next batches are linked and stored meanwhile, and `landRound`
 * writes the findings. A story that gains an article before then is owed findings again and waits for a later round.
 */
function startRound(context: BatchContext, stories: string[], stored: Promise<void>): void {
  markReconciled(context, stories);
  const findings = stored.then(() => recomputeFindings(context, [], stories));
  // A failed write is thrown by the writer's next flush; until the round lands, it is not an unhandled rejection.
  findings.catch(() => undefined);
  context.rounds.push({ stories, findings });
}

/**
 * Writes the findings of the oldest round in flight, a few stories per write (the store's work per write grows faster
 * than the write), the last write leaving on the saved list only the stories still owed findings.
 */
async function landRound(context: BatchContext): Promise<void> {
  const round = context.rounds[0];
  if (!round) return;
  const findings = await round.findings;
  context.rounds.shift();
  const owed = owedStories(context);
  for (let at = 0; at < Math.max(1, findings.length); at += STORIES_PER_FINDINGS_WRITE) {
    const last = at + STORIES_PER_FINDINGS_WRITE >= findings.length;
    await context.writer.write({
      articles: [],
      findings: findings.slice(at, at + STORIES_PER_FINDINGS_WRITE),
      state: last ? { [DIRTY_STORIES_KEY]: JSON.stringify(owed) } : undefined,
    });
  }
  context.savedDirty = owed.length > 0;
  for (const entry of findings) context.findingsByStory.set(entry.story, entry.count);
}

/**
 * Published order (undated last), then id: the order the store lists a story's articles in, so reconciling sees
 * the same order however the articles were split into batches.
 */
function compareArticles(a: Article, b: Article): number {
  if ((a.published === null) !== (b.published === null)) return a.published === null ? 1 : -1;
  if (a.published !== b.published) return (a.published ?? '') < (b.published ?? '') ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A SQLite file that worker threads can open and read themselves. */
function readableByWorkers(store: Store): boolean {
  return store.kind === 'sqlite' && store.location !== ':memory:';
}

/**
 * Reconciles the stories due, each over its stored articles and `records`, the new ones of this batch not stored
 * yet. With worker threads and a SQLite file, stories with nothing unstored go to the workers by id, and each
 * worker reads its stories from the file.
 */
async function recomputeFindings(
  context: BatchContext,
  records: PendingRecord[],
  due: string[],
): Promise<PendingStoryFindings[]> {
  const { reconciler } = context;
  if (reconciler && records.length === 0 && readableByWorkers(context.store)) {
    const database = context.store.location;
    const reconcileStored = async (storyId: string): Promise<PendingStoryFindings | null> => {
      try {
        const out = await reconciler.run({ storyId, database });
        return out && { story: storyId, ...out };
      } catch (error) {
        context.summary.warnings.push(problemOf(`story ${storyId}`, error));
        return null;
      }
    };
    const out = await Promise.all(due.map(reconcileStored));
    return out.filter((entry): entry is PendingStoryFindings => entry !== null);
  }
  const byStory = new Map<string, PendingRecord[]>();
  for (const record of records) appendTo(byStory, record.story, record);
  const reconcile = async ({ story, articles, claims, copies }: StoryData): Promise<PendingStoryFindings | null> => {
    try {
      const out = reconciler && (await reconciler.run({ story, articles, claims, copies }));
      if (out) return { story: story.id, ...out };
      const findings: Finding[] = context.stages.reconcile(story, articles, claims, copies);
      const count = findings.length;
      const sources = context.stages.countSources?.(articles, copies);
      return sources === undefined
        ? { story: story.id, findings, count }
        : { story: story.id, findings, count, sources };
    } catch (error) {
      context.summary.warnings.push(problemOf(`story ${story.id}`, error));
      return null;
    }
  };
  // Read a slice of stories at a time, each slice reconciled while the next is read.
  const reconciling: Array<Promise<PendingStoryFindings | null>> = [];
  for (const slice of chunks(due, STORIES_PER_READ)) {
    const stored = await context.store.getStoriesMembers(slice);
    for (const id of slice) {
      const input = storyData(id, stored.get(id) ?? null, byStory.get(id) ?? []);
      if (input) reconciling.push(reconcile(input));
    }
  }
  const out = await Promise.all(reconciling);
  return out.filter((entry): entry is PendingStoryFindings => entry !== null);
}

/** A story to reconcile: its stored members and `added`, its articles not stored yet; null if it has none. */
function storyData(id: string, stored: StoryMembers | null, added: PendingRecord[]): StoryData | null {
  const members = [
    ...(stored?.articles.map((a, i) => ({ article: a.article, claims: stored.claims[i], copy: a.copy })) ?? []),
    ...added.map((r) => ({ article: r.article, claims: unpackClaims(r.article.id, r.claims), copy: r.copy })),
  ].sort((a, b) => compareArticles(a.article, b.article));
  if (members.length === 0) return null;
  const articles: Article[] = members.map((m) => m.article);
  const claims: StatedClaims[] = members.map((m) => m.claims);
  const copies: CopyLink[] = members.map((m) => m.copy);
  const story: Story = {
    id,
    title: stored?.title ?? added.find((r) => r.article.title)?.article.title ?? null,
    articles: articles.map((a) => a.id),
  };
  return { story, articles, claims, copies };
}
