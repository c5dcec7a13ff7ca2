import type { Article } from '../records/article.js';
import type { ArticleClaims } from '../records/claim.js';
import { layout } from '../text/layout.js';
import { extractEntities } from '../text/mentions.js';
import { extractDates } from './dates.js';
import { extractFigures } from './figures.js';
import { extractQuotes } from './quotes.js';

/**
 * Every claim of one article: quotes and reported speech with their speakers, figures, dates, and the named
 * entities they rest on. Pure; offsets index into `article.text`, and boilerplate lines yield nothing.
 */
export function extractClaims(article: Article): ArticleClaims {
  const parts = layout(article.text, article.boilerplate);
  const entities = extractEntities(article.text, parts);
  const dates = extractDates(article.text, parts, article.published);
  return {
    article: article.id,
    quotes: extractQuotes(article.text, parts, entities, article.id),
    figures: extractFigures(article.text, parts, article.published, article.id, dates),
    dates,
    entities,
  };
}
