import type { ScannedFigure } from './figure-scan.js';

/** The oldest age read from `Name, 46,` and the like; larger numbers there are something else. */
const MAX_AGE = 120;

/** Capitalised words that precede `, 19,` as a date, not a person: `June 19, 2014`. */
const NOT_A_PERSON =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|no|section|chapter|article|room|route|game|episode|season|number)$/i;

/** `Weiner, 46, is married`: an age in apposition to a name. */
const APPOSITION = /(?<name>[\p{Lu}][\p{L}.'’-]*),\s(?<age>\d{1,3}),/gu;
const APPOSITION_CUE = /,\s\d{1,3},/;
/** APPOSITION_CUE or STATED_CUE: one test rules out the sentences with neither. */
const AGE_CUE = /,\s\d{1,3},|who|age/i;
const DIGIT = /\d/;
/** What every stated age holds (`who`, `age`): most sentences have neither, and skip the costly pattern. */
const STATED_CUE = /who|age/i;
/** `who is 46`, `aged 16`, `age 13`. */
const STATED =
  /\b(?:who\s+(?:is|was|turns|turned|will\s+be)|aged|age)\s+(?<age>\d{1,3})\b(?!\s*(?:to|-|–|and|or)\s*\d)(?![\s-]*(?:%|percent|per\s*cent|years?\s+(?:ago|later|before|after)|[.,]\d))/giu;

/** Ages in a sentence as quantities in years: news gives them as `Name, 46,`, `who is 46`, `aged 16`. */
export function scanAges(sentence: string): ScannedFigure[] {
  const out: ScannedFigure[] = [];
  // Every age has digits, and most sentences have none: the costly patterns run only where one could match.
  if (!DIGIT.test(sentence) || !AGE_CUE.test(sentence)) return out;
  for (const match of APPOSITION_CUE.test(sentence) ? sentence.matchAll(APPOSITION) : []) {
    const { name, age } = match.groups!;
    if (NOT_A_PERSON.test(name) || Number(age) > MAX_AGE) continue;
    const start = match.index + match[0].lastIndexOf(age, match[0].length - 1);
    out.push(ageFigure(start, age));
  }
  for (const match of STATED_CUE.test(sentence) ? sentence.matchAll(STATED) : []) {
    const { age } = match.groups!;
    if (Number(age) > MAX_AGE) continue;
    out.push(ageFigure(match.index + match[0].length - age.length, age));
  }
  return out;
}

function ageFigure(start: number, age: string): ScannedFigure {
  return {
    start,
    end: start + age.length,
    value: Number(age),
    unit: 'year',
    kind: 'quantity',
    qualifier: null,
    change: null,
  };
}
