/** Turning what a person types into search words, and (for PostgreSQL) what is stored into words to find. */

/** The words of `text` as search knows them, for a query and (on PostgreSQL) a stored row alike: runs of letters
 * and digits, lower-cased. */
const wordsIn = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Letters and digits runs, lower-cased; `*` right after the last word asks for a prefix match. */
export function searchWords(q: string): { words: string[]; prefixLast: boolean } {
  const words = wordsIn(q);
  return { words, prefixLast: words.length > 0 && /[\p{L}\p{N}]\*\s*$/u.test(q) };
}

/** FTS5: every word must match, each quoted so no word is read as an operator. */
export function fts5Query(words: string[], prefixLast: boolean): string | null {
  if (words.length === 0) return null;
  return words.map((word, i) => `"${word}"${prefixLast && i === words.length - 1 ? '*' : ''}`).join(' ');
}

/** PostgreSQL's limits: 2,047 bytes a word and 1 MB of words a `tsvector`. A character is at most 3 bytes. */
const MAX_WORD_BYTES = 2047;
const MAX_VECTOR_BYTES = 1_048_575;
const MAX_WORD_CHARS = Math.floor(MAX_WORD_BYTES / 3);
const MAX_VECTOR_CHARS = Math.floor(MAX_VECTOR_BYTES / 3);

const tooLong = (word: string): boolean => word.length > MAX_WORD_CHARS && Buffer.byteLength(word) > MAX_WORD_BYTES;

/** A `tsquery` that no row matches: a word and its negation. */
const MATCHES_NOTHING = "'0' & !'0'";

/**
 * A PostgreSQL `tsquery` literal: every word must match. The words are letters and digits only, so quoting them
 * is safe, and they are compared as they are, as `searchVector` stored them. A word longer than PostgreSQL takes is
 * in no row (`searchVector` leaves it out), so a query asking for one matches nothing, as in SQLite.
 */
export function tsQuery(words: string[], prefixLast: boolean): string | null {
  if (words.length === 0) return null;
  if (words.some(tooLong)) return MATCHES_NOTHING;
  return words.map((word, i) => `'${word}'${prefixLast && i === words.length - 1 ? ':*' : ''}`).join(' & ');
}

/**
 * The distinct search words of `texts` (those that are strings), as a PostgreSQL `tsvector` literal without
 * positions (searches match words, never phrases). Split here exactly as `searchWords` splits a query, so whatever
 * a search asks for is found as it was stored, as in SQLite. Made by the database with `to_tsvector` instead, they
 * split some text otherwise than queries (`1,500`, `a@b.org`), and an article of more than 1 MB of distinct words
 * failed its whole write; here the words past that are left out of the index.
 */
export function searchVector(...texts: unknown[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  let chars = 0;
  for (const text of texts) {
    if (typeof text !== 'string') continue;
    for (const word of wordsIn(text)) {
      if (seen.has(word) || tooLong(word)) continue;
      chars += word.length + 3;
      if (chars > MAX_VECTOR_CHARS) return parts.join(' ');
      seen.add(word);
      parts.push(`'${word}'`);
    }
  }
  return parts.join(' ');
}
