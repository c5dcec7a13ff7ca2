/**
 * Words for comparing wordings across outlets: lower case, typographic apostrophes folded, `&` read as `and`,
 * censored expletives (`f***`, `s---`) kept as wildcards, editorial brackets and ellipses kept as gaps.
 */

/** A token that stands for words cut from a quote (`...`, `…`, `[...]`): the other side may have anything here. */
export const GAP = '\u0000gap';

/** The words without the gaps between them. */
export function withoutGaps(words: string[]): string[] {
  const out: string[] = [];
  for (const word of words) if (word !== GAP) out.push(word);
  return out;
}

export interface Wording {
  words: string[];
  /** Offsets of each word in the source text. */
  starts: number[];
  ends: number[];
}

/** Brackets and parentheses inside a quote are the editor's, not the speaker's: they read as gaps. */
const TOKEN =
  /\[[^\]]*\]|\([^)]*\)|\.{3}|…|&|(?:\p{L}\.){2,}|[\p{L}][*-]{2,}|[\p{L}\p{N}]+(?:[.,]\d+)*(?:['’*][\p{L}\p{N}*]+)*\**/gu;

/** Forms outlets write differently for the same word: titles abbreviated or not, small numbers in words or digits. */
const SAME_WORD_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    sen: 'senator',
    sens: 'senators',
    rep: 'representative',
    reps: 'representatives',
    gov: 'governor',
    gen: 'general',
    lt: 'lieutenant',
    col: 'colonel',
    sgt: 'sergeant',
    dept: 'department',
    pres: 'president',
    govt: 'government',
    one: '1',
    two: '2',
    three: '3',
    four: '4',
    five: '5',
    six: '6',
    seven: '7',
    eight: '8',
    nine: '9',
    ten: '10',
    percent: '%',
    pct: '%',
  }),
);

/** Particles of transliterated names written with a hyphen (`al-Qaddafi`), which other outlets leave out. */
const NAME_PARTICLES = new Set(['al', 'el', 'ul', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'bin', 'ibn']);

export function wording(text: string, offset = 0): Wording {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const lower = raw.toLowerCase();
    let word: string;
    if (text[match.index + raw.length] === '-' && NAME_PARTICLES.has(lower)) continue;
    if (raw === '...' || raw === '…' || raw.startsWith('[') || raw.startsWith('(')) word = GAP;
    else if (raw === '&') word = 'and';
    else word = canonicalWord(lower);
    if (word === GAP && words[words.length - 1] === GAP) continue;
    words.push(word);
    starts.push(offset + match.index);
    ends.push(offset + match.index + raw.length);
  }
  return { words, starts, ends };
}

const PLAIN_WORD = /^[a-z0-9]+$/;

/**
 * A lower-cased token with letters and digits only (`won’t` -> `wont`). A censored word (`f***`, `s---`) becomes its first
 * letter and `*`, which matches any word with that first letter.
 */
function canonicalWord(lower: string): string {
  // Most words are plain ASCII letters and digits, with nothing to clean.
  if (PLAIN_WORD.test(lower)) return SAME_WORD_FORMS.get(lower) ?? lower;
  if (lower.includes('*') || /^\p{L}-{2,}$/u.test(lower)) return `${lower[0]}*`;
  const plain = lower.replace(/[^\p{L}\p{N}]/gu, '');
  return SAME_WORD_FORMS.get(plain) ?? plain;
}

function bigrams(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length - 1; i++) out.push(word.slice(i, i + 2));
  return out;
}

/** Dice coefficient of character bigrams: high for spelling variants (`qaddafi`/`gadhafi`), low for other words. */
function spellingSimilarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const gram of left) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of right) {
    const count = counts.get(gram) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(gram, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** Minimum bigram similarity for two long words to count as one word spelt two ways. */
const SPELLING_VARIANT = 0.5;
const SPELLING_MIN_LENGTH = 6;

/** Words that other tokens also read as (`sen` -> `senator`, `&` -> `and`): not written out where they stand. */
const ALIASED_WORDS: ReadonlySet<string> = new Set([...SAME_WORD_FORMS.values(), 'and']);
/** Characters a token may hold between its letters that `canonicalWord` drops. */
const DROPPED_INSIDE_WORDS = /['’.,]/g;
/** Censored words (`f***`, `s--`), which `sameWord` matches to any word with their first letter. */
const CENSORED = /\*|\p{L}--/u;
const mayHoldCensored = (text: string) => (text.includes('*') || text.includes('--')) && CENSORED.test(text);

/**
 * A quick test of whether `text` can hold a word, for ruling texts out before splitting them into words: false
 * only when no token of the text reads as `word`. It looks for the word in the lower-cased text with apostrophes
 * and points dropped, which is how every token reads except aliases, censored words and a final sigma.
 */
export function wordPresence(text: string): WordPresence {
  return new WordPresence(mayHoldCensored(text) ? null : text.toLowerCase().replace(DROPPED_INSIDE_WORDS, ''));
}

/** See `wordPresence`. */
export class WordPresence {
  /** @param squashed the text as tokens read, or null when every word may be in it */
  constructor(private readonly squashed: string | null) {}

  mayHold(word: string): boolean {
    return this.squashed === null || presentInAnyText(word) || this.squashed.includes(word);
  }
}

const SIGMA_OR_CENSORED = /[σς*]/;

/** Words `wordPresence` finds in any text (aliases, censored words, a sigma): looking for them rules no text out. */
export function presentInAnyText(word: string): boolean {
  return ALIASED_WORDS.has(word) || SIGMA_OR_CENSORED.test(word);
}

/** Whether `sameWord` matches `word` only to itself in a text without censored words (short words have no variants). */
export function matchesOnlyItself(word: string): boolean {
  return word !== GAP && !word.endsWith('*') && word.length < SPELLING_MIN_LENGTH;
}

/** The same word, allowing for censoring, British/American spelling and transliterated names. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === GAP || b === GAP) return false;
  if (a.endsWith('*') || b.endsWith('*')) return a[0] === b[0];
  if (a.length < SPELLING_MIN_LENGTH || b.length < SPELLING_MIN_LENGTH) return false;
  if (a[a.length - 1] !== b[b.length - 1] || Math.abs(a.length - b.length) > 3) return false;
  return spellingSimilarity(a, b) >= SPELLING_VARIANT;
}
