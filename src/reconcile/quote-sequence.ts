import { sameWord, withoutGaps } from './wording.js';

/** What the sequence check needs of an aligned excerpt of a quote. */
export interface SequencedExcerpt {
  /** Its article and which of that article's quotes it is cut from. */
  quote: { article: string };
  quoteIndex: number;
  start: number;
  end: number;
  words: string[];
}

export interface AlignedPair {
  i: number;
  j: number;
}

/** Sentences one quote may drop between two it runs together, at most (more: not one passage). */
const MAX_DROPPED = 3;

/** Words from the seam that must stand as a run in the other excerpt to place the seam there. */
const SEAM_ANCHOR_WORDS = 3;

/**
 * Text between two excerpts that keeps them one continuous stretch of speech: spaces and sentence punctuation, but
 * not an ellipsis, which marks words cut out.
 */
const CONTINUOUS = /^(?![\s\S]*(?:\.\s?\.\s?\.|…))[\s.!?;:,—–-]*$/;

/**
 * Aligned excerpts whose order gives away words changed without a mark. Excerpts are aligned one by one, so each
 * can match its counterpart with a word more at the edge (an excerpt cut elsewhere) or a sentence fewer between
 * (quoted in two pieces). Where two excerpts run on in one stretch of speech in both quotes, neither is a cut:
 * - a sentence one outlet has between two sentences that run on in the other was dropped without an ellipsis;
 * - a word more or less at the seam of two sentences (`Oh, not a ...` against `Not a ...`) was changed.
 * `pairs` are the excerpts aligned one to one; `related` says whether two excerpts are the same words at all (a
 * sentence may be aligned elsewhere and still be the one that follows). Returns the pairs (as `i:j`) made drift.
 */
export function unmarkedOmissions(
  excerpts: SequencedExcerpt[],
  pairs: AlignedPair[],
  related: (x: number, y: number) => boolean,
  textOf: (article: string) => string,
): Set<string> {
  const check = new SequenceCheck(excerpts, related, textOf);
  const drift = new Set<string>();
  for (const { i, j } of pairs) {
    if (check.seamChanged(i, j) || check.droppedBetween(i, j) || check.droppedBetween(j, i)) {
      drift.add(i < j ? `${i}:${j}` : `${j}:${i}`);
    }
  }
  return drift;
}

/** The checks of `unmarkedOmissions` over one story's excerpts (a class, so that V8 keeps their compiled code). */
class SequenceCheck {
  constructor(
    private readonly excerpts: SequencedExcerpt[],
    private readonly related: (x: number, y: number) => boolean,
    private readonly textOf: (article: string) => string,
  ) {}

  /** The excerpt after `k` in the same quote when nothing but punctuation stands between them. */
  private runsOnTo(k: number): number | null {
    const next = this.excerpts[k + 1];
    const here = this.excerpts[k];
    if (!next || next.quote !== here.quote || next.quoteIndex !== here.quoteIndex) return null;
    return CONTINUOUS.test(this.textOf(here.quote.article).slice(here.end, next.start)) ? k + 1 : null;
  }

  private runsOnFrom(k: number): number | null {
    return k > 0 && this.runsOnTo(k - 1) === k ? k - 1 : null;
  }

  private words(k: number | null): string[] {
    return k === null ? [] : withoutGaps(this.excerpts[k].words);
  }

  /**
   * `a` runs on into a sentence that `b`'s quote has only later, past sentences that run on from `b` and that `a`'s
   * side lacks: those were dropped without a mark.
   */
  droppedBetween(a: number, b: number): boolean {
    const nextA = this.runsOnTo(a);
    if (nextA === null) return false;
    const skipped: number[] = [];
    for (let k = this.runsOnTo(b); k !== null && skipped.length <= MAX_DROPPED; k = this.runsOnTo(k)) {
      if (this.related(nextA, k)) break;
      skipped.push(k);
      if (this.runsOnTo(k) === null) return false;
    }
    if (skipped.length === 0 || skipped.length > MAX_DROPPED) return false;
    // Sentences split differently (`tells Israel, wait, there's still time` against `tells Israel, 'Wait. There's
    // still time.'`) leave an excerpt between whose words `a`'s side has: that is not a dropped sentence.
    const aWords = new Set([...this.words(a), ...this.words(nextA)]);
    for (const k of skipped) if (!mostlyIn(this.words(k), aWords)) return true;
    return false;
  }

  /** Where both excerpts run on from the sentence before (or into the one after), their words there must agree. */
  seamChanged(a: number, b: number): boolean {
    const beforeA = this.runsOnFrom(a);
    const beforeB = this.runsOnFrom(b);
    if (beforeA !== null && beforeB !== null) {
      const wordsA = this.words(a);
      const wordsB = this.words(b);
      if (extraAtSeam(wordsA, wordsB, this.words(beforeA)) || extraAtSeam(wordsB, wordsA, this.words(beforeB))) {
        return true;
      }
    }
    const afterA = this.runsOnTo(a);
    const afterB = this.runsOnTo(b);
    if (afterA !== null && afterB !== null) {
      const wordsA = this.words(a).reverse();
      const wordsB = this.words(b).reverse();
      if (extraAtSeam(wordsA, wordsB, this.words(afterA)) || extraAtSeam(wordsB, wordsA, this.words(afterB))) {
        return true;
      }
    }
    return false;
  }
}

/**
 * Words `longer` has at its seam before the first word of `shorter` (both read from the seam), which the sentence
 * across the seam on `shorter`'s side does not have: words added or dropped there, not a sentence break put elsewhere
 * (`And I'm being myself, frank, we've got ...` against `I'm being myself, frank. We've got ...`).
 */
function extraAtSeam(shorter: string[], longer: string[], acrossFromShorter: string[]): boolean {
  // Anchored on the first few words as a run, so a common word (`and`) further on is not taken for the start.
  const anchor = shorter.slice(0, SEAM_ANCHOR_WORDS);
  if (anchor.length === 0) return false;
  const at = longer.findIndex((_, k) =>
    anchor.every((word, n) => longer[k + n] !== undefined && sameWord(longer[k + n], word)),
  );
  if (at <= 0) return false;
  return !mostlyIn(longer.slice(0, at), new Set(acrossFromShorter));
}

/** At least half of an excerpt's words stand in `words`. */
function mostlyIn(excerpt: string[], words: Set<string>): boolean {
  const own = withoutGaps(excerpt);
  return own.filter((word) => words.has(word)).length * 2 >= own.length;
}
