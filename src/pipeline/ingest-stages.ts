/**
 * The stages `ingest` runs, behind a small seam so tests can put a failing or fake stage in their place.
 * Stateful stages (copies, stories) are opened from their saved state and saved back after each batch.
 */
import type { SavedState } from '../dedup/serial.js';
import type { Article, SourceDocument } from '../records/article.js';
import type { ArticleClaims, StatedClaims } from '../records/claim.js';
import type { Finding } from '../records/finding.js';
import type { CopyLink, Story } from '../records/story.js';

export interface CopyStage {
  add(article: Article): CopyLink;
  /** The state to persist (parts `openCopies` accepts), stored before the next `add`. */
  save(): SavedState;
}

export interface StoryStage {
  /** The id of the story the article joins (a new one or an existing one). */
  add(article: Article, copy: CopyLink): string;
  /** The state to persist (parts `openStories` accepts), stored before the next `add`. */
  save(): SavedState;
}

export interface IngestStages {
  /** `normalise` and `extractClaims` are the real ones, so worker threads (parallel/prepare.ts) may run them. */
  prepareInWorkers?: boolean;
  normalise(doc: SourceDocument): Article;
  extractClaims(article: Article): ArticleClaims;
  /** Opens the copy index from its saved state (null: a fresh one). */
  openCopies(saved: SavedState | null): CopyStage;
  /** Opens the story index from its saved state (null: a fresh one). */
  openStories(saved: SavedState | null): StoryStage;
  reconcile(story: Story, articles: Article[], claims: StatedClaims[], copies: CopyLink[]): Finding[];
  /** A story's independent sources, counted as the reconciliation counts them; without it the store counts. */
  countSources?(articles: Article[], copies: CopyLink[]): number;
}
