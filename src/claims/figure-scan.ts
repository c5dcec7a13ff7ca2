/**
 * Reads figures out of one sentence: a cascade over each number core (digits, written numbers, fractions, vague
 * plurals), reading the currency, scale and unit around it, then ranges and shared units between neighbours.
 */
import type { Qualifier } from '../records/claim.js';
import { currencyOfCode, currencyOfName, currencyOfSymbol, MINOR_UNITS } from './currencies.js';
import {
  CHANGE_AFTER,
  CHANGE_DOWN,
  CHANGE_UP,
  DURATION_ADJECTIVE_UNITS,
  IDENTIFIER_NOUNS,
  MEASURE_UNITS,
  MONTH_NAMES,
  QUALIFIERS,
  STREET_WORDS,
  TRAILING_QUALIFIERS,
} from './figure-lexicon.js';
import {
  CORE,
  CURRENCY_CODE_AFTER,
  CURRENCY_NAME_AFTER,
  CURRENCY_PREFIX,
  MASKED,
  MEASURE_AFTER,
  METRE_CONTEXT,
  MINOR_AFTER,
  OR_CONNECTOR,
  ORDINAL_AFTER,
  PERCENT_AFTER,
  POUND_WEIGHT_AFTER,
  QUALIFIER_AFTER,
  QUALIFIER_BEFORE,
  RANGE_CONNECTOR,
  SCALE_ATTACHED,
  SCALE_SPACED,
  SCALE_WORD,
  TALLY,
  TALLY_NOUN,
} from './figure-patterns.js';
import { countedNoun, nextWord, previousWord, singular } from './figure-units.js';
import { parseNumberWords, scaleValue } from './number-words.js';

export type Change = 'up' | 'down';

/** A figure found in a sentence, with offsets into the sentence string. */
export interface ScannedFigure {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  unit: string | null;
  kind: 'money' | 'percent' | 'quantity';
  qualifier: Qualifier | null;
  change: Change | null;
}

/** A number with what sits around it, before ranges are joined and bare numbers judged. */
interface Amount {
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
  /** Written out in words (`eight`), which needs a unit to count as a figure. */
  words: boolean;
  hasComma: boolean;
  negative: boolean;
  qualifier: Qualifier | null;
}

const YEAR_MIN = 1900;
const YEAR_MAX = 2099;
const MAX_DAY = 31;
const MAX_APPOSITIVE_AGE = 120;
/** How many words before a figure are searched for a change verb (`rose by nearly 3%`). */
const CHANGE_WINDOW_WORDS = 3;

const UP = new Set(CHANGE_UP);
const DOWN = new Set(CHANGE_DOWN);
const CHANGE_SKIP = new Set([
  'by',
  'just',
  'only',
  'a',
  'an',
  'the',
  'sharply',
  'slightly',
  'another',
  'further',
  'was',
  'were',
  'is',
  'are',
  'has',
  'had',
  'have',
  'been',
  'ended',
  'closed',
  'shares',
]);
const ONE_NOT_COUNT_PREVIOUS = new Set([
  'no',
  'each',
  'every',
  'the',
  'this',
  'that',
  'any',
  'which',
  'only',
  'another',
  'such',
  'same',
  'last',
  'other',
  'little',
  'big',
  'new',
  'old',
  'right',
  'wrong',
  'first',
  'latter',
  'former',
]);
const ONE_NOT_COUNT_NOUNS = new Set(['another', 'day', 'way', 'time', 'hand', 'thing', 'point', 'reason', 'more', 'such']);
const HALF_NOT_FRACTION_PREVIOUS = new Set(['first', 'second', 'the', 'a', 'and', 'latter', 'other', 'back', 'one']);
const FRACTION_DENOMINATORS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  tenth: 10,
  tenths: 10,
};
const VAGUE_BASE: Record<string, number> = {
  dozens: 12,
  hundreds: 1e2,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};
const FRACTION_FOLLOWERS = /^\s+(?:of|the|its|their|his|her|our|all|those|these|them)\b/i;
const CURRENCY_PREFIX_START =
  /^(?:(?:US|U\.S\.|HK|AU|A|C|CA|NZ|S|SG)\s?\$|\$\s?(?:US|HK|AU|A|C|CA|NZ)?|[€£¥₹₽₴₩₺₪₦₱฿₫]|Y=|RM)\s?/u;
const MINUS_BEFORE = /(?:^|[\s(:])[-−–]$/;
const MINUS_WORD_BEFORE = /\bminus[\s-]$/i;
const SUB_BEFORE = /\bsub-$/i;
const STREET_AFTER = /^\s+(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}(?<w>[\p{L}]+)\b/u;
const BETWEEN_BEFORE = /\bbetween\s*$/i;
const APPOSITIVE_BEFORE = /[\p{Lu}][\p{L}'’.-]*,\s*$/u;
const AGED_BEFORE = /\baged\s*$/i;

function clean(value: number): number {
  return Number(value.toPrecision(12));
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Lu}/u.test(ch);
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function valueOf(amount: Amount): number {
  const raw = (amount.mantissa * amount.scale) / amount.divisor;
  return clean(amount.negative ? -raw : raw);
}

function kindOf(amount: Amount): ScannedFigure['kind'] {
  if (amount.currency) return 'money';
  if (amount.percent) return 'percent';
  return 'quantity';
}

function unitOf(amount: Amount): string | null {
  return amount.currency ?? amount.percent ?? amount.unit;
}

function hasUnit(amount: Amount): boolean {
  return unitOf(amount) !== null;
}

/** Reads the currency, scale and unit after a core ending at `from`, filling `amount`; false if it is no figure. */
function readRight(s: string, amount: Amount, from: number, isDigits: boolean): boolean {
  let pos = from;
  // Scales: `4 hundred million`, `1.2m`, `$4.5bn`, `8 B people`.
  for (let i = 0; i < 3; i++) {
    const rest = s.slice(pos);
    if (isDigits && i === 0 && MEASURE_AFTER.exec(rest)?.groups?.sp === '') {
      const measure = MEASURE_AFTER.exec(rest);
      if (measure && measure.groups && measure.groups.u.length > 1) break;
    }
    const word = SCALE_WORD.exec(rest);
    if (word?.groups) {
      amount.scale *= scaleValue(word.groups.w) ?? 1;
      pos += word[0].length;
      continue;
    }
    if (!isDigits || i > 0) break;
    const attached = SCALE_ATTACHED.exec(rest) ?? SCALE_SPACED.exec(rest);
    if (attached?.groups) {
      const abbreviation = attached.groups.w;
      if (abbreviation.toLowerCase() === 'm' && !amount.currency && METRE_CONTEXT.test(rest.slice(attached[0].length))) {
        amount.unit = 'm';
        pos += attached[0].length;
        amount.end = pos;
        return true;
      }
      amount.scale *= scaleValue(abbreviation) ?? 1;
      pos += attached[0].length;
      continue;
    }
    break;
  }
  amount.end = pos;
  const rest = s.slice(pos);
  if (!amount.currency) {
    const code = CURRENCY_CODE_AFTER.exec(rest);
    const name = code ? null : CURRENCY_NAME_AFTER.exec(rest);
    if (code?.groups) {
      amount.currency = currencyOfCode(code.groups.c) ?? null;
      amount.end = pos + code[0].length;
      return true;
    }
    if (name?.groups) {
      const after = rest.slice(name[0].length);
      if (/^pounds?$/i.test(name.groups.c) && POUND_WEIGHT_AFTER.test(after)) {
        amount.unit = 'pound';
      } else {
        amount.currency = currencyOfName(name.groups.c) ?? null;
      }
      amount.end = pos + name[0].length;
      return true;
    }
    const minor = MINOR_AFTER.exec(rest);
    if (minor?.groups && (minor.groups.c || (isDigits && amount.scale === 1))) {
      const key = (minor.groups.c ?? 'p').toLowerCase().replace(/\s+/g, ' ');
      amount.currency = MINOR_UNITS[key] ?? null;
      amount.divisor = 100;
      amount.end = pos + minor[0].length;
      return true;
    }
  }
  if (amount.currency) return true;
  const percent = PERCENT_AFTER.exec(rest);
  if (percent?.groups) {
    amount.percent = percent.groups.pp ? 'pp' : percent.groups.bp ? 'bp' : '%';
    amount.end = pos + percent[0].length;
    return true;
  }
  const measure = MEASURE_AFTER.exec(rest);
  if (measure?.groups && (measure.groups.u.length > 1 || measure.groups.sp === '')) {
    amount.unit = MEASURE_UNITS[measure.groups.u];
    amount.end = pos + measure[0].length;
    return true;
  }
  if (isDigits && amount.scale === 1 && ORDINAL_AFTER.test(rest)) return false;
  if (isDigits && /^['’′]?s(?![\p{L}])/u.test(rest)) return false;
  const hyphenated = /^-(?<w>\p{L}+)(?<old>-old)?/u.exec(rest);
  if (hyphenated?.groups) {
    const word = singular(hyphenated.groups.w);
    if (DURATION_ADJECTIVE_UNITS.has(word) && !hyphenated.groups.old) return false;
    amount.unit = hyphenated.groups.old ? `${word}-old` : word;
    amount.end = pos + hyphenated[0].length;
    return true;
  }
  const noun = countedNoun(rest);
  if (noun) {
    amount.unit = noun.unit;
    amount.end = pos + noun.end;
  }
  return true;
}

function newAmount(start: number, coreEnd: number, mantissa: number): Amount {
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
    words: false,
    hasComma: false,
    negative: false,
    qualifier: null,
  };
}

/** Reads the left side: currency prefix, minus sign, `sub-`; false when the number is part of an identifier. */
function readLeft(s: string, amount: Amount, sentenceStart: number): boolean {
  const ci = amount.coreStart;
  const left = s.slice(Math.max(sentenceStart, ci - 24), ci);
  const prefix = CURRENCY_PREFIX.exec(left);
  if (prefix?.groups) {
    const g = prefix.groups;
    const symbol = g.pre ? `${g.pre}$` : g.sign ? g.sign : g.ascii ? g.ascii : g.code ? '' : `$${g.post ?? ''}`;
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
    if (MINUS_BEFORE.test(left)) {
      // `COVID -19` is a name, not minus nineteen.
      if (/\p{Lu}{2,}\s[-−–]$/u.test(left)) return false;
      amount.negative = true;
      amount.start = ci - 1;
    }
  } else if (MINUS_WORD_BEFORE.test(left)) {
    amount.negative = true;
    amount.start = ci - (/minus[\s-]$/i.exec(left)?.[0].length ?? 0);
  }
  return true;
}

function readQualifier(s: string, amount: Amount, sentenceStart: number): void {
  if (amount.qualifier) return;
  const from = Math.max(sentenceStart, amount.start - 24);
  const match = QUALIFIER_BEFORE.exec(s.slice(from, amount.start));
  if (!match?.groups) return;
  const qualifier = QUALIFIERS[match.groups.q.toLowerCase().replace(/\s+/g, ' ')];
  if (!qualifier) return;
  amount.qualifier = qualifier;
  amount.start = from + match.index + match[0].indexOf(match.groups.q);
}
