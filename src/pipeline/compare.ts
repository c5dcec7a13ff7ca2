import { extractClaims } from '../claims/index.js';
import { countSources, sourceGroups } from '../reconcile/independence.js';
import { reconcileStory } from '../reconcile/index.js';
import type { Article } from '../records/article.js';
import type { ArticleClaims, Figure, Quote } from '../records/claim.js';
import type { Finding } from '../records/finding.js';
import type { CopyLink, Story } from '../records/story.js';
import { clusterArticles } from '../stories/cluster.js';

export interface ComparedArticle {
  id: string;
  file: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  credits: string[];
  copyOf: string | null;
  derivedFrom: string | null;
}

export interface ComparedStory extends Story {
  /** Independent sources among the story's articles. */
  sources: number;
}

/** The result of `corroborate compare`: the shape of its `--json` output. */
export interface CompareReport {
  articles: ComparedArticle[];
  stories: ComparedStory[];
  quotes: Quote[];
  figures: Figure[];
  findings: Finding[];
}

/** Everything the report needs besides the JSON shape: the articles' texts, for showing evidence in context. */
export interface CompareResult {
  report: CompareReport;
  articles: Article[];
  claims: ArticleClaims[];
  copies: CopyLink[];
}

/** The whole pipeline over a set of articles held in memory: copies, stories, claims, findings. */
export function compare(articles: Article[]): CompareResult {
  const { copies, stories } = clusterArticles(articles);
  const claims = articles.map(extractClaims);
  const copyByArticle = new Map(copies.map((link) => [link.article, link]));
  const groups = sourceGroups(articles, copies);
  const findings = stories.flatMap((story) => reconcileStory(story, articles, claims, copies));
  return {
    articles,
    claims,
    copies,
    report: {
      articles: articles.map((article) => ({
        id: article.id,
        file: article.file,
        title: article.title,
        outlet: article.outlet,
        published: article.published,
        credits: article.credits,
        copyOf: copyByArticle.get(article.id)?.copyOf ?? null,
        derivedFrom: copyByArticle.get(article.id)?.derivedFrom ?? null,
      })),
      stories: stories.map((story) => ({ ...story, sources: countSources(story.articles, groups) })),
      quotes: claims.flatMap((entry) => entry.quotes),
      figures: claims.flatMap((entry) => entry.figures),
      findings,
    },
  };
}
