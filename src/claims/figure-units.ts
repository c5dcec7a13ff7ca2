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

export function singular(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_SINGULARS[lower];
  if (irregular) return irregular;
  const hyphen = lower.lastIndexOf('-');
  if (hyphen > 0 && hyphen < lower.length - 1) return lower.slice(0, hyphen + 1) + singular(lower.slice(hyphen + 1));
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
  const match = /([\p{L}\p{N}][\p{L}\p{N}&'’.-]*)[\s(]*$/u.exec(text.slice(Math.max(0, index - 40), index));
  return match ? match[1].replace(/\.$/, '') : null;
}
