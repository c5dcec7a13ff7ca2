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
  return stemOfLowerCase(word.toLowerCase());
}

function stemOfLowerCase(word: string): string {
  let lower = word;
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
  const straight = word.indexOf("'");
  const curly = word.indexOf('’');
  if (straight < 0 && curly < 0) return false;
  const apostrophe = straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
  return /n['’]t$/.test(word) || STOPWORDS.has(word.slice(0, apostrophe));
}

/** A content word as `contentStems` finds it: letters and digits, joined by apostrophes or hyphens. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Longer words are no stopword: they skip the look-up (hashing a new string costs more than the test). */
const LONGEST_STOPWORD = Math.max(...[...STOPWORDS].map((word) => word.length));

/** The stems of a text's content words, in order: the first `limit` of them. */
export function contentStems(text: string, limit = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null && out.length < limit; match = WORD.exec(text)) {
    const word = match[0].toLowerCase();
    if (word.length < 2 || (word.length <= LONGEST_STOPWORD && STOPWORDS.has(word)) || isFunctionContraction(word))
      continue;
    out.push(stemOfLowerCase(word));
  }
  return out;
}

export function contentStemSet(text: string): Set<string> {
  return new Set(contentStems(text));
}

/** Whether two sets share at least `count` stems: stops counting there. */
export function sharedAtLeast(a: Set<string>, b: Set<string>, count: number): boolean {
  if (count <= 0) return true;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item) && ++shared >= count) return true;
  return false;
}

/** How many of the smaller set's stems the larger one shares, and that share. */
export function overlap(a: Set<string>, b: Set<string>): { shared: number; ofSmaller: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return { shared, ofSmaller: small.size === 0 ? 0 : shared / small.size };
}
