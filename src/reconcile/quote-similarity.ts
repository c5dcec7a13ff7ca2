import { GAP, sameWord } from './wording.js';

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
  /** Consecutive shared words needed as well, so scattered common words do not make a match. */
  minRun: 3,
  /** Shorter quotes than this match only verbatim: a phrase of two words is too common to call drift. */
  minDriftWords: 4,
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
  if (matched === shortWords && isContiguousBetweenGaps(short, long)) {
    return { relation: 'verbatim', matched, coverage, longestRun };
  }
  const related =
    coverage >= QUOTE_ALIGNMENT.minCoverage &&
    longestRun >= QUOTE_ALIGNMENT.minRun &&
    shortWords >= QUOTE_ALIGNMENT.minDriftWords;
  return { relation: related ? 'drift' : 'unrelated', matched, coverage, longestRun };
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
