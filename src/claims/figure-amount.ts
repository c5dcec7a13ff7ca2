/**
 * One number and what sits around it in a sentence: currency before and after, scale, unit, minus sign,
 * qualifier and change. The figure scanner joins amounts into ranges and decides which are figures.
 */
import type { FigureKind, Qualifier } from '../records/claim.js';
import { matchesBefore } from '../text/matches.js';
import { currencyOfCode, currencyOfName, currencyOfSymbol, MINOR_UNITS, SCALED_CURRENCY_NAMES } from './currencies.js';
import {
  ATTACHED_ONLY_UNITS,
  CHANGE_AFTER,
  CHANGE_DOWN,
  CHANGE_SKIP,
  CHANGE_UP,
  DURATION_ADJECTIVE_UNITS,
  HYPHEN_PREFIXES,
  MEASURE_UNITS,
  MEASURE_WORDS,
  MONTH_NAMES,
  NOT_UNIT_WORDS,
  ONE_NOT_COUNT_PREVIOUS,
  QUALIFIERS,
  RESOLUTIONS_K,
  RESOLUTIONS_P,
  STREET_WORDS,
} from './figure-lexicon.js';
import {
  CURRENCY_CODE_AFTER,
  CURRENCY_NAME_AFTER,
  CURRENCY_PREFIX,
  CURRENCY_SYMBOL_AFTER,
  MEASURE_AFTER,
  METRE_CONTEXT,
  MINOR_AFTER,
  ORDINAL_AFTER,
  PERCENT_AFTER,
  POUND_WEIGHT_AFTER,
  POUND_WEIGHT_BEFORE,
  QUALIFIER_BEFORE,
  SCALE_ATTACHED,
  SCALE_SPACED,
  SCALE_WORD,
  SCALED_CURRENCY_AFTER,
} from './figure-patterns.js';
import { countedNoun, nextWord, previousWord, singular } from './figure-units.js';
import { parseNumberWords, scaleValue } from './number-words.js';

export type Change = 'up' | 'down';

/** A number with what sits around it, before ranges are joined and bare numbers judged. */
export interface Amount {
  start: number;
  coreStart: number;
  coreEnd: number;
  end: number;
  mantissa: number;
  scale: number;
  /** Divide by this after scaling: 100 for cents, pence and sen. */
  divisor: number;
  valueMax?: number;
  currency: string | null;
  percent: '%' | 'pp' | 'bp' | null;
  unit: string | null;
  /** The unit is a measurement unit (`km`, `GB`), so a four-digit number before it is no year. */
  measured: boolean;
  /** Written out in words (`eight`), which needs a unit to count as a figure. */
  words: boolean;
  hasComma: boolean;
  negative: boolean;
  /** A minus right after an upper-case name (`COVID -19`): a figure only with a currency or percent sign. */
  nameDash: boolean;
  qualifier: Qualifier | null;
}

/** Four-digit numbers from here to YEAR_MAX are years unless a unit says otherwise (`2000 miles`, `$2000`). */
const YEAR_MIN = 1900;
/** From here to YEAR_MIN only after a preposition (`since 1888`); `1520 sq m` and `1,850 people` stay counts. */
const OLD_YEAR_MIN = 1500;
const YEAR_MAX = 2099;
const MAX_DAY = 31;
/** How many words before a figure are searched for a change verb (`rose by nearly 3%`). */
const CHANGE_WINDOW_WORDS = 3;

const UP = new Set(CHANGE_UP);
const DOWN = new Set(CHANGE_DOWN);
const MINUS_BEFORE = /(?:^|[\s(:])[-−–]$/;
const MINUS_WORD_BEFORE = /\bminus[\s-]$/i;
const SUB_BEFORE = /\bsub-$/i;
const DETERMINER = /^\s+(?:the|his|her|its|their|our|my|your|those|these)\b/i;
const STREET_AFTER = /^\s+(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}(?<w>[\p{L}]+)\b/u;
/** Before a four-digit number from 1500 to 1899, these make it a year (`since 1888`) rather than a count. */
const YEAR_PREPOSITION = /\b(?:in|since|from|until|till|by|of|before|after|during|to|and|circa)\s+$/gi;
/**
 * How far back YEAR_PREPOSITION and POUND_WEIGHT_BEFORE look: their words need a few dozen characters in any real
 * sentence, and searching the whole left of each number in one long sentence is quadratic.
 */
const LEFT_WORDS_REACH = 1000;

function clean(value: number): number {
  // An integer of up to 12 digits is its own 12-digit rounding (and -0 prints as 0): no string round trip.
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return value === 0 ? 0 : value;
  return Number(value.toPrecision(12));
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Lu}/u.test(ch);
}

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function amountValue(amount: Amount): number {
  const raw = (amount.mantissa * amount.scale) / amount.divisor;
  return clean(amount.negative ? -raw : raw);
}

export function kindOf(amount: Amount): FigureKind {
  if (amount.currency) return 'money';
  if (amount.percent) return 'percent';
  return 'quantity';
}

export function unitOf(amount: Amount): string | null {
  return amount.currency ?? amount.percent ?? amount.unit;
}

export function hasUnit(amount: Amount): boolean {
  return unitOf(amount) !== null;
}

/**
 * Reads scale words and abbreviations after the core (`4 hundred million`, `1.2m`, `$4.5bn`); returns the new
 * position, -1 when an attached `m` is metres (the unit is then read), -2 when the number is a name (`4K`).
 */
function readScale(s: string, amount: Amount, from: number, isDigits: boolean): number {
  let pos = from;
  for (let i = 0; i < 3; i++) {
    const rest = s.slice(pos);
    // `80 m.p.h.` and `5mm` are units, not an `m` for million.
    if (isDigits && i === 0 && (MEASURE_AFTER.exec(rest)?.groups?.u.length ?? 0) > 1) break;
    const word = SCALE_WORD.exec(rest);
    if (word?.groups) {
      amount.scale *= scaleValue(word.groups.w) ?? 1;
      pos += word[0].length;
      continue;
    }
    if (!isDigits || i > 0) break;
    const attached = SCALE_ATTACHED.exec(rest) ?? SCALE_SPACED.exec(rest);
    if (!attached?.groups) break;
    const abbreviation = attached.groups.w;
    // `4K TV` is a resolution, not four thousand.
    if (abbreviation === 'K' && !amount.currency && RESOLUTIONS_K.has(amount.mantissa)) return -2;
    pos += attached[0].length;
    if (abbreviation.toLowerCase() === 'm' && !amount.currency && METRE_CONTEXT.test(s.slice(pos))) {
      amount.unit = 'm';
      amount.measured = true;
      amount.end = pos;
      return -1;
    }
    amount.scale *= scaleValue(abbreviation) ?? 1;
  }
  return pos;
}

/** Reads a currency written after the amount (`20 €`, `300 USD`, `20 billion euros`, `84 cents`); true if found. */
function readCurrencyAfter(s: string, amount: Amount, pos: number, isDigits: boolean): boolean {
  const rest = s.slice(pos);
  const symbol = CURRENCY_SYMBOL_AFTER.exec(rest);
  if (symbol?.groups) {
    amount.currency = currencyOfSymbol(symbol.groups.c) ?? null;
    amount.end = pos + symbol[0].length;
    return true;
  }
  // `5 trillion won`: words that name a currency only after a scale.
  const scaled = amount.scale > 1 ? SCALED_CURRENCY_AFTER.exec(rest) : null;
  if (scaled?.groups) {
    amount.currency = SCALED_CURRENCY_NAMES[scaled.groups.c.toLowerCase()] ?? null;
    amount.end = pos + scaled[0].length;
    return true;
  }
  const code = CURRENCY_CODE_AFTER.exec(rest);
  if (code?.groups) {
    amount.currency = currencyOfCode(code.groups.c) ?? null;
    amount.end = pos + code[0].length;
    return true;
  }
  const name = CURRENCY_NAME_AFTER.exec(rest);
  if (name?.groups) {
    const weight =
      POUND_WEIGHT_AFTER.test(rest.slice(name[0].length)) ||
      matchesBefore(POUND_WEIGHT_BEFORE, s, amount.start, LEFT_WORDS_REACH);
    if (/^pounds?$/i.test(name.groups.c) && weight) {
      amount.unit = 'pound';
      amount.measured = true;
    } else {
      amount.currency = currencyOfName(name.groups.c) ?? null;
    }
    amount.end = pos + name[0].length;
    return true;
  }
  const minor = MINOR_AFTER.exec(rest);
  // `164p` is pence; `1080p` is a video resolution.
  const pence = isDigits && amount.scale === 1 && !RESOLUTIONS_P.has(amount.mantissa);
  if (minor?.groups && (minor.groups.c || pence)) {
    amount.currency = MINOR_UNITS[(minor.groups.c ?? 'p').toLowerCase().replace(/\s+/g, ' ')] ?? null;
    amount.divisor = 100;
    amount.end = pos + minor[0].length;
    return true;
  }
  return false;
}

/**
 * Reads what follows the core: scale, currency, percent sign, measurement unit or counted noun, filling `amount`.
 * False when what follows shows the number is no figure (an ordinal, a decade, `a five-year plan`, `6AM`).
 */
export function readRight(s: string, amount: Amount, from: number, isDigits: boolean): boolean {
  const pos = readScale(s, amount, from, isDigits);
  if (pos === -2) return false;
  if (pos < 0) return true;
  amount.end = pos;
  if (amount.currency || readCurrencyAfter(s, amount, pos, isDigits)) return true;
  const rest = s.slice(pos);
  const percent = PERCENT_AFTER.exec(rest);
  if (percent?.groups) {
    amount.percent = percent.groups.pp ? 'pp' : percent.groups.bp ? 'bp' : '%';
    amount.end = pos + percent[0].length;
    return true;
  }
  const measure = MEASURE_AFTER.exec(rest);
  const attachedOnly = measure?.groups && (measure.groups.u.length === 1 || ATTACHED_ONLY_UNITS.has(measure.groups.u));
  if (measure?.groups && (!attachedOnly || measure.groups.sp === '')) {
    amount.unit = MEASURE_UNITS[measure.groups.u];
    amount.measured = true;
    amount.end = pos + measure[0].length;
    return true;
  }
  if (isDigits && amount.scale === 1 && ORDINAL_AFTER.test(rest)) return false;
  if (isDigits && /^['’′]?s(?![\p{L}])/u.test(rest)) return false;
  const hyphenated = /^-(?<w>\p{L}+)(?<old>-old)?/u.exec(rest);
  if (hyphenated?.groups) {
    const word = singular(hyphenated.groups.w);
    if (DURATION_ADJECTIVE_UNITS.has(word) && !hyphenated.groups.old) return false;
    // `2-for-1`, `0-to-60`: a ratio or a span written as one word, not a count.
    if (NOT_UNIT_WORDS.has(hyphenated.groups.w.toLowerCase())) return false;
    amount.unit = hyphenated.groups.old ? `${word}-old` : word;
    amount.end = pos + hyphenated[0].length;
    return true;
  }
  // `6AM`, `9AB8`: letters stuck to the digits that are no unit we know.
  if (isDigits && pos === from && /^\p{L}/u.test(rest)) return false;
  const noun = countedNoun(rest);
  if (noun) {
    amount.unit = noun.unit;
    amount.measured = MEASURE_WORDS.has(noun.unit);
    amount.end = pos + noun.end;
  }
  return true;
}

export function newAmount(start: number, coreEnd: number, mantissa: number): Amount {
  return {
    start,
    coreStart: start,
    coreEnd,
    end: coreEnd,
    mantissa,
    scale: 1,
    divisor: 1,
    currency: null,
    percent: null,
    unit: null,
    measured: false,
    words: false,
    hasComma: false,
    negative: false,
    nameDash: false,
    qualifier: null,
  };
}

/** Reads the left side: currency prefix, minus sign, `sub-`; false when the number is part of an identifier. */
export function readLeft(s: string, amount: Amount, sentenceStart: number, inRange: boolean): boolean {
  const ci = amount.coreStart;
  const left = s.slice(Math.max(sentenceStart, ci - 24), ci);
  const prefix = CURRENCY_PREFIX.exec(left);
  if (prefix?.groups) {
    const g = prefix.groups;
    const symbol = g.pre
      ? `${g.pre}$`
      : g.pre1
        ? `${g.pre1}$`
        : g.sign
          ? g.sign
          : g.ascii
            ? g.ascii
            : g.code
              ? ''
              : `$${g.post ?? ''}`;
    amount.currency = g.code ? (currencyOfCode(g.code) ?? null) : (currencyOfSymbol(symbol) ?? null);
    if (amount.currency) {
      amount.start = ci - prefix[0].length;
      if (g.minus) amount.negative = true;
      return true;
    }
  }
  const before = s[ci - 1];
  if (isLetter(before) || before === '#' || before === '/' || before === '_') return false;
  if (before === '.' && isLetter(s[ci - 2])) return false;
  if (inRange) return true;
  if (before === '-' || before === '−' || before === '–') {
    if (isUpper(s[ci - 2]) || isDigit(s[ci - 2])) return false;
    if (MINUS_WORD_BEFORE.test(left)) {
      amount.negative = true;
      amount.start = ci - (/minus[\s-]$/i.exec(left)?.[0].length ?? 1);
      return true;
    }
    if (SUB_BEFORE.test(left)) {
      amount.qualifier = 'less-than';
      amount.start = ci - 4;
      return true;
    }
    // `Covid-19`, `MiG-29`: a name; `now-18`, `mid-30` are words before a number.
    const word = /(\p{L}+)[-−–]$/u.exec(left)?.[1].toLowerCase();
    if (word && !HYPHEN_PREFIXES.has(word)) return false;
    if (MINUS_BEFORE.test(left)) {
      // `COVID -19` is a name, not minus nineteen.
      amount.nameDash = /\p{Lu}{2,}\s[-−–]$/u.test(left);
      amount.negative = true;
      amount.start = ci - 1;
    }
  } else if (MINUS_WORD_BEFORE.test(left)) {
    amount.negative = true;
    amount.start = ci - (/minus[\s-]$/i.exec(left)?.[0].length ?? 0);
  }
  return true;
}

export function readQualifier(s: string, amount: Amount, sentenceStart: number): void {
  if (amount.qualifier) return;
  const from = Math.max(sentenceStart, amount.start - 24);
  const match = QUALIFIER_BEFORE.exec(s.slice(from, amount.start));
  if (!match?.groups) return;
  const qualifier = QUALIFIERS[match.groups.q.toLowerCase().replace(/\s+/g, ' ')];
  if (!qualifier) return;
  amount.qualifier = qualifier;
  amount.start = from + match.index + match[0].indexOf(match.groups.q);
}

/**
 * The lower-cased words (runs of letters) of an ASCII `clause`, read by a character loop; null when the clause has
 * other characters, which need the Unicode split.
 */
function asciiWords(clause: string): string[] | null {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= clause.length; i++) {
    const c = i < clause.length ? clause.charCodeAt(i) : 32;
    if (c >= 128) return null;
    const letter = (c | 32) >= 97 && (c | 32) <= 122;
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      out.push(clause.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  return out;
}

export function readChange(s: string, amount: Amount, sentenceStart: number): Change | null {
  const left = s.slice(Math.max(sentenceStart, amount.start - 48), amount.start);
  const clause = left.slice(Math.max(left.lastIndexOf(','), left.lastIndexOf(';'), left.lastIndexOf('(')) + 1);
  const words =
    asciiWords(clause) ??
    clause
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length > 0);
  let seen = 0;
  for (let i = words.length - 1; i >= 0 && seen < CHANGE_WINDOW_WORDS; i--) {
    const word = words[i];
    if (UP.has(word)) return 'up';
    if (DOWN.has(word)) return 'down';
    if (!CHANGE_SKIP.has(word)) break;
    seen++;
  }
  const after = /^\s+(?<w>higher|lower)\b/i.exec(s.slice(amount.end));
  if (after?.groups) return CHANGE_AFTER[after.groups.w.toLowerCase()] ?? null;
  if (amount.negative && (amount.currency || amount.percent)) return 'down';
  return null;
}

/** A plain number that names rather than counts: a year (`in 2024`, `since 1888`) or an id (`672138506081275904`). */
function isNumberName(s: string, amount: Amount, phrase: string): boolean {
  if (amount.words || amount.scale !== 1 || amount.currency || amount.percent || amount.hasComma) return false;
  if (/^\d{10,}$/.test(phrase)) return true;
  if (amount.measured || !/^\d{4}$/.test(phrase)) return false;
  if (amount.mantissa >= YEAR_MIN && amount.mantissa <= YEAR_MAX) return true;
  return amount.mantissa >= OLD_YEAR_MIN && matchesBefore(YEAR_PREPOSITION, s, amount.start, LEFT_WORDS_REACH);
}

/** A number core at [ci, ce) in digits or words, with its left and right context; null when it is no figure. */
export function readAmount(
  s: string,
  ci: number,
  ce: number,
  words: boolean,
  sentenceStart: number,
  inRange = false,
): Amount | null {
  let phrase = s.slice(ci, ce);
  let mantissa: number | undefined;
  if (words) {
    const and = /\s+and\s+/i.exec(phrase);
    if (and && !/(?:hundred|thousand|million|billion|trillion)$/i.test(phrase.slice(0, and.index))) {
      phrase = phrase.slice(0, and.index);
      ce = ci + phrase.length;
    }
    if (/^(?:hundred|thousand|million|billion|trillion|dozen)/i.test(phrase)) return null;
    mantissa = parseNumberWords(phrase);
  } else {
    mantissa = Number.parseFloat(phrase.replace(/[,\u00a0\u202f\u2009]/g, ''));
  }
  if (mantissa === undefined || Number.isNaN(mantissa)) return null;
  // Codes with leading zeros (`007`, `02139`) and a group cut off by a space (`20 000`) are no amounts.
  if (!words && /^0\d/.test(phrase)) return null;
  const amount = newAmount(ci, ce, mantissa);
  amount.words = words;
  amount.hasComma = /[,\u00a0\u202f\u2009]/.test(phrase);
  if (!words && !readLeft(s, amount, sentenceStart, inRange)) return null;
  const rest = s.slice(ce);
  const bareInteger = !words && Number.isInteger(mantissa) && !amount.currency;
  if (bareInteger && mantissa <= MAX_DAY) {
    const previous = previousWord(s, ci)?.toLowerCase();
    if ((previous && MONTH_NAMES.has(previous)) || MONTH_NAMES.has(nextWord(rest) ?? '')) return null;
  }
  if (bareInteger) {
    const street = STREET_AFTER.exec(rest);
    if (street?.groups && STREET_WORDS.has(street.groups.w.toLowerCase())) return null;
  }
  if (words && phrase.toLowerCase() === 'one') {
    const previous = previousWord(s, ci)?.toLowerCase();
    if (previous && ONE_NOT_COUNT_PREVIOUS.has(previous)) return null;
    // `one of the students`: the count is of the group's noun.
    const of = /^\s+of(?=\s)/i.exec(rest);
    if (of) {
      const determiner = DETERMINER.exec(rest.slice(of[0].length));
      const nounFrom = of[0].length + (determiner ? determiner[0].length : 0);
      const noun = countedNoun(rest.slice(nounFrom));
      if (!noun) return null;
      amount.unit = noun.unit;
      amount.end = ce + nounFrom + noun.end;
      return amount;
    }
  }
  if (!readRight(s, amount, ce, !words)) return null;
  if (amount.nameDash && !amount.currency && !amount.percent) return null;
  return isNumberName(s, amount, phrase) ? null : amount;
}
