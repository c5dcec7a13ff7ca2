import { normalise } from '../extract/normalise.js';
import { readSources } from '../readers/index.js';
import type { ReadOptions } from '../readers/types.js';
import type { Article } from '../records/article.js';
import { type Problem, problemOf } from '../records/problem.js';

export interface Loaded {
  articles: Article[];
  problems: Problem[];
  /** Items read: articles + problems. */
  read: number;
}

/**
 * Reads and normalises every source into memory (for commands that work on a set of articles at once). A bad item
 * becomes a problem naming it; the others still load. The same article twice (same id) is loaded once, unless
 * `distinct` is false.
 */
export async function loadArticles(
  sources: string[],
  options: ReadOptions = {},
  onProblem?: (problem: Problem) => void,
  { distinct = true }: { distinct?: boolean } = {},
): Promise<Loaded> {
  const articles: Article[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const report = (problem: Problem) => {
    problems.push(problem);
    onProblem?.(problem);
  };
  for await (const item of readSources(sources, options)) {
    if (item.problem) {
      report(item.problem);
      continue;
    }
    try {
      const article = normalise(item.doc);
      const earlier = seen.get(article.id);
      if (distinct && earlier !== undefined) {
        report({ item: item.doc.item, reason: `the same article as ${earlier} (id ${article.id}); read once` });
        continue;
      }
      seen.set(article.id, item.doc.item);
      articles.push(article);
    } catch (error) {
      report(problemOf(item.doc.item, error));
    }
  }
  return { articles, problems, read: articles.length + problems.length };
}
