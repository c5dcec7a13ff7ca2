import { GAP, sameWord, withoutGaps } from './wording.js';

export type WordingRelation = 'verbatim' | 'drift' | 'unrelated';

export interface WordingComparison {
  relation: WordingRelation;
  /** Words of the shorter wording matched, in order, in the longer one. */
  matched: number;
  /** Share of the shorter wording's words matched. */
  coverage: number;
  /** The longest run of consecutive words the two share. */
  longestRun: number;
}

/** Thresholds of quote alignment; what each trades off is said beside it. */
export const QUOTE_ALIGNMENT = {
  /** Share of the shorter quote that must be found in the longer for "the same quote" (lower: more drift found, more false drift). */
  minCoverage: 0.6,
  /**
   * Words of the shorter quote that may be changed, as a share of it, and the number always allowed: a long quote with
   * a third of its words different is another remark on the same theme, a short one may differ by two words.
   */
  maxChangedShare: 0.3,
  changedWordsAllowed: 2,
  /** Consecutive shared words needed as well, so scattered common words do not make a match. */
  minRun: 3,
  /** Shorter quotes than this match only verbatim: a phrase of two words is too common to call drift. */
  minDriftWords: 5,
  /** Quotes overlapping at their edges must share at least this many consecutive words to be the same words. */
  minOverlapRun: 4,
  /**
   * Two excerpts of one passage, each going on where the other stops, share a run at their edges that may be less than
   * half of either: a run this long is enough (shorter: two remarks sharing a stock phrase pass for one).
   */
  edgeOverlapRun: 8,
  /** Quotes this long may differ by one word at either edge and still be the same words. */
  edgeWordMinWords: 6,
};

/**
 * Compares two wordings of what may be one quote. `verbatim`: every word of the shorter one stands in order in the
 * longer, with gaps only where the shorter marks a cut (an ellipsis or brackets). `drift`: most of it does, with
 * words changed. Runs a longest-common-subsequence over words, which for quotes (tens of words) is cheap.
 */
export function compareWordings(a: string[], b: string[]): WordingComparison {
  const [short, long] = a.filter((w) => w !== GAP).length <= b.filter((w) => w !== GAP).length ? [a, b] : [b, a];
  const n = short.length;
  const m = long.length;
  const shortWords = short.filter((w) => w !== GAP).length;
  if (shortWords === 0 || m === 0) return { relation: 'unrelated', matched: 0, coverage: 0, longestRun: 0 };
  // lcs[i][j] over prefixes; run[i][j] = length of the common run ending at short[i-1], long[j-1].
  const width = m + 1;
  const lcs = new Uint16Array((n + 1) * width);
  const run = new Uint16Array((n + 1) * width);
  let longestRun = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const here = i * width + j;
      if (short[i - 1] !== GAP && sameWord(short[i - 1], long[j - 1])) {
        lcs[here] = lcs[here - width - 1] + 1;
        run[here] = run[here - width - 1] + 1;
        if (run[here] > longestRun) longestRun = run[here];
      } else {
        lcs[here] = Math.max(lcs[here - width], lcs[here - 1]);
      }
    }
  }
  const matched = lcs[n * width + m];
  const coverage = matched / shortWords;
  if (sameWordsWhereTheyOverlap(short, long)) return { relation: 'verbatim', matched, coverage, longestRun };
  const changed = shortWords - matched;
  const related =
    coverage >= QUOTE_ALIGNMENT.minCoverage &&
    changed <= Math.max(QUOTE_ALIGNMENT.changedWordsAllowed, QUOTE_ALIGNMENT.maxChangedShare * shortWords) &&
    longestRun >= QUOTE_ALIGNMENT.minRun &&
    shortWords >= QUOTE_ALIGNMENT.minDriftWords;
  return { relation: related ? 'drift' : 'unrelated', matched, coverage, longestRun };
}

/**
 * Two outlets quoting the same words often cut the quote at different places: one stops a word earlier, one starts
 * a sentence later. The words are the same where the quotes overlap when the shorter one stands as one run in the
 * longer (or runs between its own cuts), allowing it to hang over either end of the longer one, or, for a quote of
 * six words or more, to carry one other word at an edge where the longer one goes on.
 */
function sameWordsWhereTheyOverlap(short: string[], longWithGaps: string[]): boolean {
  // Words the longer quote has in brackets or parentheses are the editor's: the shorter one may run straight past them.
  const long = withoutGaps(longWithGaps);
  if (short.includes(GAP)) {
    // An ellipsis only at the edges marks where the excerpt was cut: the words between may hang over the other's end.
    const inner = withoutEdgeGaps(short);
    if (inner.includes(GAP) || inner.length === 0)
      return isContiguousBetweenGaps(short, long) || isContiguousBetweenGaps(trimEdges(short), long);
    return sameWordsWhereTheyOverlap(inner, long);
  }
  const { shortAt, longAt, length } = longestCommonRun(short, long);
  const n = short.length;
  if (length < Math.min(n, QUOTE_ALIGNMENT.minOverlapRun)) return false;
  if (length < n / 2 && length < QUOTE_ALIGNMENT.edgeOverlapRun) return false;
  const edgeWord = n >= QUOTE_ALIGNMENT.edgeWordMinWords ? 1 : 0;
  // An extra edge word is an excerpt cut at another place only where the longer quote goes on past it; where both
  // quotes end there, a different last word is a changed word.
  const shortRight = n - (shortAt + length);
  const longRight = long.length - (longAt + length);
  const leftFits =
    shortAt === 0 ||
    longAt === 0 ||
    (shortAt <= edgeWord && longAt >= 2 && isExcerptEdge(short[0], long[0], long.slice(longAt - 2, longAt)));
  const rightFits =
    shortRight === 0 ||
    longRight === 0 ||
    (shortRight <= edgeWord &&
      longRight >= 2 &&
      isExcerptEdge(short[n - 1], long[long.length - 1], long.slice(longAt + length, longAt + length + 2)));
  return leftFits && rightFits;
}

/**
 * An extra word at the edge of the shorter quote comes from cutting the excerpt elsewhere, not from changing the
 * words, unless both quotes start (or end) with that same word and the longer one inserts words after it, or the
 * word is another form of the longer one's neighbouring word (`it's` for `it is`).
 */
function isExcerptEdge(shortEdge: string, longEdge: string, longNeighbours: string[]): boolean {
  if (shortEdge === longEdge) return false;
  return !longNeighbours.some((word) => word.length >= 2 && (shortEdge.startsWith(word) || word.startsWith(shortEdge)));
}

function withoutEdgeGaps(words: string[]): string[] {
  let from = 0;
  let to = words.length;
  while (from < to && words[from] === GAP) from++;
  while (to > from && words[to - 1] === GAP) to--;
  return words.slice(from, to);
}

function trimEdges(words: string[]): string[] {
  return words.length >= QUOTE_ALIGNMENT.edgeWordMinWords ? words.slice(1, -1) : words;
}

function longestCommonRun(short: string[], long: string[]): { shortAt: number; longAt: number; length: number } {
  let best = { shortAt: 0, longAt: 0, length: 0 };
  let previous = new Uint16Array(long.length + 1);
  let current = new Uint16Array(long.length + 1);
  for (let i = 1; i <= short.length; i++) {
    for (let j = 1; j <= long.length; j++) {
      current[j] = sameWord(short[i - 1], long[j - 1]) ? previous[j - 1] + 1 : 0;
      if (current[j] > best.length) best = { shortAt: i - current[j], longAt: j - current[j], length: current[j] };
    }
    [previous, current] = [current, previous];
    current.fill(0);
  }
  return best;
}

/** True when each gap-free piece of `short` stands as a consecutive run in `long`, in order. */
function isContiguousBetweenGaps(short: string[], long: string[]): boolean {
  const pieces: string[][] = [[]];
  for (const word of short) {
    if (word === GAP) pieces.push([]);
    else pieces[pieces.length - 1].push(word);
  }
  let from = 0;
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    const at = findRun(piece, long, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

function findRun(piece: string[], long: string[], from: number): number {
  outer: for (let start = from; start + piece.length <= long.length; start++) {
    for (let k = 0; k < piece.length; k++) if (!sameWord(piece[k], long[start + k])) continue outer;
    return start;
  }
  return -1;
}
