import type { EntityType } from '../records/claim.js';
import type { Span } from '../records/span.js';
import {
  FEMALE_FIRST_NAMES,
  FEMALE_HONORIFICS,
  HEADLINE_VERBS,
  MALE_FIRST_NAMES,
  MALE_HONORIFICS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORG_WORDS,
  PLACE_NAMES,
  TITLE_WORDS,
  WEEKDAYS,
  WIRE_SERVICE_ENDING,
  WIRE_SERVICES,
} from './lexicon/names.js';

/** A run of capitalised words that names something, with the title words in front split off. */
export interface NameCandidate extends Span {
  /** The name tokens as written (possessive `’s` removed). */
  tokens: string[];
  /** Lower-cased title words in front of the name (`nato secretary general`), used for "the secretary general". */
  roles: string[];
  type: EntityType;
  /** Gender evidence from an honorific or a first name. */
  gender: 'm' | 'f' | null;
  /** The span of a leading organisation in the title (`NATO` in `NATO Secretary General Mark Rutte`). */
  org: (Span & { tokens: string[] }) | null;
  /** A single word that could be a sentence-initial ordinary word; kept only if the name is known otherwise. */
  weak: boolean;
}

/**
 * A capitalised word (`Rutte`, `U.S.`, `O’Malley`, `Rutte’s`), not one glued to a word before it. The capital comes
 * first and the look-behind after it (past the capital): led by the look-behind, the search tried it at every
 * position of the text, which cost a third more on real news.
 */
const CAPITALISED = /\p{Lu}(?<![\p{L}\p{N}’'-]\p{Lu})(?:[\p{L}\p{M}\p{N}’'-]|\.(?=\p{L}))*\.?/gu;
/** The gap between two words of one name: a space, or a lower-case particle (`Star of David`, `Ludwig van Beethoven`). */
const NAME_GAP = new RegExp(
  `^[ \u00a0](?:(${[...NAME_PARTICLES].filter((w) => /^[a-z]+$/.test(w)).join('|')})[ \u00a0])?$`,
);
const ABBREVIATED = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'st', 'jr', 'sr', 'lt', 'col']);
for (const w of ['prof', 'rev', 'capt', 'maj', 'adm', 'sgt', 'pres', 'sec', 'atty']) ABBREVIATED.add(w);

/** Title words that are roles of a person (a name after them is a person's name). */
const PERSON_TITLE_HEADS = new Set(
  [
    'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady sen sen. senator rep rep. representative gov',
    'gov. governor president minister secretary general attorney chancellor chairman chairwoman chair director',
    'spokesman spokeswoman spokesperson ambassador judge justice ceo officer mayor king queen prince princess',
    'pope pastor rev rev. reverend father sheriff commissioner gen gen. col col. colonel lt lt. lieutenant capt',
    'capt. captain maj maj. major adm adm. admiral sgt sgt. sergeant speaker leader whip candidate nominee',
    'congressman congresswoman councilman councilwoman councillor adviser advisor aide strategist manager',
    'chairperson founder host anchor correspondent reporter editor columnist professor economist analyst',
    'pollster lawyer premier emir sheikh ayatollah cardinal bishop archbishop hopeful billionaire businessman',
    'businesswoman actress actor singer rapper coach player lady',
  ]
    .join(' ')
    .split(' '),
);

/** Words in front of a title that belong to it ("Former", "Deputy"), not to an organisation. */
const TITLE_MODIFIERS = new Set(
  'former deputy foreign acting vice senior assistant interim then ex top chief executive associate principal'.split(
    ' ',
  ),
);

const PLACE_PARTS = new Set(
  'new north south east west united states kingdom city county republic islands island saudi arabia hong kong sri lanka el salvador the of gulf sea ocean bay river lake mount valley district province region west virginia'.split(
    ' ',
  ),
);

/** Upper-case words that are not organisations: currency codes, measures. */
const NOT_ORG_ACRONYMS = new Set('eur usd gbp jpy chf cny rub uah cad aud gdp ceo cfo tv pm am ok id dna'.split(' '));

const lower = (t: string): string => (t.includes('’') ? t.toLowerCase().replace(/’/g, "'") : t.toLowerCase());
/** Whether `t` opens with an upper-case letter; ASCII answers without the Unicode pattern. */
const isCapitalised = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t);
};
const isAcronym = (t: string): boolean => /^\p{Lu}[\p{Lu}\d&]{1,5}$/u.test(t);

/** Ordinary capitalised words at the front of a run (`w` lower-cased): `The`, `I’m`, a heading's `Remembering`. */
function isFunctionWord(w: string, runLength: number): boolean {
  return NOT_NAME_WORDS.has(w) || w.startsWith("i'") || (runLength > 1 && w.length > 5 && w.endsWith('ing'));
}

interface Tok extends Span {
  text: string;
  /** `lower(text)`, made once: every lexicon lookup of the token uses it. */
  lower: string;
  possessive: boolean;
}

/** Capitalised tokens of `[from, to)`, with possessives and sentence-final stops removed. */
function capitalisedTokens(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  // Searched in the text cut at `to` (a view, not a copy), so a span without capitals is not searched past its end
  // to the next capital of the text: for each of many such spans, that was quadratic. Look-behinds still see `from - 1`.
  const upTo = to === text.length ? text : text.slice(0, to);
  CAPITALISED.lastIndex = from;
  for (let m = CAPITALISED.exec(upTo); m !== null; m = CAPITALISED.exec(upTo)) {
    let word = m[0];
    let end = m.index + word.length;
    const last = word.charCodeAt(word.length - 1);
    if (last === 46 /* . */) {
      const bare = word.slice(0, -1).toLowerCase();
      const keep = ABBREVIATED.has(bare) || bare.length === 1 || bare.includes('.');
      if (!keep) {
        word = word.slice(0, -1);
        end--;
      }
    }
    let possessive = false;
    const n = word.length;
    if (n > 2 && (word[n - 2] === "'" || word[n - 2] === '’') && word[n - 1] === 's') {
      word = word.slice(0, -2);
      end -= 2;
      possessive = true;
    } else if (n > 1 && word[n - 2] === 's' && (word[n - 1] === "'" || word[n - 1] === '’')) {
      word = word.slice(0, -1);
      end--;
      possessive = true;
    }
    out.push({ start: m.index, end, text: word, lower: lower(word), possessive });
  }
  return out;
}

/** Gender from an honorific among `roles`, else from `first` (a first name, lower-cased). */
function genderOf(first: string, roles: string[]): 'm' | 'f' | null {
  for (const r of roles) {
    if (MALE_HONORIFICS.has(r)) return 'm';
    if (FEMALE_HONORIFICS.has(r)) return 'f';
  }
  if (MALE_FIRST_NAMES.has(first)) return 'm';
  if (FEMALE_FIRST_NAMES.has(first)) return 'f';
  return null;
}

/** Whether every token's lower-cased form is in one of `sets`. */
function everyIn(tokens: readonly Tok[], a: ReadonlySet<string>, b?: ReadonlySet<string>): boolean {
  for (const t of tokens) if (!a.has(t.lower) && !b?.has(t.lower)) return false;
  return true;
}

/** The lower-cased words of `tokens` joined by spaces, as the lexicon's multi-word names are written. */
function joinedLower(tokens: readonly Tok[]): string {
  return tokens.length === 1 ? tokens[0].lower : tokens.map((t) => t.lower).join(' ');
}

function typeOf(tokens: readonly Tok[], titled: boolean): EntityType {
  for (const t of tokens) if (ORG_WORDS.has(t.lower) || WIRE_SERVICES.has(t.lower)) return 'organization';
  const last = tokens[tokens.length - 1].lower;
  if (!titled && WIRE_SERVICE_ENDING.test(last)) return 'organization';
  if (PLACE_NAMES.has(joinedLower(tokens)) || PLACE_NAMES.has(last) || everyIn(tokens, PLACE_PARTS)) {
    if (everyIn(tokens, PLACE_NAMES, PLACE_PARTS)) return 'place';
  }
  const first = tokens[0].lower;
  if (tokens.length === 1 && isAcronym(tokens[0].text)) return NOT_ORG_ACRONYMS.has(first) ? 'other' : 'organization';
  if (titled) return 'person';
  if (tokens.length >= 2) return 'person';
  if (MALE_FIRST_NAMES.has(first) || FEMALE_FIRST_NAMES.has(first)) return 'person';
  return 'other';
}

/** Length of the longest title word, in code units. */
const LONGEST_TITLE_WORD = Math.max(...[...TITLE_WORDS].map((word) => word.length));

const isSpaceOrNbsp = (c: number): boolean => c === 32 || c === 0xa0;

/** Lower-cased title words directly before `at` (lower-case ones such as `nominee` in `Republican nominee X`). */
function rolesBefore(text: string, at: number): string[] {
  const out: string[] = [];
  let end = at;
  while (out.length < 4) {
    let i = end - 1;
    while (i >= 0 && isSpaceOrNbsp(text.charCodeAt(i))) i--;
    const wordEnd = i + 1;
    while (i >= 0 && !isSpaceOrNbsp(text.charCodeAt(i)) && text.charCodeAt(i) !== 10 /* \n */) {
      // A word longer than any title word is none (lower-casing never shortens one): reading on to its start made a
      // text of one long run of characters (a base64 blob, say) cost time quadratic in its length.
      if (wordEnd - i > LONGEST_TITLE_WORD) return out;
      i--;
    }
    if (wordEnd === i + 1) break;
    const word = text.slice(i + 1, wordEnd);
    const last = word[word.length - 1];
    if (last === ',' || last === ';' || last === ':' || last === '.') break;
    const w = lower(word);
    if (!TITLE_WORDS.has(w)) break;
    out.push(w);
    end = i + 1;
  }
  return out;
}

/**
 * Name candidates in `[from, to)` (one sentence): runs of capitalised words joined by single spaces, split
 * where a possessive ends a name, with leading function words and title words taken off.
 */
export function nameCandidates(text: string, from: number, to: number): NameCandidate[] {
  const toks = capitalisedTokens(text, from, to);
  const out: NameCandidate[] = [];
  let i = 0;
  while (i < toks.length) {
    const run: Tok[] = [toks[i]];
    let j = i + 1;
    while (j < toks.length && !run[run.length - 1].possessive) {
      const prev = run[run.length - 1];
      if (toks[j].start - prev.end > 6) break;
      // "President Obama Monday said": a weekday ends the name.
      if (WEEKDAYS.has(toks[j].lower) || HEADLINE_VERBS.has(toks[j].lower)) break;
      const gap = NAME_GAP.exec(text.slice(prev.end, toks[j].start));
      if (!gap) break;
      if (gap[1]) {
        const at = prev.end + 1;
        run.push({ start: at, end: at + gap[1].length, text: gap[1], lower: lower(gap[1]), possessive: false });
      }
      run.push(toks[j]);
      j++;
    }
    i = j;
    // Particles may only sit inside a name.
    while (run.length > 0 && !isCapitalised(run[0].text)) run.shift();
    while (run.length > 0 && !isCapitalised(run[run.length - 1].text)) run.pop();
    while (run.length > 0 && isFunctionWord(run[0].lower, run.length) && !TITLE_WORDS.has(run[0].lower)) {
      run.shift();
    }
    if (run.length === 0) continue;
    const candidate = splitTitle(text, run, from);
    if (candidate) out.push(candidate);
  }
  return out;
}

function splitTitle(text: string, run: Tok[], sentenceStart: number): NameCandidate | null {
  // The title is one block of title words ("Secretary General"), possibly after an organisation ("NATO");
  // a title word after the name has started ("Peter King") belongs to the name.
  let lastTitle = -1;
  let inTitle = false;
  for (let k = 0; k < run.length - 1; k++) {
    const w = run[k].lower;
    if (PERSON_TITLE_HEADS.has(w)) {
      lastTitle = k;
      inTitle = true;
    } else if (inTitle && !TITLE_WORDS.has(w)) {
      break;
    }
  }
  let nameToks = lastTitle >= 0 ? run.slice(lastTitle + 1) : run;
  // "Peter T. King of New York": the place after "of" is not part of the name.
  const of = nameToks.findIndex((t, i) => i > 0 && t.text === 'of');
  if (of > 0 && lastTitle >= 0 && typeOf(nameToks.slice(of + 1), false) === 'place') {
    nameToks = nameToks.slice(0, of);
  }
  // A title split that leaves an organisation name ("Department of State") is undone.
  const splitOk = lastTitle >= 0 && !nameToks.some((t) => ORG_WORDS.has(t.lower));
  const name = splitOk ? nameToks : run;
  const prefix = splitOk ? run.slice(0, lastTitle + 1) : [];
  let org: NameCandidate['org'] = null;
  const roles = prefix.map((t) => t.lower);
  const leading: Tok[] = [];
  for (const t of prefix) {
    if (PERSON_TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower)) break;
    leading.push(t);
  }
  // "NATO Secretary General": the organisation in front of a title is an entity of its own.
  if (leading.length > 0 && typeOf(leading, false) === 'organization') {
    org = { start: leading[0].start, end: leading[leading.length - 1].end, tokens: leading.map((t) => t.text) };
  }
  // Honorifics/titles written in lower case before the name also tell the role ("Republican nominee Donald Trump").
  const start = name[0].start;
  if (prefix.length === 0) roles.push(...rolesBefore(text, start));
  while (name.length > 1 && NOT_NAME_WORDS.has(name[0].lower)) name.shift();
  const tokens = name.map((t) => t.text);
  const titled = splitOk || roles.some((r) => PERSON_TITLE_HEADS.has(r));
  const type = typeOf(name, titled);
  const first = name[0];
  const atSentenceStart = /^[\s"“‘'(]*$/.test(text.slice(sentenceStart, first.start));
  const weak = name.length === 1 && !titled && atSentenceStart;
  if (weak && NOT_NAME_WORDS.has(first.lower)) return null;
  if (name.length === 1 && NOT_NAME_WORDS.has(first.lower) && !titled) return null;
  return {
    start: first.start,
    end: name[name.length - 1].end,
    tokens,
    roles,
    type,
    gender: type === 'person' ? genderOf(name.length > 1 ? name[0].lower : '', roles) : null,
    org,
    weak,
  };
}
