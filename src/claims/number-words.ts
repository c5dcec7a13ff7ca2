/** Written-out numbers ("twenty-eight thousand six hundred forty-two") and their values. */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Scale words, as words and as the abbreviations written after digits (`1.2m`, `$4.5bn`, `EUR20bn`). */
export const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  lakh: 1e5,
  million: 1e6,
  crore: 1e7,
  billion: 1e9,
  trillion: 1e12,
};

export const SCALE_ABBREVIATIONS: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  tn: 1e12,
  trn: 1e12,
  tr: 1e12,
};

/** Every word a written number can be made of, longest first so a regex alternation prefers it. */
export const NUMBER_WORDS: string[] = [...Object.keys(UNITS), 'hundred', 'thousand', 'million', 'billion', 'trillion']
  .concat(['dozen'])
  .sort((a, b) => b.length - a.length);

export function numberWordValue(word: string): number | undefined {
  return UNITS[word.toLowerCase()];
}

export function scaleValue(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/s$/, '');
  return SCALES[lower] ?? SCALE_ABBREVIATIONS[word.toLowerCase()];
}

/**
 * The value of a written number such as `twenty-eight thousand six hundred forty-two`, `a dozen` or
 * `one hundred and five`; undefined when the words do not form a number.
 */
export function parseNumberWords(phrase: string): number | undefined {
  const parts = phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((part) => part.length > 0 && part !== 'and');
  if (parts.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === 'half' && i === 0) {
      current = 0.5;
      continue;
    }
    if (part === 'a' || part === 'an') {
      if (i === 1 && current === 0.5) continue;
      if (i !== 0) return undefined;
      current = 1;
      continue;
    }
    const unit = UNITS[part];
    if (unit !== undefined) {
      current += unit;
      seen = true;
      continue;
    }
    if (part === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
      continue;
    }
    if (part === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
      continue;
    }
    const scale = SCALES[part];
    if (scale === undefined) return undefined;
    total += (current || 1) * scale;
    current = 0;
    seen = true;
  }
  return seen ? total + current : undefined;
}
