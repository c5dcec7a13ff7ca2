/** Function words that say nothing about what a sentence is about. */
const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with without about into onto over under than then ' +
    'as is are was were be been being am do does did done doing have has had having will would shall should can ' +
    'could may might must not no yes it its it’s this that these those there here their they them he him his she ' +
    'her hers we us our you your i me my mine who whom whose which what when where why how all any both each few ' +
    'more most other some such only own same very just also too now up down out off again further once s t ' +
    'said says say told tells tell according added adds noted notes stated stating saying if because while ' +
    'during before after since until also even still much many one two ' +
    'across around along among against between through toward towards upon within behind beyond near via per ' +
    'however though although whether like unlike every another others several rather quite already'
  ).split(/\s+/),
);

const HAS_JOINER = /['’-]/;

/**
 * A crude stem: enough to let `threatens` meet `threat`, `making` meet `make`, `wanted` meet `wants` and `bodies`
 * meet `body`. Suffixes come off only where three letters stay, then a final `e`, then all past the fifth letter.
 */
export function stem(word: string): string {
  let lower = word.toLowerCase();
  // Most words have neither apostrophe nor hyphen: only the others pay for the replacing.
  if (HAS_JOINER.test(lower)) lower = lower.replace(/’/g, "'").replace(/'s$/, '').replace(/-/g, '');
  if (lower.length > 4 && lower.endsWith('ies')) lower = `${lower.slice(0, -3)}y`;
  else if (lower.length > 5 && lower.endsWith('ing')) lower = lower.slice(0, -3);
  else if (lower.length > 4 && lower.endsWith('ed') && !lower.endsWith('eed')) lower = lower.slice(0, -2);
  else if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) lower = lower.slice(0, -1);
  if (lower.length > 3 && lower.endsWith('e')) lower = lower.slice(0, -1);
  return lower.length > 5 ? lower.slice(0, 5) : lower;
}

/** `he'd`, `we’re`, `don't`, `doesn’t`: a function word with a clitic says no more than the function word. */
function isFunctionContraction(word: string): boolean {
  const apostrophe = word.search(/['’]/);
  if (apostrophe < 0) return false;
  return /n['’]t$/.test(word) || STOPWORDS.has(word.slice(0, apostrophe));
}

/** A content word as `contentStems` finds it: letters and digits, joined by apostrophes or hyphens. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * The stem of each word as written, or null for a word that says nothing (short, a function word). One story's
 * texts, and the next story's, use mostly the same words: this spares lower-casing, the stopword tests and the
 * stemming on all but a word's first sight. Cleared when full, which bounds a long-lived worker's memory.
 */
const stemOfWord = new Map<string, string | null>();
const MAX_REMEMBERED_WORDS = 100_000;

function contentStemOf(word: string): string | null {
  let stemmed = stemOfWord.get(word);
  if (stemmed === undefined) {
    const lower = word.toLowerCase();
    stemmed = lower.length < 2 || STOPWORDS.has(lower) || isFunctionContraction(lower) ? null : stem(lower);
    if (stemOfWord.size >= MAX_REMEMBERED_WORDS) stemOfWord.clear();
    stemOfWord.set(word, stemmed);
  }
  return stemmed;
}

/** The stems of a text's content words, in order. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const stemmed = contentStemOf(match[0]);
    if (stemmed !== null) out.push(stemmed);
  }
  return out;
}

export function contentStemSet(text: string): Set<string> {
  return new Set(contentStems(text));
}

/** How many of the smaller set's stems the larger one shares, and that share. */
export function overlap(a: Set<string>, b: Set<string>): { shared: number; ofSmaller: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return { shared, ofSmaller: small.size === 0 ? 0 : shared / small.size };
}
