/**
 * Reads figures out of one sentence: a cascade over each number core (digits, written numbers, fractions, vague
 * plurals), reading the currency, scale and unit around it, then ranges and shared units between neighbours.
 */
import type { Qualifier } from '../records/claim.js';
import { allMatches, matchesBefore } from '../text/matches.js';
import { spaceStartBefore } from '../text/within.js';
import { currencyOfName } from './currencies.js';
import {
  type Amount,
  amountValue,
  type Change,
  hasUnit,
  isLetter,
  kindOf,
  newAmount,
  readAmount,
  readChange,
  readQualifier,
  readRight,
  unitOf,
} from './figure-amount.js';
import {
  FRACTION_DENOMINATORS,
  HALF_NOT_FRACTION_PREVIOUS,
  IDENTIFIER_NOUNS,
  ONE_NOT_COUNT_NOUNS,
  TRAILING_QUALIFIERS,
  VAGUE_BASE,
} from './figure-lexicon.js';
import {
  CORE,
  CURRENCY_NAME_AFTER,
  MASKED,
  OR_CONNECTOR,
  PART_OF_CONNECTOR,
  QUALIFIER_AFTER,
  RANGE_CONNECTOR,
  TALLY,
  TALLY_NOUN,
} from './figure-patterns.js';
import { countedNoun, isAsciiWordPart, previousWord, singular } from './figure-units.js';
import { parseNumberWords } from './number-words.js';

export type { Change } from './figure-amount.js';

/** A figure found in a sentence, with offsets into the sentence string. */
/** Words before a bare tally that make it a vote: `voted 396-9`, `passed 52-48`, `by a vote of 7-2`. */
const VOTE_BEFORE = /\b(?:voted|votes?\s+of|passed|approved|rejected|defeated|confirmed|margin\s+of|split)\s*$/gi;
/**
 * How far back the patterns above and below look for their words: a word and the white space after it need a few
 * dozen characters in any real sentence; only a pathological one puts more white space between a word and a number.
 */
const LEFT_WORD_REACH = 1000;

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

const FRACTION_FOLLOWERS = /^\s+(?:of|the|its|their|his|her|our|all|those|these|them|majority)\b/i;
const CURRENCY_PREFIX_START =
  /^(?:(?:US|U\.S\.|HK|AU|CA|NZ|SG)\s?\$|(?:A|C|S|R)\$|\$\s?(?:US|HK|AU|A|C|CA|NZ)?|[€£¥₹₽₴₩₺₪₦₱฿₫]|Y=|RM)\s?/u;
const BETWEEN_BEFORE = /\bbetween\s*$/gi;
const FROM_BEFORE = /\bfrom\s*$/gi;
const LETTER_OR_APOSTROPHE = /[\p{L}’]/u;
const CAPITAL = /\p{Lu}/u;
/** A character of a name run before a number (`S&P 500`, `Mid-Year 2`). */
const NAME_CHAR = /^[\p{L}\p{N}&'’.-]$/u;
const MAX_APPOSITIVE_AGE = 120;

/** The amount starting at `pos` (after a range or list connector), allowing a currency prefix. */
function readNext(s: string, pos: number, sentenceStart: number): Amount | null {
  const prefix = CURRENCY_PREFIX_START.exec(s.slice(pos));
  const at = pos + (prefix ? prefix[0].length : 0);
  CORE_AT.lastIndex = at;
  const m = CORE_AT.exec(s);
  if (!m?.groups || m.index !== at) return null;
  if (!m.groups.num && !m.groups.words) return null;
  return readAmount(s, at, at + m[0].length, Boolean(m.groups.words), sentenceStart, true);
}

function adoptUnit(target: Amount, source: Amount): void {
  target.currency = source.currency;
  target.percent = source.percent;
  target.unit = source.unit;
  target.measured = source.measured;
  target.divisor = source.divisor;
  if (target.scale === 1 && source.scale > 1 && target.mantissa <= source.mantissa && !target.hasComma) {
    target.scale = source.scale;
  }
}

/** Joins `b` into `a` as the high end of a range when their units agree; false when they are two figures. */
function joinRange(a: Amount, b: Amount, connector: 'to' | 'and' | 'dash', fromBefore: boolean): boolean {
  const unitA = unitOf(a);
  const unitB = unitOf(b);
  if (unitA && unitB && unitA !== unitB) return false;
  if (!unitA && unitB) adoptUnit(a, b);
  else if (unitA && !unitB) {
    // `$5 to 6 million` shares the sign and the scale; `fell 0.4 per cent to 13176` is a change and a level.
    const sharedScale = a.scale === 1 && b.scale > 1 && a.mantissa <= b.mantissa;
    if (connector === 'to' && !sharedScale) return false;
    b.currency = a.currency;
    b.percent = a.percent;
    b.unit = a.unit;
    b.divisor = a.divisor;
  }
  if (a.scale === 1 && b.scale > 1 && a.mantissa <= b.mantissa && !a.hasComma) a.scale = b.scale;
  const low = amountValue(a);
  const high = amountValue(b);
  if (low === high) return false;
  // `led 56 percent to 32 percent` is a score; `from 4.8 percent to 4.7 percent` is a span.
  if (connector === 'to' && high < low && !fromBefore) return false;
  a.mantissa = Math.min(low, high);
  a.scale = 1;
  a.divisor = 1;
  a.negative = false;
  a.valueMax = Math.max(low, high);
  a.end = b.end;
  a.words = a.words && b.words;
  return true;
}

/**
 * Where `/(?<![\p{L}\p{N}&'’.-])[\p{L}\p{N}&'’.-]*\p{Lu}[\p{L}\p{N}&'’.-]* $/u` matches `left`, or -1: the run
 * of name characters before a final space, when it holds a capital. Read backwards: the pattern tries every start
 * in the sentence, which before each of many numbers in one long sentence is quadratic.
 */
function nameBefore(left: string): number {
  if (!left.endsWith(' ')) return -1;
  let capital = false;
  let start = left.length - 1;
  while (start > 0) {
    const c = left.charCodeAt(start - 1);
    if (c < 128) {
      if (!isAsciiWordPart(c)) break;
      if (c >= 65 && c <= 90) capital = true;
      start--;
      continue;
    }
    const char = charBefore(left, start);
    if (!NAME_CHAR.test(char)) break;
    if (CAPITAL.test(char)) capital = true;
    start -= char.length;
  }
  return capital ? start : -1;
}

/** The character (a surrogate pair whole) that ends `s.slice(0, end)`, for a read backwards outside ASCII. */
function charBefore(s: string, end: number): string {
  const pair = (s.charCodeAt(end - 1) & 0xfc00) === 0xdc00 && end > 1 && (s.charCodeAt(end - 2) & 0xfc00) === 0xd800;
  return pair ? s.slice(end - 2, end) : s[end - 1];
}

/**
 * Whether `s.slice(0, end)` ends in `aged` and white space (`/\baged\s*$/i`), read backwards: the pattern tries
 * every start in the sentence, which before each of many numbers in one long sentence is quadratic.
 */
function agedBefore(s: string, end: number): boolean {
  const i = spaceStartBefore(s, end);
  if (i < 4) return false;
  for (let k = 0; k < 4; k++) if ((s.charCodeAt(i - 4 + k) | 32) !== 'aged'.charCodeAt(k)) return false;
  return i === 4 || !isAsciiWordChar(s.charCodeAt(i - 5));
}

/** `\w` in a pattern without the u flag. */
const isAsciiWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Whether `s.slice(0, end)` ends in a word with a capital, a comma and white space (`Smith, ` before an age):
 * `/[\p{Lu}][\p{L}'’.-]*,\s*$/u` read backwards, the letters, apostrophes, dots and hyphens before the comma
 * searched for a capital.
 */
function appositiveBefore(s: string, end: number): boolean {
  let i = spaceStartBefore(s, end);
  if (i === 0 || s.charCodeAt(i - 1) !== 44) return false;
  i--;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (c < 128) {
      if (c >= 65 && c <= 90) return true;
      if (!((c >= 97 && c <= 122) || c === 39 || c === 46 || c === 45)) return false;
      i--;
      continue;
    }
    const char = charBefore(s, i);
    if (CAPITAL.test(char)) return true;
    if (!LETTER_OR_APOSTROPHE.test(char)) return false;
    i -= char.length;
  }
  return false;
}

/** Whether a number with no unit still reads as a figure (`who was 10`) rather than a name (`Game 2`). */
function keepBare(s: string, amount: Amount): boolean {
  if (amount.currency || amount.percent) return true;
  const left = s.slice(0, amount.start);
  const previous = previousWord(s, amount.start);
  if (agedBefore(s, amount.start)) return false;
  if (amount.words && amount.mantissa === 1 && (!amount.unit || ONE_NOT_COUNT_NOUNS.has(amount.unit))) return false;
  if (amount.measured || amount.scale > 1) return true;
  if (previous && IDENTIFIER_NOUNS.has(previous.toLowerCase())) return false;
  // A number right after a capitalised word is a name (`Game 2`, `S&P 500 rose`, `Stoxx 600 index`).
  const namedAt = nameBefore(left);
  const named = namedAt >= 0;
  const sentenceInitial = named && left.slice(0, namedAt).trim() === '';
  if (named && !sentenceInitial && !amount.qualifier && !amount.hasComma && amount.valueMax === undefined) return false;
  if (hasUnit(amount) || amount.valueMax !== undefined) return true;
  if (amount.words) return false;
  if (amount.qualifier) return true;
  const rest = s.slice(amount.end);
  if (rest.startsWith(',') && amount.mantissa <= MAX_APPOSITIVE_AGE && appositiveBefore(s, amount.start)) return false;
  if (!amount.hasComma && /^\s+\p{Lu}/u.test(rest)) return false;
  return true;
}

function figureOf(s: string, amount: Amount, sentenceStart: number): ScannedFigure {
  const trailing = QUALIFIER_AFTER.exec(s.slice(amount.end));
  if (trailing?.groups && !amount.qualifier) {
    amount.qualifier = TRAILING_QUALIFIERS[trailing.groups.q.toLowerCase().replace(/\s+/g, ' ')] ?? null;
    amount.end += trailing[0].length;
  }
  const figure: ScannedFigure = {
    start: amount.start,
    end: amount.end,
    value: amount.valueMax !== undefined ? amount.mantissa : amountValue(amount),
    unit: unitOf(amount),
    kind: kindOf(amount),
    qualifier: amount.qualifier,
    change: readChange(s, amount, sentenceStart),
  };
  if (amount.valueMax !== undefined) figure.valueMax = amount.valueMax;
  return figure;
}

const CORE_AT = new RegExp(CORE.source, 'iy');
const CORE_ALL = new RegExp(CORE.source, 'gi');

/** `tens of thousands of dollars`, `dozens of people`: a range of ten times its low end, with what it counts. */
function readVague(core: string, rest: string, amount: Amount): boolean {
  const parts = core.toLowerCase().split(/\s+/);
  const multiplier = parts[0] === 'tens' ? 10 : parts[0] === 'hundreds' && parts.length > 2 ? 100 : 1;
  amount.mantissa = (VAGUE_BASE[parts[parts.length - 2]] ?? 1) * multiplier;
  amount.valueMax = amount.mantissa * 10;
  const name = CURRENCY_NAME_AFTER.exec(rest);
  if (name?.groups) {
    amount.currency = currencyOfName(name.groups.c) ?? null;
    amount.end = amount.coreEnd + name[0].length;
    return true;
  }
  const noun = countedNoun(rest);
  if (noun) {
    amount.unit = noun.unit;
    amount.end = amount.coreEnd + noun.end;
  }
  return true;
}

/** `two-thirds of voters`, `half the condos`; not `the second half` or `half-staff`. */
function readFraction(s: string, core: string, rest: string, amount: Amount): boolean {
  const parts = core.toLowerCase().split(/[\s-]+/);
  if (parts.length === 1) {
    const previous = previousWord(s, amount.coreStart)?.toLowerCase();
    if ((previous && HALF_NOT_FRACTION_PREVIOUS.has(previous)) || rest.startsWith('-')) return false;
  }
  if (!FRACTION_FOLLOWERS.test(rest)) return false;
  const numerator = parts.length === 1 ? 1 : (parseNumberWords(parts[0] === 'a' ? 'one' : parts[0]) ?? 1);
  amount.mantissa = numerator / FRACTION_DENOMINATORS[parts[parts.length - 1]];
  amount.unit = 'fraction';
  return true;
}

/** `1/2 pound`, `1/16 of a pint`; not `9/11 attacks` or a date. */
function readDigitFraction(s: string, core: string, rest: string, amount: Amount): boolean {
  const [n, d] = core.split(/\s?[/⁄]\s?/).map(Number);
  if (!d || n >= d) return false;
  amount.mantissa = n / d;
  readRight(s, amount, amount.coreEnd, false);
  if (hasUnit(amount)) return amount.measured;
  const of = /^\s+of\s+(?:a|an|the)?\s*/i.exec(rest);
  const noun = of ? countedNoun(` ${rest.slice(of[0].length)}`) : null;
  if (!of || !noun) return false;
  amount.unit = noun.unit;
  amount.end = amount.coreEnd + of[0].length + noun.end - 1;
  return true;
}

/** `sixfold`, `10-fold`. */
function readFold(core: string, amount: Amount): boolean {
  const count = core.replace(/[\s-]?fold$/i, '');
  const value = /^\d+$/.test(count) ? Number(count) : parseNumberWords(count);
  if (value === undefined) return false;
  amount.mantissa = value;
  amount.unit = 'fold';
  return true;
}

/** The shapes with no digits-and-unit reading: vague plurals, fractions, multiples. */
function special(s: string, m: RegExpExecArray, out: ScannedFigure[], sentenceStart: number): number {
  const g = m.groups ?? {};
  const core = m[0];
  const ce = m.index + core.length;
  const rest = s.slice(ce);
  const amount = newAmount(m.index, ce, 0);
  const found = g.vague
    ? readVague(core, rest, amount)
    : g.frac
      ? readFraction(s, core, rest, amount)
      : g.dfrac
        ? readDigitFraction(s, core, rest, amount)
        : readFold(core, amount);
  if (!found) return ce;
  readQualifier(s, amount, sentenceStart);
  out.push(figureOf(s, amount, sentenceStart));
  return amount.end;
}

/** Reads the figure whose core `m` matched; returns where scanning goes on. */
function readAt(s: string, m: RegExpExecArray, out: ScannedFigure[], sentenceStart: number): number {
  const g = m.groups ?? {};
  const ci = m.index;
  const ce = ci + m[0].length;
  if (!g.num && !g.words && !g.halfscale) return special(s, m, out, sentenceStart);
  if (g.num) {
    const tally = TALLY.exec(s.slice(ci));
    if (tally?.groups && !isLetter(s[ci - 1]) && s[ci - 1] !== '$') {
      const a = Number(tally.groups.a);
      const b = Number(tally.groups.b);
      const tallyEnd = ci + tally[0].length;
      const noun = TALLY_NOUN.exec(s.slice(tallyEnd));
      if (noun?.groups) {
        const unit = singular(noun.groups.n);
        const dash = ci + tally[0].indexOf(tally.groups.b, tally.groups.a.length);
        out.push({ start: ci, end: dash - 1, value: a, unit, kind: 'quantity', qualifier: null, change: null });
        out.push({
          start: dash,
          end: tallyEnd + noun[0].length,
          value: b,
          unit,
          kind: 'quantity',
          qualifier: null,
          change: null,
        });
        return tallyEnd + noun[0].length;
      }
      if (matchesBefore(VOTE_BEFORE, s, ci, LEFT_WORD_REACH) && a >= b) {
        // `the House voted 396-9`: a tally of votes with no noun after it.
        const dash = ci + tally[0].indexOf(tally.groups.b, tally.groups.a.length);
        out.push({ start: ci, end: dash - 1, value: a, unit: 'vote', kind: 'quantity', qualifier: null, change: null });
        out.push({
          start: dash,
          end: tallyEnd,
          value: b,
          unit: 'vote',
          kind: 'quantity',
          qualifier: null,
          change: null,
        });
        return tallyEnd;
      }
      if (a >= b) return tallyEnd;
    }
  }
  const amount = readAmount(s, ci, ce, !g.num, sentenceStart);
  if (!amount) return ce;
  readQualifier(s, amount, sentenceStart);
  let consumed = amount.end;
  const after = s.slice(amount.end);
  const connector = RANGE_CONNECTOR.exec(after);
  if (connector) {
    const word = connector[0].trim().toLowerCase();
    const kind: 'to' | 'and' | 'dash' = word === 'and' ? 'and' : word === 'to' || word === 'through' ? 'to' : 'dash';
    const spacedDash = kind === 'dash' && /^\s/.test(connector[0]);
    // `rose 18 sen to RM23.50` is a change and a level; `from $160 to $180` is a range.
    const changeThenLevel =
      kind === 'to' &&
      hasUnit(amount) &&
      readChange(s, amount, sentenceStart) !== null &&
      !matchesBefore(FROM_BEFORE, s, amount.start, LEFT_WORD_REACH);
    const allowed =
      kind === 'and'
        ? matchesBefore(BETWEEN_BEFORE, s, amount.start, LEFT_WORD_REACH)
        : !changeThenLevel && (!spacedDash || !amount.negative);
    if (allowed) {
      const b = readNext(s, amount.end + connector[0].length, sentenceStart);
      if (b && joinRange(amount, b, kind, matchesBefore(FROM_BEFORE, s, amount.start, LEFT_WORD_REACH)))
        consumed = amount.end;
    }
  } else {
    // `eight or nine euros`, `280 million of the 1.5 billion shekels`: the unit written once serves both.
    const shared = OR_CONNECTOR.exec(after) ?? PART_OF_CONNECTOR.exec(after);
    if (shared && !hasUnit(amount)) {
      const b = readNext(s, amount.end + shared[0].length, sentenceStart);
      if (b && hasUnit(b)) adoptUnit(amount, b);
    }
  }
  if (!keepBare(s, amount)) return consumed;
  out.push(figureOf(s, amount, sentenceStart));
  return Math.max(consumed, amount.end);
}

/**
 * The end of the masked span holding `index`, or -1. Spans are in order and `index` only grows over a sentence, so
 * `from[0]` keeps the first span that may still hold it: testing every span for every number was quadratic.
 */
function inMasked(masked: Array<[number, number]>, index: number, from: [number]): number {
  while (from[0] < masked.length && masked[from[0]][1] <= index) from[0]++;
  const span = masked[from[0]];
  return span !== undefined && span[0] <= index ? span[1] : -1;
}

/** Sentences with neither a digit nor a number word hold no figure. */
const NUMBER_HINT =
  /[\d½]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third|quarter|fold)/i;

/**
 * What every MASKED shape holds: a digit before `-:./–`, before `am`/`pm` dots, or before a separator and a digit
 * (`(555) 123`). Sentences with plain counts only skip the many-branched pattern.
 */
const MASK_CUE = /\d(?:[-:./–]|\s?[ap]\.|\)?[\s.-]\d)/;

/** Whether `s` may hold a figure at all: a digit or a number word. */
export function mayHoldFigures(s: string): boolean {
  return NUMBER_HINT.test(s);
}

/** Every figure in `s` (a sentence), offsets relative to `s`; `hinted` when `mayHoldFigures(s)` is known true. */
export function scanFigures(s: string, hinted = false): ScannedFigure[] {
  const out: ScannedFigure[] = [];
  if (!hinted && !NUMBER_HINT.test(s)) return out;
  const masked: Array<[number, number]> = [];
  if (MASK_CUE.test(s))
    for (const match of allMatches(MASKED, s)) masked.push([match.index, match.index + match[0].length]);
  const maskFrom: [number] = [0];
  CORE_ALL.lastIndex = 0;
  let m: RegExpExecArray | null = CORE_ALL.exec(s);
  while (m !== null) {
    const maskEnd = inMasked(masked, m.index, maskFrom);
    const next = maskEnd >= 0 ? maskEnd : readAt(s, m, out, 0);
    CORE_ALL.lastIndex = Math.max(next, m.index + m[0].length);
    m = CORE_ALL.exec(s);
  }
  return out;
}
