/** Reconciling one story, as a task a worker thread can run: the real reconcile and source count. */

import { countSources, reconcileStory, sourceGroups } from '../../reconcile/index.js';
import type { Article } from '../../records/article.js';
import type { ArticleClaims } from '../../records/claim.js';
import type { Finding } from '../../records/finding.js';
import type { CopyLink, Story } from '../../records/story.js';

export interface ReconcileInput {
  story: Story;
  articles: Article[];
  claims: ArticleClaims[];
  copies: CopyLink[];
}

export interface ReconcileOutput {
  findings: Finding[];
  sources: number;
}

export function reconcileTask({ story, articles, claims, copies }: ReconcileInput): ReconcileOutput {
  return {
    findings: reconcileStory(story, articles, claims, copies),
    sources: countSources(
      articles.map((article) => article.id),
      sourceGroups(articles, copies),
    ),
  };
}
