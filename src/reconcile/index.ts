import type { Article } from '../records/article.js';
import type { Figure, Quote, StatedClaims } from '../records/claim.js';
import type { Finding, FindingStatus } from '../records/finding.js';
import type { CopyLink, Story } from '../records/story.js';
import { layout } from '../text/layout.js';
import { reconcileFigures } from './align-figures.js';
import { reconcileQuotes } from './align-quotes.js';
import { perArticle } from './echoes.js';
import { sourceGroups } from './independence.js';
import { sentenceAnchors, statementConflicts } from './statement-conflicts.js';

export { countSources, sourceGroups } from './independence.js';

const STATUS_ORDER: FindingStatus[] = [
  'conflict',
  'quote-drift',
  'quote-vs-paraphrase',
  'corroborated',
  'single-source',
];

function byStatusThenPlace(a: Finding, b: Finding): number {
  const status = STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
  if (status !== 0) return status;
  if (a.sources !== b.sources) return b.sources - a.sources;
  const [ca, cb] = [a.claims[0], b.claims[0]];
  if (ca.article !== cb.article) return ca.article < cb.article ? -1 : 1;
  return ca.start - cb.start;
}

/**
 * The findings of one story: its articles' claims aligned across independent sources. Pure: the same articles,
 * claims and copy links always give the same findings, in the same order.
 */
export function reconcileStory(
  story: Story,
  articles: Article[],
  claims: StatedClaims[],
  copies: CopyLink[],
): Finding[] {
  const members = new Set(story.articles);
  const storyArticles = articles.filter((article) => members.has(article.id));
  const groups = sourceGroups(storyArticles, copies);
  const quotes = new Map<string, Quote[]>();
  const figures = new Map<string, Figure[]>();
  for (const entry of claims) {
    if (!members.has(entry.article)) continue;
    quotes.set(entry.article, entry.quotes);
    figures.set(entry.article, entry.figures);
  }
  // Laid out only where asked for: statement conflicts need the sentences of articles that name a weekday or an
  // office, quotes those of every article only when a quote meets reported speech by its speaker.
  const sentences = perArticle((article) => layout(article.text, article.boilerplate).sentences);
  const aligned = [
    ...reconcileQuotes(story.id, storyArticles, quotes, groups, sentences),
    ...reconcileFigures(story.id, storyArticles, figures, groups),
  ];
  const conflicts = statementConflicts(story.id, storyArticles, sentences, groups, sentenceAnchors(aligned));
  return [...aligned, ...conflicts].sort(byStatusThenPlace);
}
