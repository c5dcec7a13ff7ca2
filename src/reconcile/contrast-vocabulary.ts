/**
 * Words that name one of a closed set of alternatives: where two reports of the same event put different members
 * of one set in the same place, they contradict each other. Each entry maps a written form to its canonical value.
 */
export interface ContrastClass {
  name: string;
  /** Finds the contrasting words (first group), compiled once (global: used with matchAll and replace). */
  pattern: RegExp;
  /** Letters every match holds, in the pattern's flags: a text without them has no match (a cheap test first). */
  cue: RegExp;
  canonical: (word: string) => string;
}

const PORTFOLIOS =
  'foreign|defen[cs]e|finance|interior|home|justice|health|economy|economic|economics|trade|energy|education|agriculture|environment|transport|labou?r|culture|treasury|industry|housing';
const ROLE_HEADS = "ministers?|ministry|ministries|secretary|secretaries|ministers'";

const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

export const CONTRAST_CLASSES: ContrastClass[] = [
  {
    name: 'office',
    pattern: new RegExp(String.raw`\b(${PORTFOLIOS})\s+(?:${ROLE_HEADS})\b`, 'giu'),
    cue: /minist|secretar/iu,
    canonical: (word) => word.toLowerCase().replace('defense', 'defence').replace('labor', 'labour'),
  },
  {
    name: 'day',
    pattern: new RegExp(String.raw`\b(${WEEKDAYS})\b`, 'giu'),
    cue: /day/iu,
    canonical: (word) => word.toLowerCase(),
  },
];

/**
 * Words that may stand between a weekday and the word of the event it dates ("apologized on Friday", "voted late
 * Tuesday night"): skipped when looking for that word.
 */
export const DAY_FILLERS: ReadonlySet<string> = new Set(
  'on late early last this next by until night morning afternoon evening'.split(' '),
);
