/**
 * The pipeline over the store: read items -> normalise -> skip stored ids -> claims -> copy link -> story ->
 * store, in batches. Each batch is one transaction holding its articles, the recomputed findings of every story
 * that gained an article, and the saved copy and story indexes, so an interrupted run leaves the store consistent
 * and running it again completes the work.
 */
import type { Article } from '../records/article.js';
import type { ArticleClaims } from '../records/claim.js';
import type { Finding } from '../records/finding.js';
import { problemOf } from '../records/problem.js';
import type { CopyLink, Story } from '../records/story.js';
import type { ReadItem } from '../readers/types.js';
import { type ArticleRecord, STATE_KEYS, type Store, type StoryFindings } from '../store/types.js';
import type { CopyStage, IngestStages, StoryStage } from './ingest-stages.js';
import { emptySummary, type IngestSummary, RejectionTally } from './ingest-summary.js';

/** Articles per transaction: larger batches write faster; smaller ones lose less work to a crash and report sooner. */
export const DEFAULT_BATCH_SIZE = 200;

export interface IngestOptions {
  batchSize?: number;
  /** The stages to run; the real ones by default. */
  stages?: IngestStages;
  /** Called after each item is counted and after each batch is stored, with the running summary. */
  onProgress?: (summary: IngestSummary) => void;
}

interface Pending {
  item: string;
  article: Article;
}

/** Runs of `ingest` on one store take turns, so each loads the indexes the previous one saved. */
const running = new WeakMap<Store, Promise<unknown>>();

export function ingest(store: Store, items: AsyncIterable<ReadItem>, options: IngestOptions = {}): Promise<IngestSummary> {
  const previous = running.get(store) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => ingestNow(store, items, options));
  running.set(store, run);
  return run;
}

async function ingestNow(store: Store, items: AsyncIterable<ReadItem>, options: IngestOptions): Promise<IngestSummary> {
  const stages = options.stages ?? (await import('./ingest-default-stages.js')).defaultStages;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const summary = emptySummary();
  const tally = new RejectionTally(summary);
  const progress = () => {
    tally.update();
    options.onProgress?.(summary);
  };
  const copies = stages.openCopies(await store.getState(STATE_KEYS.copyIndex));
  const stories = stages.openStories(await store.getState(STATE_KEYS.storyIndex));
  const findingsByStory = new Map<string, number>();
  const context: BatchContext = { store, stages, copies, stories, summary, tally, findingsByStory };

  let pending: Pending[] = [];
  for await (const entry of items) {
    summary.read++;
    if (entry.problem) {
      tally.add(entry.problem);
    } else {
      try {
        pending.push({ item: entry.doc.item, article: stages.normalise(entry.doc) });
      } catch (error) {
        tally.add(problemOf(entry.doc.item, error));
      }
    }
    if (pending.length >= batchSize) {
      await storeBatch(context, pending);
      pending = [];
    }
    progress();
  }
  await storeBatch(context, pending);
  summary.stories = findingsByStory.size;
  summary.findings = [...findingsByStory.values()].reduce((a, b) => a + b, 0);
  progress();
  return summary;
}

interface BatchContext {
  store: Store;
  stages: IngestStages;
  copies: CopyStage;
  stories: StoryStage;
  summary: IngestSummary;
  tally: RejectionTally;
  findingsByStory: Map<string, number>;
}

async function storeBatch(context: BatchContext, pending: Pending[]): Promise<void> {
  if (pending.length === 0) return;
  const { store, stages, copies, stories, summary, tally } = context;
  const stored = await store.storedArticles(pending.map((p) => p.article.id));
  const records: ArticleRecord[] = [];
  for (const { item, article } of pending) {
    if (stored.has(article.id)) {
      summary.duplicates++;
      continue;
    }
    try {
      // Claims first: only an article that will be stored enters the indexes, so they describe the stored articles.
      const claims = stages.extractClaims(article);
      const copy = copies.add(article);
      records.push({ article, copy, story: stories.add(article, copy), claims });
      stored.add(article.id);
    } catch (error) {
      tally.add(problemOf(item, error));
    }
  }
  if (records.length === 0) return;
  const findings = await recomputeFindings(context, records);
  await store.write({
    articles: records,
    findings,
    state: { [STATE_KEYS.copyIndex]: copies.save(), [STATE_KEYS.storyIndex]: stories.save() },
  });
  summary.stored += records.length;
  for (const entry of findings) context.findingsByStory.set(entry.story, entry.findings.length);
}

/** Reconciles every story that gains an article in this batch, over its stored articles and the new ones. */
async function recomputeFindings(context: BatchContext, records: ArticleRecord[]): Promise<StoryFindings[]> {
  const byStory = new Map<string, ArticleRecord[]>();
  for (const record of records) byStory.set(record.story, [...(byStory.get(record.story) ?? []), record]);
  const out: StoryFindings[] = [];
  for (const id of [...byStory.keys()].sort()) {
    const added = byStory.get(id) ?? [];
    const existing = await context.store.getStory(id);
    const articles: Article[] = [...(existing?.articles.map((a) => a.article) ?? []), ...added.map((r) => r.article)];
    const claims: ArticleClaims[] = [...(existing?.claims ?? []), ...added.map((r) => r.claims)];
    const copies: CopyLink[] = [...(existing?.articles.map((a) => a.copy) ?? []), ...added.map((r) => r.copy)];
    const story: Story = {
      id,
      title: existing?.summary.title ?? added.find((r) => r.article.title)?.article.title ?? null,
      articles: articles.map((a) => a.id),
    };
    let findings: Finding[];
    try {
      findings = context.stages.reconcile(story, articles, claims, copies);
    } catch (error) {
      context.summary.warnings.push(problemOf(`story ${id}`, error));
      continue;
    }
    out.push({ story: id, findings });
  }
  return out;
}
