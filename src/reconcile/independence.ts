import type { Article } from '../records/article.js';
import type { CopyLink } from '../records/story.js';

/**
 * Groups articles into independent sources. Two articles are one source when one copies the other, when one is
 * derived from the other, when both credit the same original outlet or wire, or when both come from the same
 * outlet. Returns, for each article id, the id of its source group (the first article of the group, input order).
 */
export function sourceGroups(articles: Article[], copies: CopyLink[]): Map<string, string> {
  const parent = new Map<string, string>();
  for (const article of articles) parent.set(article.id, article.id);
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let node = id;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const order = new Map(articles.map((article, index) => [article.id, index]));
  const union = (a: string, b: string): void => {
    if (!parent.has(a) || !parent.has(b)) return;
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    if (order.get(ra)! <= order.get(rb)!) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  for (const link of copies) {
    if (link.copyOf) union(link.article, link.copyOf);
    if (link.derivedFrom) union(link.article, link.derivedFrom);
  }
  const firstWithKey = new Map<string, string>();
  const joinOn = (key: string, id: string): void => {
    const first = firstWithKey.get(key);
    if (first === undefined) firstWithKey.set(key, id);
    else union(first, id);
  };
  for (const article of articles) {
    for (const credit of article.credits) joinOn(`credit:${credit.toLowerCase()}`, article.id);
    if (article.outlet) joinOn(`credit:${article.outlet.toLowerCase()}`, article.id);
  }
  return new Map(articles.map((article) => [article.id, find(article.id)]));
}

/** How many independent sources a set of articles represents. */
export function countSources(articleIds: Iterable<string>, groups: Map<string, string>): number {
  const distinct = new Set<string>();
  for (const id of articleIds) distinct.add(groups.get(id) ?? id);
  return distinct.size;
}
