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
import { type ClaimSpan, claimStatuses } from '../../store/claim-status.js';
import { openSqliteStoreForReading } from '../../store/sqlite/open-sqlite-store.js';
import type { ClaimStatusRow, Store } from '../../store/types.js';
import { type PackedClaimStatuses, type PackedFindings, packClaimStatuses, packFindings } from './packed-claims.js';

export interface StoryData {
  story: Story;
  articles: Article[];
  claims: StatedClaims[];
  copies: CopyLink[];
  /** Where the story's stored claims are, when it was read from the store: their statuses are then worked out here. */
  spans?: ClaimSpan[];
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
  /** The statuses the findings give the story's stored claims (see `StoryFindings.claimStatuses`). */
  claimStatuses?: ClaimStatusRow[];
}

export function reconcileData({ story, articles, claims, copies, spans }: StoryData): ReconcileOutput {
  const findings = reconcileStory(story, articles, claims, copies);
  const sources = countSources(
    articles.map((article) => article.id),
    sourceGroups(articles, copies),
  );
  // Worked out from the claims just read, the writer need not read them again. Claims of articles stored since are
  // in no finding, so they get no status either way.
  return spans ? { findings, sources, claimStatuses: [...claimStatuses(spans, findings)] } : { findings, sources };
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
    spans: detail.spans,
  };
}

/** What a reconcile worker posts back: the findings packed for the writer (see packed-claims.ts), and their count. */
export interface PackedReconcileOutput {
  findings: PackedFindings;
  count: number;
  sources: number;
  claimStatuses?: PackedClaimStatuses;
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
  if (!out) return null;
  const packed = { findings: packFindings(out.findings), count: out.findings.length, sources: out.sources };
  return out.claimStatuses ? { ...packed, claimStatuses: packClaimStatuses(out.claimStatuses) } : packed;
}
