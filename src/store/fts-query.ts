/** Turning what a person types into search words, the same way for both backends. */

/** Letters and digits runs, lower-cased; `*` right after the last word asks for a prefix match. */
export function searchWords(q: string): { words: string[]; prefixLast: boolean } {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return { words, prefixLast: words.length > 0 && /[\p{L}\p{N}]\*\s*$/u.test(q) };
}

/** FTS5: every word must match, each quoted so no word is read as an operator. */
export function fts5Query(words: string[], prefixLast: boolean): string | null {
  if (words.length === 0) return null;
  return words.map((word, i) => `"${word}"${prefixLast && i === words.length - 1 ? '*' : ''}`).join(' ');
}

/** PostgreSQL `to_tsquery('simple', ...)`: every word must match; words are letters and digits only, so safe. */
export function tsQuery(words: string[], prefixLast: boolean): string | null {
  if (words.length === 0) return null;
  return words.map((word, i) => `'${word}'${prefixLast && i === words.length - 1 ? ':*' : ''}`).join(' & ');
}
