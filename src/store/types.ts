/**
 * The store: one async interface, two backends (SQLite, PostgreSQL) that pass the same test suite.
 * Every query returns results in a deterministic order. Dates are the articles' ISO strings, compared as text.
 */
import type { Article } from '../records/article.js';
import type { ArticleClaims, Figure, Quote, StatedClaims } from '../records/claim.js';
import type { Finding, FindingStatus } from '../records/finding.js';
import type { CopyLink } from '../records/story.js';
import type { ClaimSpan } from './claim-status.js';

/**
 * An article's claims as the store's values: for each claim, quotes then figures, the nine values of its row that
 * the claim alone decides (kind, idx, start_at, end_at, text, speaker, unit, sentence_text, data) in `fields`; and
 * the article's `extras` column. A worker that extracts claims encodes them so (`encodeClaims` in rows.ts): flat
 * strings and numbers cross to the writer's thread several times cheaper than claim objects, which the writer
 * would only encode itself.
 */
export interface EncodedClaims {
  fields: Array<string | number | null>;
  extras: string;
}

/** One article as the pipeline writes it: the article, its copy link, its story and its claims. */
export interface ArticleRecord {
  article: Article;
  copy: CopyLink;
  /** The story id the article was assigned to. */
  story: string;
  /** Its claims, or the same claims already encoded as the store's values (`encodeClaims`). */
  claims: ArticleClaims | EncodedClaims;
}

/**
 * A story's findings as the store's values: for each finding in order, its kind, status and JSON (`data`) in
 * `fields`. A reconcile worker encodes them so (`encodeFindings` in rows.ts), for the same reason as `EncodedClaims`:
 * strings cross to the writer's thread cheaper than finding objects, which the writer would only turn into JSON.
 */
export interface EncodedFindings {
  fields: string[];
}

/** The findings of one story; writing them replaces every earlier finding of that story. */
export interface StoryFindings {
  story: string;
  /** Its findings, or the same findings already encoded as the store's values (`encodeFindings`). */
  findings: Finding[] | EncodedFindings;
  /** The story's independent sources as the reconciliation groups them; when absent the store counts them itself. */
  sources?: number;
  /**
   * The statuses these findings give the story's stored claims, when worked out where the claims were just read
   * (a reconcile worker reads a story's claims from the file); when absent the store reads the claims to work them out.
   */
  claimStatuses?: ClaimStatusRow[];
}

/** A stored quote or figure's status: its row (`seq`) and the status the story's findings give it. */
export type ClaimStatusRow = [seq: number, status: FindingStatus];

/**
 * One atomic write: all of it is stored, or (on any error) none of it.
 * Articles already stored (same id) are left as they are (first write wins), never duplicated.
 */
export interface WriteBatch {
  articles: ArticleRecord[];
  /** Findings replaced per story, in the same transaction. */
  findings?: StoryFindings[];
  /** State blobs (see `getState`) saved in the same transaction, so indexes never run ahead of or behind the articles. */
  state?: Record<string, string>;
  /** Binary state (see `getStateParts`) saved in the same transaction, replacing all earlier parts of each key. */
  stateParts?: Record<string, Uint8Array[]>;
}

/** Keys of the state blobs the pipeline keeps. Others may be used freely. */
export const STATE_KEYS = {
  /** Binary parts (`getStateParts`). */
  copyIndex: 'copy-index',
  /** Binary parts (`getStateParts`). */
  storyIndex: 'story-index',
  feedState: 'feed-state',
  /** How many stored articles (in stored order) the saved copy and story indexes include: the rest are replayed. */
  indexedArticles: 'indexed-articles',
} as const;

export type FindingCounts = Record<FindingStatus, number>;

/** A story as listed: counts and dates over its articles. */
export interface StorySummary {
  id: string;
  /** The title of its earliest article (by published date, then id). */
  title: string | null;
  articles: number;
  /**
   * Independent sources: as the pipeline last counted them (`StoryFindings.sources`), else distinct outlets (an
   * article without one counts alone) among articles that are neither a copy (`copyOf`) nor derived (`derivedFrom`).
   */
  sources: number;
  /** Distinct outlets among its articles. */
  outlets: string[];
  firstPublished: string | null;
  lastPublished: string | null;
  findings: FindingCounts;
}

export interface StoredArticle {
  article: Article;
  copy: CopyLink;
  story: string;
}

export interface StoryDetail {
  summary: StorySummary;
  /** Ordered by published date (undated last), then id. */
  articles: StoredArticle[];
  /** One per article, in the same order as `articles`. */
  claims: ArticleClaims[];
  /** In the order they were written. */
  findings: Finding[];
}

/** What reconciling a story reads: its articles and their claims, without its findings or summary. */
export interface StoryMembers {
  title: string | null;
  /** Ordered as in `StoryDetail`. */
  articles: StoredArticle[];
  /** One per article, in the same order as `articles`: quotes and figures only (dates and entities are not read). */
  claims: StatedClaims[];
  /** Where each of those quotes and figures is stored (its row) and sits, to give them statuses from new findings. */
  spans: ClaimSpan[];
}

export interface ArticleDetail extends StoredArticle {
  storyTitle: string | null;
  /** Its quotes, figures, dates and entities. */
  claims: ArticleClaims;
  /** Findings of its story with at least one claim in this article. */
  findings: Finding[];
}

export interface Page<T> {
  /** How many match in all (ignoring limit and offset). */
  total: number;
  items: T[];
}

export interface PageQuery {
  /** Default 50, at most 1000. */
  limit?: number;
  offset?: number;
}

export interface StoryQuery extends PageQuery {
  /** Stories with an article published on or after this ISO date (`2025-04-01` or a date-time). */
  since?: string;
  /** Full-text search over the stories' article titles and texts (words, all must match; prefix with `*`). */
  q?: string;
}

export type ClaimKind = 'quote' | 'figure';

export interface ClaimQuery extends PageQuery {
  /** Full-text search over quote text, speaker and sentence; figure text, unit and sentence. */
  q?: string;
  kind?: ClaimKind;
  /** The status of the finding the claim belongs to; `single-source` etc. */
  status?: FindingStatus;
  /** Claims in articles published on or after this ISO date. */
  since?: string;
  /** Figures with this unit (`USD`, `%`, `tank`); quotes never match a unit filter. */
  unit?: string;
  story?: string;
  article?: string;
}

/** One row of the claims ledger: a quote or a figure with its source and the status its story gave it. */
export interface LedgerEntry {
  kind: ClaimKind;
  article: string;
  story: string;
  outlet: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
  /** The strongest status of any finding holding this claim (conflict > quote-drift > quote-vs-paraphrase > corroborated > single-source), else null. */
  status: FindingStatus | null;
  /** The sentence holding the claim, cut from the article text (at most 1,000 characters either side of the claim). */
  sentenceText: string;
  quote?: Quote;
  figure?: Figure;
}

export interface StoreCounts {
  articles: number;
  stories: number;
  quotes: number;
  figures: number;
  findings: number;
}

export type StoreKind = 'sqlite' | 'postgres';

export interface Store {
  readonly kind: StoreKind;
  /** Where it is: the SQLite path, or the PostgreSQL URL without its password. */
  readonly location: string;
  /** Applies pending migrations (called by `openStore`; safe to call again). */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /** Writes a batch atomically (see `WriteBatch`). */
  write(batch: WriteBatch): Promise<void>;
  hasArticle(id: string): Promise<boolean>;
  /** The subset of `ids` already stored. */
  storedArticles(ids: string[]): Promise<Set<string>>;
  /** Articles in the order they were stored, skipping the first `offset` (to rebuild in-memory indexes). */
  articlesInOrder(offset: number, limit: number): Promise<StoredArticle[]>;

  getState(key: string): Promise<string | null>;
  /**
   * Binary state saved in parts (`WriteBatch.stateParts`), in order, or null if none was saved. Kept apart from
   * `getState`: a large index is written a part at a time, never as one string.
   */
  getStateParts(key: string): Promise<Uint8Array[] | null>;
  setState(key: string, value: string): Promise<void>;

  listStories(query?: StoryQuery): Promise<Page<StorySummary>>;
  getStory(id: string): Promise<StoryDetail | null>;
  /** A story's articles and claims, or null if it has no articles: `getStory` without the findings. */
  getStoryMembers(id: string): Promise<StoryMembers | null>;
  /** `getStoryMembers` of several stories at once, in a few reads: those with articles, by id. */
  getStoriesMembers(ids: string[]): Promise<Map<string, StoryMembers>>;
  getArticle(id: string): Promise<ArticleDetail | null>;
  searchClaims(query?: ClaimQuery): Promise<Page<LedgerEntry>>;
  counts(): Promise<StoreCounts>;
}

export const DEFAULT_DB_PATH = './corroborate.db';
export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 1000;
