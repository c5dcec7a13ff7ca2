/** Small deterministic stand-ins for the real stages, for tests of the pipeline's bookkeeping. */
import { jsonState, readJsonState } from '../dedup/serial.js';
import type { Article, SourceDocument } from '../records/article.js';
import type { ArticleClaims, Figure } from '../records/claim.js';
import type { Finding } from '../records/finding.js';
import { contentId } from '../records/ids.js';
import { ItemError } from '../records/problem.js';
import type { IngestStages } from './ingest-stages.js';

/** Normalise: `text` (or HTML with its tags dropped) required. Copies: same text as an earlier article. Stories: the title's first word. */
export function fakeStages(): IngestStages {
  return {
    normalise(doc: SourceDocument): Article {
      const text =
        doc.text ??
        doc.html
          ?.replace(/<[^>]*>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim();
      if (!text?.trim()) throw new ItemError(doc.item, 'no text');
      return {
        id: doc.meta.id ?? contentId(text),
        file: doc.file,
        url: doc.meta.url ?? null,
        title: doc.meta.title ?? null,
        byline: null,
        published: doc.meta.published ?? null,
        outlet: doc.meta.outlet ?? null,
        distributor: null,
        language: null,
        credits: [],
        text,
        boilerplate: [],
      };
    },
    extractClaims(article: Article): ArticleClaims {
      const figures: Figure[] = [...article.text.matchAll(/(\d+) (\w+)/g)].map((m) => ({
        article: article.id,
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        value: Number(m[1]),
        unit: m[2],
        kind: 'quantity',
        qualifier: null,
        period: null,
        sentence: { start: 0, end: article.text.length },
      }));
      return { article: article.id, quotes: [], figures, dates: [], entities: [] };
    },
    openCopies(saved) {
      const firstByText = new Map<string, string>(saved ? (readJsonState(saved) as Array<[string, string]>) : []);
      return {
        add(article) {
          const first = firstByText.get(article.text);
          if (first === undefined) firstByText.set(article.text, article.id);
          return { article: article.id, copyOf: first ?? null, derivedFrom: null };
        },
        save: () => jsonState([...firstByText]),
      };
    },
    openStories(saved) {
      const seen = saved ? (readJsonState(saved) as string[]) : [];
      return {
        add(article) {
          const id = `story-${(article.title ?? 'untitled').split(' ')[0].toLowerCase()}`;
          if (!seen.includes(id)) seen.push(id);
          return id;
        },
        save: () => jsonState(seen),
      };
    },
    reconcile(story, articles, claims): Finding[] {
      const figures = claims.flatMap((c) => c.figures);
      if (figures.length === 0) return [];
      const values = new Set(figures.map((f) => f.value));
      return [
        {
          story: story.id,
          kind: 'figure',
          status: values.size > 1 ? 'conflict' : articles.length > 1 ? 'corroborated' : 'single-source',
          summary: `${figures.length} figures in ${articles.length} articles`,
          sources: articles.length,
          claims: figures.map((f) => ({ article: f.article, text: f.text, start: f.start, end: f.end })),
        },
      ];
    },
  };
}
