import type { Figure, Qualifier } from '../records/claim.js';

const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

// One formatter each, made once: `toLocaleString` with options builds a new formatter on every call, which made
// number formatting a large share of reconciling.
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const SCALED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** `20000000000, EUR` -> `EUR 20 billion`; `3, %` -> `3%`; `4, soldier` -> `4 soldier`. */
export function formatValue(value: number, unit: string | null): string {
  const number = formatNumber(value);
  if (!unit) return number;
  if (unit === '%') return `${number}%`;
  if (unit === 'pp') return `${number} percentage points`;
  if (/^[A-Z]{3}$/.test(unit)) return `${unit} ${number}`;
  return `${number} ${value === 1 ? unit : plural(unit)}`;
}

/**
 * Numbers as written, remembered: every figure of a story is described, and formatting is still the costlier part;
 * the same small numbers recur across stories. Cleared when full.
 */
const written = new Map<number, string>();
const MAX_REMEMBERED_NUMBERS = 10_000;

function formatNumber(value: number): string {
  // Zero is left out: the map takes -0 for 0, which the formatter writes differently.
  let number = value === 0 ? undefined : written.get(value);
  if (number === undefined) {
    number = scaledNumber(value);
    if (written.size >= MAX_REMEMBERED_NUMBERS) written.clear();
    if (value !== 0) written.set(value, number);
  }
  return number;
}

function scaledNumber(value: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(value) >= scale) return `${SCALED.format(value / scale)} ${word}`;
  }
  return WHOLE.format(value);
}

function plural(word: string): string {
  if (/(?:s|x|ch|sh)$/.test(word)) return /s$/.test(word) ? word : `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  'more-than': 'more than',
  'at-least': 'at least',
  'less-than': 'less than',
  'at-most': 'up to',
  about: 'about',
  nearly: 'nearly',
  exactly: 'exactly',
};

export function describeFigure(figure: Figure): string {
  const qualifier = figure.qualifier ? `${QUALIFIER_WORDS[figure.qualifier]} ` : '';
  const range = figure.valueMax !== undefined ? `–${formatValue(figure.valueMax, null)}` : '';
  const period = figure.period ? ` (${figure.period})` : '';
  return `${qualifier}${formatValue(figure.value, figure.unit)}${range}${period}`;
}

/** A quote shortened for a summary line. */
export function clip(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
