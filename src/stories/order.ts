/**
 * Publication order for a batch: a stable sort by date, where an undated article takes the date of the dated
 * article before it in the input, so undated articles keep their place.
 */
import { dayOf } from '../dedup/copy-index.js';
import type { Article } from '../records/article.js';

export function publicationOrder(articles: readonly Article[]): number[] {
  const keys = new Float64Array(articles.length);
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < articles.length; i++) {
    const day = dayOf(articles[i].published);
    if (day !== null) last = day;
    keys[i] = last;
  }
  const order = articles.map((_, i) => i);
  order.sort((a, b) => keys[a] - keys[b] || a - b);
  return order;
}
