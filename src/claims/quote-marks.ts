import type { Span } from '../records/span.js';
import { firstAtOrAfter } from '../text/sorted.js';

/** One top-level stretch of quoted text inside one paragraph. Nested quotes stay inside their outer quote. */
export interface QuotedSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark's last character, or -1 when the paragraph ends first. */
  close: number;
  /** The content, without the marks, trimmed. */
  start: number;
  end: number;
  /** `double` for " “ ” „ « », `single` for ' ‘ ’. */
  style: 'double' | 'single';
  /** The quote goes on in the next paragraph (no closing mark here, the next paragraph opens again). */
  runsOn: boolean;
  /** This piece continues a quote that ran on from the previous paragraph. */
  continued: boolean;
}

enum Role {
  None = 0,
  Open = 1,
  Close = 2,
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
/** Characters after which a mark opens a quote. */
const OPEN_CONTEXT = /[\s([{—–\-/:;,"“‘'«„]/;

function openContext(text: string, i: number, from: number): boolean {
  return i === from || OPEN_CONTEXT.test(text[i - 1]);
}

/** A year or decade contraction such as ’90s or '08, or a clipped word such as 'em, 'n'. */
function isElision(text: string, i: number): boolean {
  const rest = text.slice(i + 1, i + 5);
  return /^\d\d(?:s\b|\b)/.test(rest) || /^(?:em|n|tis|twas|cause|til)\b/i.test(rest);
}

interface Open {
  style: 'double' | 'single';
  at: number;
  /** How many characters the opening mark takes (2 for ''). */
  width: number;
}

/** The role of a double mark at `i` given whether a double quote is open. */
function doubleRole(text: string, i: number, from: number, doubleOpen: boolean): Role {
  const ch = text[i];
  const prev = i > from ? text[i - 1] : undefined;
  const next = text[i + 1];
  if (ch === '„' || ch === '«' || ch === '‟') return Role.Open;
  if (ch === '»') return doubleOpen ? Role.Close : Role.None;
  if (ch === '"') {
    if (doubleOpen) return Role.Close;
    if (isDigit(prev)) return Role.None; // inches: 12"
    return isSpace(next) ? Role.None : Role.Open;
  }
  if (ch === '“') {
    // Some texts use “ for both marks: closing when it follows a word and precedes a space.
    if (doubleOpen && !isSpace(prev) && (isSpace(next) || /[.,;:!?)]/.test(next))) return Role.Close;
    return doubleOpen && !openContext(text, i, from) ? Role.Close : Role.Open;
  }
  // ”
  if (doubleOpen) return Role.Close;
  return openContext(text, i, from) && isLetter(next) ? Role.Open : Role.None;
}

/** The role of a doubled apostrophe at `i` (`''`): opening after a space, closing after a word. */
function twinRole(text: string, i: number, from: number, doubleOpen: boolean): Role {
  if (doubleOpen) return Role.Close;
  return openContext(text, i, from) && !isSpace(text[i + 2]) ? Role.Open : Role.None;
}

/** The role of a single mark at `i`; apostrophes inside or at the end of words are not marks. */
function singleRole(text: string, i: number, from: number, singleOpen: boolean): Role {
  const prev = i > from ? text[i - 1] : undefined;
  const next = text[i + 1];
  if (isLetter(prev) && isLetter(next)) return Role.None; // don't, Rutte’s
  if (singleOpen && !isSpace(prev) && !isLetter(next)) {
    // players’ union: a plural possessive followed by a word is not a close.
    return Role.Close;
  }
  if (text[i] === '’' || text[i] === '›') return Role.None;
  if (isDigit(prev)) return Role.None; // feet: 5'
  if (openContext(text, i, from) && !isSpace(next) && !isElision(text, i)) return Role.Open;
  return Role.None;
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Whether the paragraph starting at `start` opens with a quotation mark of `style`. */
function opensWith(text: string, paragraph: Span, style: 'double' | 'single'): boolean {
  const ch = text[paragraph.start];
  if (style === 'double') return '"“„«'.includes(ch) || text.startsWith("''", paragraph.start);
  return "'‘".includes(ch);
}

/**
 * Where the last closing single mark (after a non-space, before a non-letter) among `marks[first..]` before `to`
 * stands, or -1. Found once per paragraph: searching ahead from each opening mark was quadratic in a paragraph of
 * many stray openers.
 */
function lastSingleClose(text: string, marks: readonly number[], first: number, to: number): number {
  let m = first;
  while (m < marks.length && marks[m] < to) m++;
  for (m--; m >= first; m--) {
    const i = marks[m];
    const ch = text[i];
    if ((ch === "'" || ch === '’') && !isSpace(text[i - 1]) && !isLetter(text[i + 1])) return i;
  }
  return -1;
}

const DOUBLE_MARKS = '"“”„«»‟';
const MARK = /["'“”‘’„«»‟‚‹›]/g;
const SINGLE_MARKS = "'‘’‚‹›";

/**
 * Top-level quoted spans of each paragraph, in text order. Handles every common mark style, nesting (the other
 * style inside a quote), apostrophes, inches and feet, elisions ('90s), and quotes that run over paragraphs.
 */
export function quotedSpans(text: string, paragraphs: readonly Span[]): readonly QuotedSpan[] {
  const cached = CACHE.get(paragraphs);
  if (cached && cached.text === text) return cached.spans;
  const spans = scan(text, paragraphs);
  CACHE.set(paragraphs, { text, spans });
  return spans;
}

/**
 * Entities and quotes both need the quoted spans of one article's layout; the result depends only on the text
 * and the paragraph array, so it is kept for that array (and dropped with it).
 */
const CACHE = new WeakMap<readonly Span[], { text: string; spans: readonly QuotedSpan[] }>();

/** Where every mark character stands, found in one pass rather than one search per paragraph. */
function markPositions(text: string): number[] {
  const out: number[] = [];
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m !== null; m = MARK.exec(text)) out.push(m.index);
  return out;
}

function scan(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const marks = markPositions(text);
  let carried: 'double' | 'single' | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const stack: Open[] = [];
    let continuing = carried !== null && opensWith(text, para, carried);
    carried = null;
    let resume = para.start;
    const firstMark = firstAtOrAfter(marks.length, (i) => marks[i], para.start);
    let lastClose: number | undefined;
    for (let m = firstMark; m < marks.length && marks[m] < para.end; m++) {
      let i = marks[m];
      if (i < resume) continue;
      let ch = text[i];
      // Two apostrophes stand for a double mark in some archives (''Meet the Press'').
      // In ''' after an open single quote, the first mark closes that single quote.
      const twin =
        (ch === "'" || ch === '’' || ch === '‘') &&
        text[i + 1] === ch &&
        !(text[i + 2] === ch && stack.length > 0 && stack[stack.length - 1].style === 'single');
      if (twin) ch = ch === '‘' ? '“' : ch === '’' ? '”' : '"';
      const isDouble = twin || DOUBLE_MARKS.includes(ch);
      if (!isDouble && !SINGLE_MARKS.includes(ch)) continue;
      const style: 'double' | 'single' = isDouble ? 'double' : 'single';
      const openHere = stack.some((o) => o.style === style);
      const role = twin
        ? twinRole(text, i, para.start, openHere)
        : isDouble
          ? doubleRole(text, i, para.start, openHere)
          : singleRole(text, i, para.start, openHere);
      if (twin) {
        i++;
        resume = i + 1;
      }
      if (role === Role.Open) {
        // At top level, a single mark opens only when a closing one follows in the paragraph.
        if (style === 'single' && stack.length === 0) {
          lastClose ??= lastSingleClose(text, marks, firstMark, para.end);
          if (lastClose <= i) continue;
        }
        // A doubled opener ("“) is one mark.
        const top = stack[stack.length - 1];
        if (top && top.style === style && top.at + top.width === i) {
          top.width++;
          continue;
        }
        stack.push({ style, at: twin ? i - 1 : i, width: twin ? 2 : 1 });
      } else if (role === Role.Close) {
        let k = stack.length - 1;
        while (k >= 0 && stack[k].style !== style) k--;
        if (k < 0) continue;
        const opened = stack[k];
        stack.length = k;
        if (k === 0) {
          const span = trimmed(text, opened.at + opened.width, twin ? i - 1 : i);
          if (span.end > span.start) {
            out.push({ open: opened.at, close: i, ...span, style, runsOn: false, continued: continuing });
          }
          continuing = false;
        }
      }
    }
    if (stack.length > 0) {
      const outer = stack[0];
      const next = paragraphs[p + 1];
      const runsOn = next !== undefined && opensWith(text, next, outer.style);
      // An unclosed double quote runs to the paragraph end (a missing mark); an unclosed single one is dropped,
      // since a stray ‘ or ' is far more often an apostrophe than a quote.
      if (outer.style === 'double' || runsOn) {
        const span = trimmed(text, outer.at + outer.width, para.end);
        if (span.end > span.start) {
          out.push({ open: outer.at, close: -1, ...span, style: outer.style, runsOn, continued: continuing });
        }
      }
      if (runsOn) carried = outer.style;
    }
  }
  return out;
}

/** A lookup of whether an index lies inside quoted text (marks included). */
export function insideQuotes(quotes: readonly QuotedSpan[]): (index: number) => boolean {
  const starts = quotes.map((q) => q.open);
  const ends = quotes.map((q) => (q.close >= 0 ? q.close + 1 : q.end));
  return (index: number): boolean => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= index) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && index < ends[hi];
  };
}
