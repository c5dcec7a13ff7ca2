import { canonicalOutlet, NOT_OUTLETS, WIRE_SERVICES } from './credit-vocabulary.js';

/** A run of capitalised words (or a word with digits like `Digi24`), the shape of an outlet's name. */
const NAME = String.raw`((?:The[^\S\n]+)?[\p{Lu}][\p{L}\p{N}&'’-]*(?:\.[\p{L}\p{N}]+)*(?:[^\S\n]+[\p{Lu}][\p{L}\p{N}&'’-]*(?:\.[\p{L}\p{N}]+)*){0,3})`;

const WIRE_ALTERNATION = [...WIRE_SERVICES.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
  .join('|');

/** `Source:`, `Credit:`, `Via:` in any case of their first letter. */
const LABEL_CUE = /(?:ource|redit|ia)\s*:/;
const COPYRIGHT_CUE = /©|copyright/i;

/**
 * Patterns whose first group names the outlet an article credits as its origin, each with a cue: words without
 * which it cannot match, looked for first because scanning a whole article with a Unicode pattern is slow.
 */
const CREDIT_PATTERNS: Array<{ pattern: RegExp; cue: (text: string) => boolean }> = [
  {
    // "as reported by Digi24", "first reported by The Times"
    pattern: new RegExp(
      String.raw`\b(?:as\s+)?(?:first\s+|originally\s+)?reported\s+(?:earlier\s+)?by\s+${NAME}`,
      'gu',
    ),
    cue: (text) => text.includes('reported'),
  },
  {
    // ", Ukrinform reports." / ", Reuters reported."
    pattern: new RegExp(String.raw`[,—–-]\s*${NAME}\s+(?:reports|reported)\s*[.;]`, 'gu'),
    cue: (text) => text.includes('report'),
  },
  {
    // "WASHINGTON (AP) —", "(Reuters) -"
    pattern: new RegExp(String.raw`\((${WIRE_ALTERNATION})\)`, 'giu'),
    cue: (text) => text.includes('('),
  },
  {
    // "Source: Reuters", "With reporting by AFP", "Courtesy of ..."
    pattern: new RegExp(
      String.raw`\b(?:(?:[Ss]ource|[Cc]redit|[Vv]ia)\s*:|Courtesy\s+of|With\s+reporting\s+by|Additional\s+reporting\s+by)\s+${NAME}`,
      'gu',
    ),
    cue: (text) =>
      (text.includes(':') && LABEL_CUE.test(text)) || text.includes('Courtesy') || text.includes('reporting'),
  },
  {
    // "Copyright 2024 The Associated Press", "© Reuters": most articles have no copyright line at all.
    pattern: new RegExp(String.raw`(?:©|\bCopyright)\s*(?:\d{4}\s+)?(${WIRE_ALTERNATION})\b`, 'giu'),
    cue: (text) => COPYRIGHT_CUE.test(text),
  },
];

/**
 * A wire service's name alone on the last line, or as a sign-off ("— Reuters"). The dash and the white space after
 * it are one optional group: `\s*[—–-]?\s*` splits a run of blank lines between its two `\s*` in every way, which
 * before each line break of the run made thousands of line breaks take minutes.
 */
const SIGN_OFF = new RegExp(String.raw`(?:^|\n)\s*(?:[—–-]\s*)?(${WIRE_ALTERNATION})\s*$`, 'giu');
/**
 * How far before the text's last non-space the sign-off is looked for: a dash and a wire service's name need a few
 * dozen characters, and each line break of a long blank run before the end would otherwise be tried in turn.
 */
const SIGN_OFF_REACH = 1000;

/** The sign-off match at the end of `text`, searched for only near its last non-space. */
function signOffOf(text: string): RegExpExecArray | null {
  SIGN_OFF.lastIndex = Math.max(0, text.trimEnd().length - SIGN_OFF_REACH);
  const match = SIGN_OFF.exec(text);
  SIGN_OFF.lastIndex = 0;
  return match;
}

/**
 * The outlets and wire services a text credits as its origin, in order of first appearance, each once.
 * Names of wire services are canonical (`Associated Press` -> `AP`); other outlets are kept as written.
 */
export function findCredits(text: string): string[] {
  const found: Array<{ at: number; name: string }> = [];
  for (const { pattern, cue } of CREDIT_PATTERNS) {
    if (!cue(text)) continue;
    for (const match of text.matchAll(pattern)) {
      const raw = match[1].trim();
      const firstWord = raw.split(/\s+/)[0].toLowerCase();
      if (NOT_OUTLETS.has(firstWord) && !WIRE_SERVICES.has(raw.toLowerCase())) continue;
      found.push({ at: match.index, name: canonicalOutlet(raw.replace(/[.’']+$/, '')) });
    }
  }
  const signOff = signOffOf(text);
  if (signOff) found.push({ at: signOff.index, name: canonicalOutlet(signOff[1]) });
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const credits: string[] = [];
  for (const { name } of found) {
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    credits.push(name);
  }
  return credits;
}
