/** Vocabularies the figure extractor reads: qualifiers, change verbs, unit words and words that are not units. */
import type { Qualifier } from '../records/claim.js';

/** Words before a number that bound it. Longest first in the compiled pattern. */
export const QUALIFIERS: Record<string, Qualifier> = {
  'more than': 'more-than',
  'over than': 'more-than',
  over: 'more-than',
  'well over': 'more-than',
  'just over': 'more-than',
  'a little over': 'more-than',
  above: 'more-than',
  'well above': 'more-than',
  'in excess of': 'more-than',
  'well beyond': 'more-than',
  beyond: 'more-than',
  'upwards of': 'more-than',
  'greater than': 'more-than',
  'north of': 'more-than',
  'higher than': 'more-than',
  'at least': 'at-least',
  'a minimum of': 'at-least',
  'no less than': 'at-least',
  'no fewer than': 'at-least',
  'not less than': 'at-least',
  'less than': 'less-than',
  'fewer than': 'less-than',
  'lower than': 'less-than',
  under: 'less-than',
  'just under': 'less-than',
  below: 'less-than',
  'just below': 'less-than',
  'south of': 'less-than',
  'up to': 'at-most',
  'no more than': 'at-most',
  'not more than': 'at-most',
  'at most': 'at-most',
  'a maximum of': 'at-most',
  'as many as': 'at-most',
  'as much as': 'at-most',
  'as high as': 'at-most',
  'as little as': 'at-least',
  'as few as': 'at-least',
  'as low as': 'at-least',
  about: 'about',
  roughly: 'about',
  around: 'about',
  'round about': 'about',
  some: 'about',
  approximately: 'about',
  approx: 'about',
  'an estimated': 'about',
  estimated: 'about',
  circa: 'about',
  'in the region of': 'about',
  'in the neighborhood of': 'about',
  'in the neighbourhood of': 'about',
  'of the order of': 'about',
  'on the order of': 'about',
  '~': 'about',
  '≈': 'about',
  nearly: 'nearly',
  almost: 'nearly',
  'close to': 'nearly',
  'closer to': 'nearly',
  'just shy of': 'nearly',
  'shy of': 'nearly',
  'not quite': 'nearly',
  exactly: 'exactly',
  precisely: 'exactly',
};

/** Words after a number that bound it (`20 billion or more`). */
export const TRAILING_QUALIFIERS: Record<string, Qualifier> = {
  'or more': 'at-least',
  'or higher': 'at-least',
  'or above': 'at-least',
  'or less': 'at-most',
  'or fewer': 'at-most',
  'or lower': 'at-most',
  'or so': 'about',
};

/** Verbs and adverbs of change read shortly before a figure (`rose 3%`, `was down 2.1%`). */
export const CHANGE_UP = [
  'rose',
  'rise',
  'rises',
  'risen',
  'rising',
  'up',
  'gained',
  'gain',
  'gains',
  'jumped',
  'jump',
  'jumps',
  'climbed',
  'climb',
  'climbs',
  'increased',
  'increase',
  'increases',
  'grew',
  'grow',
  'grows',
  'grown',
  'added',
  'adding',
  'advanced',
  'advancing',
  'surged',
  'surge',
  'soared',
  'soar',
  'rallied',
  'spiked',
  'boosted',
  'expanded',
  'widened',
  'higher',
];

export const CHANGE_DOWN = [
  'fell',
  'fall',
  'falls',
  'fallen',
  'falling',
  'down',
  'dropped',
  'drop',
  'drops',
  'declined',
  'decline',
  'declines',
  'lost',
  'lose',
  'loses',
  'slid',
  'slide',
  'slides',
  'tumbled',
  'tumble',
  'plunged',
  'plunge',
  'plummeted',
  'decreased',
  'decrease',
  'shrank',
  'shrunk',
  'shrink',
  'eased',
  'sank',
  'sunk',
  'slumped',
  'slump',
  'dipped',
  'dip',
  'retreated',
  'cut',
  'cuts',
  'reduced',
  'slashed',
  'contracted',
  'narrowed',
  'lower',
  'off',
];

/** Words after a number that say it was a change (`34.4% higher`). */
export const CHANGE_AFTER: Record<string, 'up' | 'down'> = {
  higher: 'up',
  lower: 'down',
  up: 'up',
  down: 'down',
  more: 'up',
  less: 'down',
};

/** Measurement units written as symbols or abbreviations, attached (`64GB`) or spaced (`5 km`), to a unit word. */
export const MEASURE_UNITS: Record<string, string> = {
  km: 'km',
  kms: 'km',
  'km/h': 'km/h',
  'km/hr': 'km/h',
  kph: 'km/h',
  mph: 'mph',
  'm.p.h.': 'mph',
  'm.p.h': 'mph',
  'm/s': 'm/s',
  mm: 'mm',
  cm: 'cm',
  nm: 'nm',
  μm: 'μm',
  µm: 'μm',
  m2: 'm2',
  'm²': 'm2',
  'sq m': 'm2',
  sqm: 'm2',
  'sq ft': 'sq ft',
  'sq. ft.': 'sq ft',
  ft: 'ft',
  kg: 'kg',
  lb: 'lb',
  lbs: 'lb',
  oz: 'oz',
  ml: 'ml',
  l: 'litre',
  cc: 'cc',
  GB: 'GB',
  MB: 'MB',
  TB: 'TB',
  Gb: 'Gb',
  Mbps: 'Mbps',
  Gbps: 'Gbps',
  kW: 'kW',
  MW: 'MW',
  GW: 'GW',
  kWh: 'kWh',
  MWh: 'MWh',
  GWh: 'GWh',
  TWh: 'TWh',
  mAh: 'mAh',
  Hz: 'Hz',
  HZ: 'Hz',
  kHz: 'kHz',
  MHz: 'MHz',
  GHz: 'GHz',
  hp: 'hp',
  bhp: 'bhp',
  ppb: 'ppb',
  ppm: 'ppm',
  mpg: 'mpg',
  ksi: 'ksi',
  GPa: 'GPa',
  MPa: 'MPa',
  kV: 'kV',
  'kV/cm': 'kV/cm',
  dB: 'dB',
  '°C': '°C',
  '°F': '°F',
  '°': '°',
  degF: '°F',
  degC: '°C',
  'deg C': '°C',
  'deg F': '°F',
  ppg: 'ppg',
  rpg: 'rpg',
  apg: 'apg',
  WAR: 'WAR',
  '″': 'inch',
  /** `5G`, `4G` networks: the generation. */
  G: 'G',
  /** Attached only: `30C`, `86F`. */
  C: '°C',
  F: '°F',
  in: 'inch',
  MP: 'MP',
  fps: 'fps',
  W: 'W',
  V: 'V',
  mg: 'mg',
  g: 'g',
  kcal: 'kcal',
  ms: 'ms',
  h: 'hour',
};

/** Units read only when stuck to the digits (`2in`, `65W`), since spaced they are common words or letters. */
export const ATTACHED_ONLY_UNITS = new Set(['in', 'ms', 'h']);

/** Video resolutions written like pence or thousands: `1080p`, `4K`. */
export const RESOLUTIONS_P = new Set([144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]);
export const RESOLUTIONS_K = new Set([1, 2, 4, 5, 6, 8, 10, 12, 16]);

/** Unit words that measure (so `16 inch` after a name is a size, and `2000 miles` no year). Singular. */
export const MEASURE_WORDS = new Set(
  [
    'inch foot yard mile metre meter kilometre kilometer centimetre centimeter millimetre millimeter nanometre',
    'nanometer micrometre gram kilogram tonne ton ounce pound gallon litre liter barrel acre hectare degree',
    'second minute hour day week month year decade century watt kilowatt megawatt gigawatt volt hertz decibel',
    'horsepower calorie mph knot cup teaspoon tablespoon pint quart',
  ]
    .join(' ')
    .split(' '),
);

/** Words that end a search for a counted noun after a number: function words, verbs, adverbs. */
export const NOT_UNIT_WORDS = new Set(
  [
    'a an the and or but nor of to in on at by for from with without into onto upon as than then that this these',
    'those which who whom whose what when where while why how if so such not no yes per each every all any some',
    'is are was were be been being am has have had having do does did will would shall should can could may might',
    'must said says say told tells according also just only still even again already more most less least very too',
    'it its he she they we you i his her their our your my me him them us there here after before since until',
    'during over under above below about around between through against among within across along up down out off',
    'percent per cent pc times year-on-year respectively apiece each way ago later earlier now today',
    'yesterday tomorrow this next last another other others both either neither one two three four five six seven',
    'eight nine ten hundred thousand million billion trillion dozen half',
    'january february march april may june july august september october november december',
    'monday tuesday wednesday thursday friday saturday sunday',
  ]
    .join(' ')
    .split(' '),
);

/** Words that may sit between a number and its noun (`four U.S. soldiers`, `1,200 more troops`). */
export const UNIT_MODIFIERS = new Set(
  [
    'more additional extra new other further fewer total combined separate different individual small large big',
    'major minor former current active registered full-time part-time young old senior junior local foreign',
    'civilian military international private public',
  ]
    .join(' ')
    .split(' '),
);

/** Nouns a number before them often names, not counts: `Section 427`, `Game 2`, `Route 66`. */
export const IDENTIFIER_NOUNS = new Set(
  [
    'section row game channel route highway room chapter article amendment flight week level page paragraph',
    'number no no. item title rule clause stage phase episode season grade district ward lot gate platform',
    'terminal exit interstate suite unit apartment building floor round act volume part figure table',
  ]
    .join(' ')
    .split(' '),
);

/** Words that, hyphenated as an adjective (`a five-year plan`, `a three-time winner`), make a descriptor, not a figure. */
export const DURATION_ADJECTIVE_UNITS = new Set([
  'year',
  'month',
  'week',
  'day',
  'hour',
  'minute',
  'second',
  'decade',
  'time',
]);

/** Street words after a house number: `575 Wilbraham Road` is an address. */
export const STREET_WORDS = new Set(
  'road rd street st avenue ave boulevard blvd lane ln drive dr way place pl court ct square terrace crescent close highway parkway'.split(
    ' ',
  ),
);

export const MONTH_NAMES = new Set(
  [
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
  ]
    .join(' ')
    .split(' '),
);

/** Irregular plurals for singular unit words. */
export const IRREGULAR_SINGULARS: Record<string, string> = {
  people: 'people',
  persons: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  police: 'police',
  staff: 'staff',
  personnel: 'personnel',
  cattle: 'cattle',
  sheep: 'sheep',
  aircraft: 'aircraft',
  series: 'series',
  species: 'species',
  news: 'news',
  data: 'data',
  criteria: 'criterion',
  analyses: 'analysis',
  crises: 'crisis',
  bases: 'base',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  leaves: 'leaf',
  halves: 'half',
};

/** Words skipped when looking back from a figure for a change verb (`rose by just 3%`). */
export const CHANGE_SKIP = new Set([
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

/** Words before `one` that make it a pronoun (`each one`, `if one adds`), not a count. */
export const ONE_NOT_COUNT_PREVIOUS = new Set([
  'number',
  'if',
  'when',
  'as',
  'unless',
  'because',
  'where',
  'than',
  'once',
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

/** Nouns after `one` in idioms (`one day`, `one way`) rather than counts. */
export const ONE_NOT_COUNT_NOUNS = new Set([
  'another',
  'day',
  'way',
  'time',
  'hand',
  'thing',
  'point',
  'reason',
  'more',
  'such',
]);

/** Words before `half` that make it a part of something (`the second half`), not a fraction of a group. */
export const HALF_NOT_FRACTION_PREVIOUS = new Set([
  'first',
  'second',
  'the',
  'a',
  'and',
  'latter',
  'other',
  'back',
  'one',
]);

/** Words hyphenated before a number that leave it a number (`now-18`, `mid-30`); other words make a name (`Covid-19`). */
export const HYPHEN_PREFIXES = new Set([
  'now',
  'mid',
  'top',
  'over',
  'under',
  'nearly',
  'almost',
  'about',
  'low',
  'high',
  'late',
  'early',
  'then',
]);

/** Fraction words and their denominators. */
export const FRACTION_DENOMINATORS: Record<string, number> = {
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

/** Vague plurals (`dozens of`, `thousands of`) and the low end of what they mean; the high end is ten times it. */
export const VAGUE_BASE: Record<string, number> = {
  dozens: 12,
  hundreds: 1e2,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};
