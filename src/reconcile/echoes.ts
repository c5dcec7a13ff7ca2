import type { Article } from '../records/article.js';
import type { ClaimRef } from '../records/finding.js';
import { GAP, matchesOnlyItself, presentInAnyText, sameWord, type Wording, wording, wordPresence } from './wording.js';

/** Words a quote must run to before its words found unmarked elsewhere count as the same quote (fewer: chance). */
export const MIN_ECHO_WORDS = 6;

interface IndexedText extends Wording {
  /** Positions of each word, for finding where a run of words could start. */
  positions: Map<string, number[]>;
}

function indexText(text: string): IndexedText {
  const words = wording(text);
  const positions = new Map<string, number[]>();
  words.words.forEach((word, index) => {
    const list = positions.get(word);
    if (list) list.push(index);
    else positions.set(word, [index]);
  });
  return { ...words, positions };
}

/** The longest run of a quote's words between its cuts. */
function longestPiece(words: string[]): string[] {
  let best: string[] = [];
  let current: string[] = [];
  for (const word of [...words, GAP]) {
    if (word === GAP) {
      if (current.length > best.length) best = current;
      current = [];
    } else {
      current.push(word);
    }
  }
  return best;
}

/** Where `piece` stands word for word in `text`, as offsets, or null. */
function findRun(piece: string[], text: IndexedText): { start: number; end: number } | null {
  for (const at of text.positions.get(piece[0]) ?? []) {
    if (at + piece.length > text.words.length) break;
    let k = 1;
    while (k < piece.length && sameWord(piece[k], text.words[at + k])) k++;
    if (k === piece.length) return { start: text.starts[at], end: text.ends[at + piece.length - 1] };
  }
  return null;
}

/** Pieces with the same words once, first first: copies of one quote give the same piece, which finds the same runs. */
function distinct(pieces: string[][]): string[][] {
  const seen = new Set<string>();
  return pieces.filter((piece) => {
    const key = piece.join('\u0001');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `make` of each article, worked out once. */
export function perArticle<T>(make: (article: Article) => T): (article: Article) => T {
  const known = new Map<string, T>();
  return (article) => {
    let value = known.get(article.id);
    if (value === undefined) {
      value = make(article);
      known.set(article.id, value);
    }
    return value;
  };
}

/**
 * Finds a quote's words standing unmarked in other articles: a statement or post that one outlet quotes and another
 * reproduces as a block, without quotation marks. Each such place is returned as a claim, one per article.
 */
export function createEchoFinder(articles: Article[]): (words: string[][], exclude: Set<string>) => ClaimRef[] {
  const indexOf = perArticle((article) => indexText(article.text));
  // Splitting every article into words for every quote was a quarter of reconciling a story; most articles hold
  // none of a quote's words in a run, and a look at their raw text rules them out.
  const presenceIn = perArticle((article) => wordPresence(article.text));
  return (segmentWords, exclude) => {
    const pieces = distinct(segmentWords.map(longestPiece).filter((piece) => piece.length >= MIN_ECHO_WORDS));
    if (pieces.length === 0) return [];
    // A run starts with its first word exactly and holds each short word exactly (see `findRun`); words found in any
    // text rule none out. Longer words are rarer: looked for first, most articles are ruled out by the first word.
    const required = pieces.map((piece) =>
      piece
        .filter((word, k) => (k === 0 || matchesOnlyItself(word)) && !presentInAnyText(word))
        .sort((a, b) => b.length - a.length),
    );
    const claims: ClaimRef[] = [];
    for (const article of articles) {
      if (exclude.has(article.id)) continue;
      const present = presenceIn(article);
      const candidates = pieces.filter((_, at) => required[at].every(present));
      if (candidates.length === 0) continue;
      const index = indexOf(article);
      for (const piece of candidates) {
        const span = findRun(piece, index);
        if (!span) continue;
        claims.push({ article: article.id, text: article.text.slice(span.start, span.end), ...span });
        break;
      }
    }
    return claims;
  };
}
