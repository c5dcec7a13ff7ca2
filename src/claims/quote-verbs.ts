import { asciiLettersEnd, lettersHash, lettersHashOf } from '../text/ascii-letters.js';
import { firstAtOrAfter } from '../text/sorted.js';
import { PHRASAL_SPEECH_VERBS, SPEECH_VERB_SET } from './quote-cues.js';

/** A verb of saying found in the text. `verb` is as written (`said`, `pointed out`, `went on`). */
export interface VerbHit {
  start: number;
  end: number;
  verb: string;
}

/** Read once: imported bindings may be getters under some loaders, too slow for a per-word lookup. */
const VERBS: ReadonlySet<string> = SPEECH_VERB_SET;
const PARTICLE = /^[ \t]+(?:out|back)\b/;

/** Phrasal verbs by first word, longest first, compiled once. */
const PHRASES = new Map<string, RegExp[]>();
for (const phrase of [...PHRASAL_SPEECH_VERBS].sort((a, b) => b.length - a.length)) {
  const [head] = phrase.split(' ');
  const list = PHRASES.get(head) ?? [];
  list.push(new RegExp(`^${phrase.replace(/ /g, '[ \\t]+')}\\b`, 'i'));
  PHRASES.set(head, list);
}

/** Bits of the hashes of every verb and phrase head: a word whose bit is not set is no verb of saying. */
const HEAD_BITS = new Uint8Array(1 << 16);
for (const word of [...VERBS, ...PHRASES.keys()]) HEAD_BITS[lettersHashOf(word) & 0xffff] = 1;

/**
 * Whether `[at, end)` may be a verb of saying, read without making a string: most words are ruled out by the hash
 * of their ASCII letters (case folded); a word with other characters is left to the full check.
 */
function mayBeSpeechVerb(text: string, at: number, end: number): boolean {
  let h = 0;
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return true;
    h = (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
  }
  return HEAD_BITS[h & 0xffff] === 1;
}

/** The verb of saying that starts exactly at `at` (a word start), or null. */
export function speechVerbAt(text: string, at: number, wordEnd: number): VerbHit | null {
  if (!mayBeSpeechVerb(text, at, wordEnd)) return null;
  let lower = text.slice(at, wordEnd);
  const first = lower.charCodeAt(0);
  if (first < 97 || first > 122) {
    // A capitalised verb only opens a sentence ("Said Dorothy Poynter, ..."); "STATES" in a heading is no verb.
    if (lower.length > 1 && lower !== lower[0] + lower.slice(1).toLowerCase()) return null;
    if (!opensSentence(text, at)) return null;
    lower = lower.toLowerCase();
  }
  const phrases = PHRASES.get(lower);
  if (phrases) {
    const ahead = text.slice(at, at + 24);
    for (const re of phrases) {
      const m = re.exec(ahead);
      if (m) return { start: at, end: at + m[0].length, verb: m[0] };
    }
  }
  if (!VERBS.has(lower)) return null;
  const particle = text.charCodeAt(wordEnd) === 32 ? PARTICLE.exec(text.slice(wordEnd, wordEnd + 8)) : null;
  const end = particle ? wordEnd + particle[0].length : wordEnd;
  return { start: at, end, verb: text.slice(at, end) };
}

function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || '.!?:;"“”\'‘’\n—–-('.includes(text[i]);
}

/**
 * Walks the verbs of saying in `[from, to)` in order, offering each to `take`; a taken hit's words are skipped over
 * (`according to` is one hit). Stops when `take` returns 'stop'. A word scan with set lookups: far cheaper than one
 * regular expression alternating over hundreds of verbs at every position.
 */
function scanSpeechVerbs(text: string, from: number, to: number, take: (hit: VerbHit) => boolean | 'stop'): void {
  let i = from;
  while (i < to) {
    const start = i;
    let end = asciiLettersEnd(text, i);
    // A word of ASCII letters is hashed as it is read; one with other letters is left to speechVerbAt.
    let candidate = end > i && HEAD_BITS[lettersHash & 0xffff] === 1;
    if (end === i || text.charCodeAt(end) >= 128) {
      const first = end === i ? letterAt(text, i) : 0;
      if (end === i && first === 0) {
        i++;
        continue;
      }
      end = wordEnd(text, end + first);
      candidate = true;
    }
    if (end > to) return;
    i = end;
    if (!candidate) continue;
    // Words glued to an apostrophe or hyphen ("don't", "so-called") are not verbs of saying.
    const before = start > 0 ? text[start - 1] : ' ';
    if (before === "'" || before === '’' || before === '-') continue;
    const hit = speechVerbAt(text, start, end);
    if (!hit) continue;
    const taken = take(hit);
    if (taken === 'stop') return;
    if (taken) i = hit.end;
  }
}

const LETTER = /\p{L}/uy;

/** How many code units the letter (`\p{L}`) at `i` takes: 1, 2 for one outside the BMP, 0 for no letter. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  LETTER.lastIndex = i;
  return LETTER.test(text) ? LETTER.lastIndex - i : 0;
}

/** The end of the run of letters going on at `i`: what `/\p{L}+/u` matches, read without a match object. */
function wordEnd(text: string, i: number): number {
  let end = i;
  for (;;) {
    const c = text.charCodeAt(end) | 32;
    if (c >= 97 && c <= 122) end++;
    else {
      const n = letterAt(text, end);
      if (n === 0) return end;
      end += n;
    }
  }
}

/** Verbs of saying in `[from, to)`, in order, leaving out nouns spelt like verbs ("her remarks"). */
export function speechVerbs(text: string, from: number, to: number): VerbHit[] {
  const out: VerbHit[] = [];
  scanSpeechVerbs(text, from, to, (hit) => {
    if (afterDeterminer(text, hit.start)) return false;
    out.push(hit);
    return true;
  });
  return out;
}

const DETERMINER_BEFORE =
  /(?:\b(?:the|a|an|his|her|its|their|our|my|your|these|those|this|such|many|some|any|no|several|recent|public|earlier|latest|new|further)|['’]s?)\s+$/i;

/** "Trump’s comments", "the claims", "her remarks": a verb form after a determiner is a noun. */
function afterDeterminer(text: string, at: number): boolean {
  return DETERMINER_BEFORE.test(text.slice(Math.max(0, at - 12), at));
}

/** The first verb of saying in `[from, to)`, or null. */
export function firstSpeechVerb(text: string, from: number, to: number): VerbHit | null {
  let first: VerbHit | null = null;
  scanSpeechVerbs(text, from, to, (hit) => {
    first = hit;
    return 'stop';
  });
  return first;
}

const ADVERB_WORDS = new Set([
  'also',
  'then',
  'later',
  'once',
  'again',
  'previously',
  'recently',
  'further',
  'has',
  'had',
  'have',
  'would',
  'will',
  'was',
  'is',
]);

/** Whether `word` may sit between a subject and its verb ("he also said", "Trump had said", "she quickly added"). */
export function isAdverbial(word: string): boolean {
  const w = word.toLowerCase();
  return ADVERB_WORDS.has(w) || (w.length > 4 && w.endsWith('ly'));
}

/**
 * The verb of saying that follows `at` after only spaces, commas, dashes and at most two adverbs
 * (`,” he said` → no, that has a subject; `,” said Rutte` → `said`; `, also noted` → `noted`).
 */
export function verbFollows(text: string, at: number, limit: number): VerbHit | null {
  let i = at;
  let adverbs = 0;
  while (i < limit) {
    const ch = text[i];
    if (ch === ' ' || ch === ',' || ch === '\t' || ch === '—' || ch === '–' || ch === '-' || ch === '\n') {
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    if (end === i) return null;
    const hit = speechVerbAt(text, i, end);
    if (hit) return hit;
    if (adverbs >= 2 || !isAdverbial(text.slice(i, end))) return null;
    adverbs++;
    i = end;
  }
  return null;
}

/** The hits of a whole-text scan (`speechVerbs(text, 0, text.length)`) that lie in `[from, to)`. */
export function verbsIn(hits: readonly VerbHit[], from: number, to: number): VerbHit[] {
  const out: VerbHit[] = [];
  for (let k = firstAtOrAfter(hits.length, (i) => hits[i].start, from); k < hits.length && hits[k].end <= to; k++)
    out.push(hits[k]);
  return out;
}

/** The first hit of a whole-text scan in `[from, to)`, or null. */
export function firstVerbIn(hits: readonly VerbHit[], from: number, to: number): VerbHit | null {
  const k = firstAtOrAfter(hits.length, (i) => hits[i].start, from);
  return k < hits.length && hits[k].end <= to ? hits[k] : null;
}
