/** The counted noun after a number (`four U.S. soldiers` -> `soldier`), in the singular. */
import { CHANGE_DOWN, CHANGE_UP, IRREGULAR_SINGULARS, NOT_UNIT_WORDS, UNIT_MODIFIERS } from './figure-lexicon.js';

const CHANGE_WORDS = new Set([...CHANGE_UP, ...CHANGE_DOWN]);

const NEXT_WORD = /^[\s-]+(?<w>\p{L}(?:\.\p{L})+\.?|\p{L}(?:[\p{L}'’-]*\p{L})?)/u;
/** Verb and adverb endings: `73 raising`, `20 decently`. */
const NOT_NOUN_ENDING = /(?:ly|ing)$/;
const MAX_SKIPPED = 3;
/** Endings of adjectives that stand before a counted noun. */
const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|ful|less|able|ible|ary|ing|ern|ish|ed|est)$/;
/** Nouns in -ics that are singular already. */
const SINGULAR_ICS = new Set([
  'economics',
  'politics',
  'physics',
  'mathematics',
  'statistics',
  'athletics',
  'ethics',
  'logistics',
]);

function isContentWord(word: string): boolean {
  return !NOT_UNIT_WORDS.has(word) && !CHANGE_WORDS.has(word) && !NOT_NOUN_ENDING.test(word) && !/ed$/.test(word);
}

/** Singulars already worked out, by word as written; cleared when full so a long run does not grow it for ever. */
const SINGULARS = new Map<string, string>();
const SINGULARS_MAX = 20_000;

/** The singular of a noun, lower-cased (`soldiers` -> `soldier`); memoised, since the same nouns recur. */
export function singular(word: string): string {
  let known = SINGULARS.get(word);
  if (known === undefined) {
    if (SINGULARS.size >= SINGULARS_MAX) SINGULARS.clear();
    known = singularOf(word);
    SINGULARS.set(word, known);
  }
  return known;
}

function singularOf(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_SINGULARS[lower];
  if (irregular) return irregular;
  const hyphen = lower.lastIndexOf('-');
  if (hyphen > 0 && hyphen < lower.length - 1) return lower.slice(0, hyphen + 1) + singularOf(lower.slice(hyphen + 1));
  if (lower.length <= 3) return lower;
  if (/[^aeiou]ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes)$/.test(lower)) return lower.slice(0, -2);
  if (/(?:ss|us|is)$/.test(lower) || SINGULAR_ICS.has(lower)) return lower;
  if (lower.endsWith('s')) return lower.slice(0, -1);
  return lower;
}

function isProper(word: string): boolean {
  return /\p{Lu}/u.test(word);
}

export interface CountedNoun {
  unit: string;
  /** Index in `rest` just after the noun. */
  end: number;
}

/**
 * The counted noun at the start of `rest` (the text after a number): skips up to three proper words and
 * modifiers (`U.S.`, `more`, `European`), then takes the first common noun. Null when a function word comes first.
 */
export function countedNoun(rest: string): CountedNoun | null {
  let offset = 0;
  for (let skipped = 0; skipped <= MAX_SKIPPED; skipped++) {
    const match = NEXT_WORD.exec(rest.slice(offset));
    if (!match?.groups) return null;
    const word = match.groups.w.replace(/['’]s$/, '').replace(/[.’']+$/, '');
    const lower = word.toLowerCase();
    const end = offset + match[0].length;
    if (isProper(word) || UNIT_MODIFIERS.has(lower)) {
      offset = end;
      continue;
    }
    if (NOT_UNIT_WORDS.has(lower) || CHANGE_WORDS.has(lower)) return null;
    // `309 electoral votes`, `517 rushing yards`: an adjective, then the noun.
    if (ADJECTIVE_ENDING.test(lower)) {
      const following = NEXT_WORD.exec(rest.slice(end));
      const second = following?.groups?.w.toLowerCase();
      if (following && second && isContentWord(second) && !/\p{Lu}/u.test(following.groups?.w ?? '')) {
        return { unit: singular(second), end: end + following[0].length };
      }
    }
    if ((NOT_NOUN_ENDING.test(lower) || lower.endsWith('ed')) && !lower.includes('-')) return null;
    return { unit: singular(word), end };
  }
  return null;
}

/** The next word after a number, lower case, for checks such as months and street names. */
export function nextWord(rest: string): string | null {
  const match = NEXT_WORD.exec(rest);
  return match?.groups ? match.groups.w.toLowerCase().replace(/\.$/, '') : null;
}

/** The word just before `index` in `text`, as written. */
export function previousWord(text: string, index: number): string | null {
  const from = Math.max(0, index - 40);
  const ascii = asciiPreviousWord(text, from, index);
  if (ascii !== undefined) return ascii;
  const match = PREVIOUS_WORD.exec(text.slice(from, index));
  return match ? match[1].replace(/\.$/, '') : null;
}

const PREVIOUS_WORD = /([\p{L}\p{N}][\p{L}\p{N}&'’.-]*)[\s(]*$/u;

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
/** The characters PREVIOUS_WORD (and the name before a figure) allow inside a word, in ASCII: letters, digits, `&'.-`. */
export const isAsciiWordPart = (c: number): boolean => isAsciiAlnum(c) || c === 38 || c === 39 || c === 46 || c === 45;
/** `[\s(]` in ASCII: tab, line breaks, space and the parenthesis. */
const isAsciiGap = (c: number): boolean => (c >= 9 && c <= 13) || c === 32 || c === 40;

/**
 * What PREVIOUS_WORD finds in `[from, to)`, read backwards without the pattern, which tries every start in the
 * window: the trailing `[\s(]` run, the word-part run before it, and the first letter or digit of that run.
 * Undefined when a non-ASCII character stands in what is read, for the pattern to decide.
 */
function asciiPreviousWord(text: string, from: number, to: number): string | null | undefined {
  let end = to;
  for (; end > from; end--) {
    const c = text.charCodeAt(end - 1);
    if (c >= 128) return undefined;
    if (!isAsciiGap(c)) break;
  }
  let start = end;
  for (; start > from; start--) {
    const c = text.charCodeAt(start - 1);
    if (c >= 128) return undefined;
    if (!isAsciiWordPart(c)) break;
  }
  while (start < end && !isAsciiAlnum(text.charCodeAt(start))) start++;
  if (start === end) return null;
  const word = text.slice(start, end);
  return word.endsWith('.') ? word.slice(0, -1) : word;
}
