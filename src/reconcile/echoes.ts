import type { Article } from '../records/article.js';
import type { ClaimRef } from '../records/finding.js';
import {
  GAP,
  matchesOnlyItself,
  presentInAnyText,
  sameWord,
  type Wording,
  type WordPresence,
  wording,
  wordPresence,
} from './wording.js';

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

/**
 * `make` of each article, worked out once. A class, so the finders below can hold one without making a closure
 * for each story (see `EchoFinder`).
 */
export class ArticleMemo<T> {
  private readonly known = new Map<string, T>();

  constructor(private readonly make: (article: Article) => T) {}

  get(article: Article): T {
    let value = this.known.get(article.id);
    if (value === undefined) {
      value = this.make(article);
      this.known.set(article.id, value);
    }
    return value;
  }
}

/** `make` of each article, worked out once, as a function. */
export function perArticle<T>(make: (article: Article) => T): (article: Article) => T {
  const memo = new ArticleMemo(make);
  return (article) => memo.get(article);
}

function indexArticle(article: Article): IndexedText {
  return indexText(article.text);
}

function presenceInArticle(article: Article): WordPresence {
  return wordPresence(article.text);
}

/**
 * Finds a quote's words standing unmarked in other articles: a statement or post that one outlet quotes and another
 * reproduces as a block, without quotation marks. Each such place is returned as a claim, one per article.
 *
 * A class rather than a closure over the story: V8 keeps the compiled code of a method for the life of the thread,
 * while that of a closure made for each story is dropped once no such closure is left, and compiled again.
 */
export class EchoFinder {
  private readonly indexed = new ArticleMemo(indexArticle);
  // Splitting every article into words for every quote was a quarter of reconciling a story; most articles hold
  // none of a quote's words in a run, and a look at their raw text rules them out.
  private readonly presence = new ArticleMemo(presenceInArticle);

  constructor(private readonly articles: Article[]) {}

  find(segmentWords: string[][], exclude: Set<string>): ClaimRef[] {
    const pieces = distinct(longestPieces(segmentWords));
    if (pieces.length === 0) return [];
    // A run starts with its first word exactly and holds each short word exactly (see `findRun`); words found in any
    // text rule none out. Longer words are rarer: looked for first, most articles are ruled out by the first word.
    const required = pieces.map(requiredWords);
    const claims: ClaimRef[] = [];
    const candidates: string[][] = [];
    for (const article of this.articles) {
      if (exclude.has(article.id)) continue;
      const present = this.presence.get(article);
      candidates.length = 0;
      for (let at = 0; at < pieces.length; at++) if (allPresent(required[at], present)) candidates.push(pieces[at]);
      if (candidates.length === 0) continue;
      const index = this.indexed.get(article);
      for (const piece of candidates) {
        const span = findRun(piece, index);
        if (!span) continue;
        claims.push({ article: article.id, text: article.text.slice(span.start, span.end), ...span });
        break;
      }
    }
    return claims;
  }
}

/** The longest piece of each quote's words, where it runs long enough to count. */
function longestPieces(segmentWords: string[][]): string[][] {
  const out: string[][] = [];
  for (const words of segmentWords) {
    const piece = longestPiece(words);
    if (piece.length >= MIN_ECHO_WORDS) out.push(piece);
  }
  return out;
}

/** The words a text must hold for `piece` to stand in it, longest first. */
function requiredWords(piece: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < piece.length; k++) {
    const word = piece[k];
    if ((k === 0 || matchesOnlyItself(word)) && !presentInAnyText(word)) out.push(word);
  }
  return out.sort(longestFirst);
}

function longestFirst(a: string, b: string): number {
  return b.length - a.length;
}

function allPresent(words: string[], present: WordPresence): boolean {
  for (const word of words) if (!present.mayHold(word)) return false;
  return true;
}
