/** The regular expressions the figure scanner uses, compiled once from the lexicons. */
import { CURRENCY_CODES, CURRENCY_NAMES, MINOR_UNITS, namesLongestFirst, SCALED_CURRENCY_NAMES } from './currencies.js';
import { MEASURE_UNITS, QUALIFIERS, TRAILING_QUALIFIERS } from './figure-lexicon.js';
import { NUMBER_WORDS } from './number-words.js';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
}

function alternation(words: string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
}

const WORD = alternation(NUMBER_WORDS);
const FRACTION_WORD = 'halves|half|thirds|third|quarters|quarter|fifths|fifth|tenths|tenth';

/**
 * One number core, in one of five shapes: vague plurals (`tens of thousands of`), fraction words (`two-thirds`),
 * digit fractions (`1/16`), digits (`1,200.5`, `.001`), written numbers (`twenty-eight thousand`, `a dozen`).
 */
export const CORE = new RegExp(
  [
    `(?<vague>\\b(?:(?:tens|hundreds)\\s+of\\s+)?(?:dozens|hundreds|thousands|millions|billions)\\s+of\\b)`,
    `(?<halfscale>\\bhalf\\s+an?\\s+(?:dozen|hundred|thousand|million|billion|trillion)\\b)`,
    `(?<frac>\\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[\\s-](?:${FRACTION_WORD})|half)\\b)`,
    `(?<dfrac>(?<![\\d/.,])\\d{1,2}\\s?[/⁄]\\s?\\d{1,3}(?![\\d/]))`,
    `(?<fold>\\b(?:${WORD}|\\d+)[\\s-]?fold\\b)`,
    `(?<num>(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:[\\u00a0\\u202f\\u2009]\\d{3})+|\\d+)(?:\\.\\d+)?|(?<![\\d.])\\.\\d+)`,
    `(?<words>\\b(?:(?:a|an)\\s+(?=dozen|hundred|thousand|million|billion|trillion))?(?:${WORD})(?:(?:\\s+and)?[\\s-]+(?:${WORD}))*\\b)`,
  ].join('|'),
  // No `u`: the pattern is ASCII words and BMP characters, and Unicode case folding made every scan 4 times slower.
  'gi',
);

/** Ends of a left context that put a currency before the amount: `US$`, `HK $`, `$US`, `€`, `EUR `, `Y=`, `RM`. */
export const CURRENCY_PREFIX = new RegExp(
  [
    '(?:(?<![\\p{L}])(?<pre>US|U\\.S\\.|HK|AU|CA|CAN|NZ|SG|NT|MX)\\s?\\$',
    '(?<![\\p{L}])(?<pre1>A|C|S|R)\\$',
    '\\$\\s?(?<post>US|HK|AU|A|C|CA|NZ)?',
    '(?<sign>[€£¥₹₽₴₩₺₪₦₱฿₫])',
    '(?<![\\p{L}])(?<ascii>Y=|RM|KSh|Ksh|Rs\\.?)',
    `(?<![\\p{L}])(?<code>${Object.keys(CURRENCY_CODES).join('|')}))\\s?(?<minus>[-−])?$`,
  ].join('|'),
  'u',
);

export const QUALIFIER_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?<q>${alternation(Object.keys(QUALIFIERS))})\\s*$`, 'iu');

export const QUALIFIER_AFTER = new RegExp(`^\\s*,?\\s*(?<q>${alternation(Object.keys(TRAILING_QUALIFIERS))})\\b`, 'i');

/** Scale words and abbreviations right after a number core. */
export const SCALE_WORD = /^[\s-]?(?<w>hundred|thousand|million|billion|trillion|lakh|crore)s?\b/i;
export const SCALE_ATTACHED = /^(?<w>k|K|m|M|mn|mln|bn|Bn|BN|b|B|bln|tn|trn)(?![\p{L}\d])/u;
export const SCALE_SPACED = /^\s(?<w>bn|mn|mln|tn|trn|B)(?![\p{L}\d])/u;

/** After an attached `m` with no currency: a length (`37m (121ft)`, `a 100m long`) rather than millions. */
export const METRE_CONTEXT = /^\s*(?:\(|long\b|tall\b|high\b|wide\b|deep\b|away\b|above\b|below\b|from\b|$|[,.;:)-])/;

/** A currency sign after the amount, as much of Europe writes it: `20 €`, `20€`. */
export const CURRENCY_SYMBOL_AFTER = /^\s?(?<c>[€£¥₹₽₴₩₺₪])/u;
export const SCALED_CURRENCY_AFTER = new RegExp(`^\\s(?<c>${Object.keys(SCALED_CURRENCY_NAMES).join('|')})\\b`, 'i');

export const CURRENCY_CODE_AFTER = new RegExp(`^\\s?(?<c>${Object.keys(CURRENCY_CODES).join('|')})(?![\\p{L}])`, 'u');
export const CURRENCY_NAME_AFTER = new RegExp(`^\\s(?<c>${alternation(namesLongestFirst(CURRENCY_NAMES))})\\b`, 'i');
export const MINOR_AFTER = new RegExp(
  `^(?:\\s(?<c>${alternation(Object.keys(MINOR_UNITS).filter((unit) => unit !== 'p'))})\\b|(?<p>p)(?![\\p{L}\\d]))`,
  'iu',
);
/** `pound` as a weight: `1/2 pound of chocolate`, `a 300-pound man`. */
export const POUND_WEIGHT_AFTER = /^\s+of\b/i;
/** `weighs 200 pounds`, `a weight of 5 pounds`. */
export const POUND_WEIGHT_BEFORE = /\b(?:weigh(?:s|ed|ing)?|weight\s+of|heavier|lighter)\s+(?:\S+\s+){0,2}$/gi;

export const PERCENT_AFTER =
  /^[\s-]?(?:(?<pp>percentage[\s-]points?|per\s?cent(?:age)?\s+points?|pp|ppts?)|(?<bp>basis\s+points?|bps?)|(?<pct>%|per\s?cent|percent(?:age)?|pct|pc))(?![\p{L}\d])/iu;

export const MEASURE_AFTER = new RegExp(
  `^(?<sp>[\\s-]?)(?<u>${alternation(Object.keys(MEASURE_UNITS))})(?![\\p{L}\\d])`,
  'u',
);

/** Connectors that make two numbers a range, or a list sharing a unit (`eight or nine euros`). */
export const RANGE_CONNECTOR = /^(?:\s*(?:to|through|and)\s+|[-–—]|\s[–—]\s)/i;
export const OR_CONNECTOR = /^\s+or\s+/i;
export const PART_OF_CONNECTOR = /^\s+(?:out\s+)?of\s+(?:the|its|their|his|her|a|an)\s+/i;

/** Spans that hold digits but are no figure: clock times, ISO dates and times, phone numbers, slashed dates. */
export const MASKED = new RegExp(
  [
    '\\b\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+Z?)?',
    '\\b\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:\\s?[ap]\\.?m\\.?)?',
    '\\b\\d{1,2}\\s?[ap]\\.\\s?m\\.',
    '\\(?\\b\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}\\b',
    '\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b',
    '\\b(?:19|20)\\d{2}[-–/](?:\\d{2}|(?:19|20)\\d{2})\\b',
  ].join('|'),
  'g',
);

/** Sports scores and tallies: `2-1`, `97-1 vote`. */
export const TALLY = /^(?<a>\d{1,3})[-–](?<b>\d{1,3})(?!\d|[.,]\d)/;
export const TALLY_NOUN =
  /^\s+(?<n>votes?|decision|margin|majority|lead|win|victory|defeat|loss|split|ruling|verdict|count)\b/i;

export const ORDINAL_AFTER = /^(?:st|nd|rd|th)(?![\p{L}])/u;
