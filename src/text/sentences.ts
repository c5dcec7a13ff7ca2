import type { Span } from '../records/span.js';
import { paragraphs } from './paragraphs.js';

/** Words after which a full stop does not end a sentence. Lower-cased, without the stop. */
const ABBREVIATIONS = new Set(
  [
    'mr mrs ms dr prof sr jr st mt ft gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep reps sens rev',
    'hon pres supt insp det atty no nos vs etc inc corp co ltd bros dept univ assn est approx fig jan feb',
    'mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ala ariz ark',
    'calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa',
    'penn tenn tex va vt wash wis wyo e.g i.e a.m p.m u.s u.k u.n e.u d.c',
  ]
    .join(' ')
    .split(' '),
);

const CLOSERS = '"\'”’»)]';
const OPENERS_OR_UPPER = /[\p{Lu}\p{N}"'“‘«([¿¡]/u;

const LETTER_OR_DOT = /[\p{L}.]/u;

/** Whether the character at `i` is a letter or a dot; ASCII answers without the Unicode pattern. */
function isLetterOrDot(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_OR_DOT.test(text[i]);
}

function isAbbreviation(text: string, dotIndex: number): boolean {
  let i = dotIndex - 1;
  while (i >= 0 && isLetterOrDot(text, i)) i--;
  const word = text.slice(i + 1, dotIndex).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital initial ("J. Smith") or a dotted acronym ("U.S.").
  if (/^\p{L}$/u.test(word) && text[i + 1] === text[i + 1].toUpperCase()) return true;
  return /^(\p{L}\.)+\p{L}$/u.test(word);
}

const STOP = /[.!?…]/g;

/**
 * The last search for a stop: in `text` from `from`, the first stop was at `found` (-1: none to the end). A search
 * runs on past its paragraph's end, so paragraphs without a stop would each search to the same far stop again
 * (quadratic in a text of many such lines); a search from inside `[from, found]` has the same answer.
 */
const lastSearch = { text: '', from: 0, found: -1 };

/** Index of the first sentence stop at or after `from` in `text`, or -1. */
function firstStopFrom(text: string, from: number): number {
  const last = lastSearch;
  if (text === last.text && from >= last.from && (last.found < 0 || from <= last.found)) return last.found;
  STOP.lastIndex = from;
  const found = STOP.exec(text)?.index ?? -1;
  last.text = text;
  last.from = from;
  last.found = found;
  return found;
}

/** Index of the first sentence stop in `[from, to)`, or -1; a pattern search skips the other characters faster. */
function nextStop(text: string, from: number, to: number): number {
  const found = from < to ? firstStopFrom(text, from) : -1;
  return found >= 0 && found < to ? found : -1;
}

/** Sentence spans inside one paragraph span. */
function splitParagraph(text: string, paragraph: Span, out: Span[]): void {
  let start = paragraph.start;
  for (let i = nextStop(text, paragraph.start, paragraph.end); i >= 0; i = nextStop(text, i + 1, paragraph.end)) {
    const ch = text[i];
    let end = i + 1;
    while (end < paragraph.end && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    while (end < paragraph.end && CLOSERS.includes(text[end])) end++;
    if (end >= paragraph.end) break;
    if (!/\s/.test(text[end])) continue;
    let next = end;
    while (next < paragraph.end && /\s/.test(text[next])) next++;
    if (next >= paragraph.end) break;
    if (!OPENERS_OR_UPPER.test(text[next])) continue;
    if (ch === '.' && end === i + 1 && isAbbreviation(text, i)) continue;
    out.push({ start, end });
    start = next;
    i = next - 1;
  }
  if (start < paragraph.end) out.push({ start, end: paragraph.end });
}

/** Sentence spans of `text`, never crossing a paragraph break. */
export function sentences(text: string, paragraphSpans: Span[] = paragraphs(text)): Span[] {
  const out: Span[] = [];
  for (const paragraph of paragraphSpans) splitParagraph(text, paragraph, out);
  lastSearch.text = '';
  return out;
}
