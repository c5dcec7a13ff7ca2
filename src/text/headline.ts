import type { Article } from '../records/article.js';
import { layout } from './layout.js';

const MAX_HEADLINE = 200;

/** What to call an article in a list: its title, else its first sentence (boilerplate left out), shortened. */
export function headline(article: Pick<Article, 'title' | 'text' | 'boilerplate'>): string | null {
  const title = article.title?.trim();
  if (title) return title;
  const [first] = layout(article.text, article.boilerplate).sentences;
  if (!first) return null;
  const sentence = article.text.slice(first.start, first.end).replace(/\s+/g, ' ');
  return sentence.length > MAX_HEADLINE ? `${sentence.slice(0, MAX_HEADLINE - 1)}…` : sentence;
}
