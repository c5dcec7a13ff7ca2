import type { Article } from '../records/article.js';
import type { ArticleClaims } from '../records/claim.js';
import { layout } from '../text/layout.js';
import { extractEntities } from '../text/mentions.js';
import { extractDates } from './dates.js';
import { extractFigures } from './figures.js';
import { extractQuotes } from './quotes.js';

/**
 * The most quotes, and the most figures, kept from one article: about ten times the most found in any of 1,754 real
 * articles (153 quotes, 109 figures). A text with more is a list, a table or a dump: one 3 MB record of
 * comma-separated numbers gave 400,000 figures, 265 MB of claim rows and as many single-source findings, and took
 * 1.6 GB to store.
 */
export const MAX_CLAIMS_PER_KIND = 1000;

/**
 * Every claim of one article: quotes and reported speech with their speakers, figures, dates, and the named
 * entities they rest on. Pure; offsets index into `article.text`, and boilerplate lines yield nothing. Past
 * `MAX_CLAIMS_PER_KIND` quotes or figures, the first ones in the text are kept and `capped` says which kind.
 */
export function extractClaims(article: Article): ArticleClaims {
  const parts = layout(article.text, article.boilerplate);
  const entities = extractEntities(article.text, parts);
  const dates = extractDates(article.text, parts, article.published);
  const quotes = extractQuotes(article.text, parts, entities, article.id);
  // One past the limit, to tell an article that has exactly the limit from one that has more.
  const figures = extractFigures(article.text, parts, article.published, article.id, dates, {
    limit: MAX_CLAIMS_PER_KIND + 1,
  });
  const claims: ArticleClaims = {
    article: article.id,
    quotes: quotes.slice(0, MAX_CLAIMS_PER_KIND),
    figures: figures.slice(0, MAX_CLAIMS_PER_KIND),
    dates,
    entities,
  };
  const capped: NonNullable<ArticleClaims['capped']> = [];
  if (quotes.length > MAX_CLAIMS_PER_KIND) capped.push('quotes');
  if (figures.length > MAX_CLAIMS_PER_KIND) capped.push('figures');
  if (capped.length > 0) claims.capped = capped;
  return claims;
}

/** What a user is told about an article whose claims were capped, or null if they were not. */
export function cappedClaimsNote(claims: ArticleClaims): string | null {
  if (!claims.capped) return null;
  const most = MAX_CLAIMS_PER_KIND.toLocaleString('en');
  const each = claims.capped.length > 1 ? ' of each' : '';
  return `more than ${most} ${claims.capped.join(' and ')}: kept the first ${most}${each} (a list, a table or a dump?)`;
}
