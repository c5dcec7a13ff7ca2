/**
 * Reconciling one story, as a task a worker thread can run: the real reconcile and source count. The story comes
 * either whole (articles, claims and copy links posted to the worker) or as an id in a SQLite file the worker
 * reads itself, which spares the main thread reading the story and copying it across threads.
 */

import { countSources, reconcileStory, sourceGroups } from '../../reconcile/index.js';
import type { Article } from '../../records/article.js';
import type { StatedClaims } from '../../records/claim.js';
import type { Finding } from '../../records/finding.js';
import type { CopyLink, Story } from '../../records/story.js';
import { openSqliteStoreForReading } from '../../store/sqlite/open-sqlite-store.js';
import type { Store } from '../../store/types.js';
import { type PackedFindings, packFindings } from './packed-claims.js';

export interface StoryData {
  story: Story;
  articles: Article[];
  claims: StatedClaims[];
  copies: CopyLink[];
}

/** A story stored in a SQLite file, by id. */
export interface StoredStory {
  storyId: string;
  database: string;
}

export type ReconcileInput = StoryData | StoredStory;

export interface ReconcileOutput {
  findings: Finding[];
  sources: number;
}

export function reconcileData({ story, articles, claims, copies }: StoryData): ReconcileOutput {
  return {
    findings: reconcileStory(story, articles, claims, copies),
    sources: countSources(
      articles.map((article) => article.id),
      sourceGroups(articles, copies),
    ),
  };
}

/** One read-only store per database file, kept for the life of the thread. */
const readers = new Map<string, Store>();

/** A stored story's data, or null when it has no articles. */
export async function loadStory(store: Store, id: string): Promise<StoryData | null> {
  const detail = await store.getStoryMembers(id);
  if (!detail || detail.articles.length === 0) return null;
  const articles = detail.articles.map((a) => a.article);
  return {
    story: { id, title: detail.title, articles: articles.map((a) => a.id) },
    articles,
    claims: detail.claims,
    copies: detail.articles.map((a) => a.copy),
  };
}

/** What a reconcile worker posts back: the findings packed for the writer (see packed-claims.ts), and their count. */
export interface PackedReconcileOutput {
  findings: PackedFindings;
  count: number;
  sources: number;
}

export async function reconcileTask(input: ReconcileInput): Promise<ReconcileOutput | null> {
  if (!('storyId' in input)) return reconcileData(input);
  let store = readers.get(input.database);
  if (!store) {
    store = openSqliteStoreForReading(input.database);
    readers.set(input.database, store);
  }
  const data = await loadStory(store, input.storyId);
  return data && reconcileData(data);
}

export async function reconcileTaskPacked(input: ReconcileInput): Promise<PackedReconcileOutput | null> {
  const out = await reconcileTask(input);
  return out && { findings: packFindings(out.findings), count: out.findings.length, sources: out.sources };
}
