/**
 * Dates and periods an article mentions, resolved against its publication date. Our own patterns read quarters,
 * halves and bare years; chrono-node reads days, months, weekdays and relative dates, but only in windows around a
 * cheap hint, since it is the slow part.
 */

import * as chrono from 'chrono-node';
import type { DateMention } from '../records/claim.js';
import type { Span } from '../records/span.js';
import type { Layout } from '../text/layout.js';
import { allMatches, matchBefore } from '../text/matches.js';
import { firstAtOrAfter } from '../text/sorted.js';
import { spaceStartBefore } from '../text/within.js';
import {
  CHRONO_HINT,
  DATE_HINT,
  FIRST_MONTHS,
  HALF,
  ISO_DATE,
  QUARTER,
  RELATIVE_QUARTER,
  YEAR,
  YEAR_TO_DATE,
} from './period-patterns.js';

type Direction = 'past' | 'future' | 'last' | 'next';

const DAY_MS = 86_400_000;
/**
 * A clause about what is to come: its bare weekday is the next one, not the last. Present-tense markers only:
 * `he was going to ... on Wednesday` in reported speech is the Wednesday just gone.
 */
const FUTURE_TENSE =
  /(?:\b(?:will|shall|won't|upcoming)|'ll|\b(?:is|are|'s|'re)\s+(?:expected|scheduled|set|due|going|to\s+be\s+held)|\bplans?\s+to)\b/gi;
const CLAUSE_BREAK = /[,;:—–()]|\.\s/g;
/** `last June`, `next March`: the word chrono leaves before a month. */
const LAST_OR_NEXT = /\b(last|next)\s+$/gi;

/** Words that make `the first half` a half-year rather than half of a game or a film. */
const HALF_YEAR_CONTEXT =
  /\b(?:year|fiscal|revenue|sales|profit|earnings|growth|economy|GDP|inflation|output|deliveries)\b/i;

/** Characters of context either side of a chrono hint; enough for `on Thursday, April 3, 2025`. */
const CHRONO_WINDOW = 32;
/**
 * The longest text chrono reads at once. It reads the text before each of its results, so one window over a long
 * sentence of dates cost the square of the window's length; a longer window is read in pieces. Windows in normal
 * sentences are far shorter.
 */
const MAX_PIECE = 1000;
/** Text read either side of a piece, longer than any one date (`from Monday, January 3, 2022 to Friday, March 4`). */
const PIECE_MARGIN = 4 * CHRONO_WINDOW;

/** A stretch of a window whose chrono results are kept (those starting in it), and the wider span read for them. */
interface Piece {
  read: Span;
  keep: Span;
}

interface Reference {
  year: number;
  month: number;
  quarter: number;
  date: Date;
}

/** The publication date as a reference, or null when unknown or unreadable. */
export function referenceOf(published: string | null): Reference | null {
  if (!published) return null;
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(published);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] ? Number(match[3]) : 1;
  if (month < 1 || month > 12) return null;
  return {
    year,
    month,
    quarter: Math.ceil(month / 3),
    date: new Date(Date.UTC(year, month - 1, day, 12)),
  };
}

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The year a period phrase names: explicit, relative to the reference, or null when it cannot be known. */
function yearOf(groups: Record<string, string | undefined>, ref: Reference | null): number | null {
  if (groups.year) return Number(groups.year);
  const rel = groups.rel?.toLowerCase().replace(/\s+/g, ' ');
  if (!ref) return null;
  if (!rel || rel === 'this' || rel === 'the current' || rel === 'the same') return ref.year;
  if (rel === 'last' || rel === 'the previous' || rel === 'the past') return ref.year - 1;
  if (rel === 'next') return ref.year + 1;
  return ref.year;
}

/**
 * The date mentions of a text, each kept unless it overlaps one kept before. `taken` marks each character of the
 * text a kept mention covers, so a check costs the length of the mention: a sorted list of the spans taken shifted
 * its tail at each insert, quadratic in a sentence of many dates. Sentences do not overlap, so one mark per
 * character serves them all.
 */
class DateMentions {
  readonly list: DateMention[] = [];
  private readonly taken: Uint8Array;

  constructor(private readonly text: string) {
    this.taken = new Uint8Array(text.length);
  }

  add(start: number, end: number, value: string): void {
    for (let i = start; i < end; i++) if (this.taken[i] === 1) return;
    this.taken.fill(1, start, end);
    this.list.push({ start, end, text: this.text.slice(start, end), value });
  }

  /** Adds what `m` matched in a sentence that starts at `base` in the text. */
  addMatch(base: number, m: RegExpExecArray, value: string): void {
    this.add(base + m.index, base + m.index + m[0].length, value);
  }
}

/** Quarters, halves, first months, ISO dates and year-to-date in sentence `s`, which starts at `base`. */
function periodMentions(found: DateMentions, s: string, base: number, ref: Reference | null): void {
  for (const m of allMatches(ISO_DATE, s)) {
    found.addMatch(base, m, m[0]);
  }
  for (const m of allMatches(QUARTER, s)) {
    const g = m.groups ?? {};
    const quarter = g.ord ? ORDINALS[g.ord.toLowerCase()] : Number(g.q ?? g.q2);
    let year: number | null;
    if (g.qyear) year = g.qyear.startsWith("'") ? 2000 + Number(g.qyear.slice(1)) : Number(g.qyear);
    else if (g.yq) year = Number(g.yq);
    else if (g.year || g.rel) year = yearOf(g, ref);
    // A quarter with no year is the latest one not after the publication date.
    else year = ref ? (quarter > ref.quarter ? ref.year - 1 : ref.year) : null;
    if (year !== null) found.addMatch(base, m, `${year}-Q${quarter}`);
  }
  for (const m of allMatches(FIRST_MONTHS, s)) {
    const g = m.groups ?? {};
    const year = yearOf(g, ref);
    const months = g.n === 'three' || g.n === '3' ? 'Q1' : 'H1';
    if (year !== null) found.addMatch(base, m, `${year}-${months}`);
  }
  const halves = allMatches(HALF, s);
  const yearTalk = halves.length > 0 && HALF_YEAR_CONTEXT.test(s);
  for (const m of halves) {
    const g = m.groups ?? {};
    // `the second half` of a match is no period; a half with no year counts only in talk of a year's numbers.
    if (!g.year && !g.rel && !/\byear$/i.test(m[0]) && !yearTalk) continue;
    const second = g.h.toLowerCase() === 'second';
    // Like a quarter, a half with no year is the latest one not after the publication date.
    const year = !g.year && !g.rel && ref && second && ref.month <= 6 ? ref.year - 1 : yearOf(g, ref);
    const half = second ? 'H2' : 'H1';
    if (year !== null) found.addMatch(base, m, `${year}-${half}`);
  }
  if (ref) {
    for (const m of allMatches(RELATIVE_QUARTER, s)) {
      const rel = (m.groups?.rel ?? 'this').toLowerCase().replace(/\s+/g, ' ');
      const shift = rel === 'next' ? 1 : rel === 'this' || rel === 'the current' ? 0 : -1;
      const index = ref.year * 4 + (ref.quarter - 1) + shift;
      const value = `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
      found.addMatch(base, m, value);
    }
    for (const m of allMatches(YEAR_TO_DATE, s)) {
      found.addMatch(base, m, String(ref.year));
    }
  }
}

/**
 * Windows of the sentence around chrono hints, widened to whole words and merged where they touch. An edge inside
 * the last window is left as it is, since the last window already ends at a space: widened, it walked a run without
 * spaces (dates joined by commas) again for every hint in it.
 */
function chronoWindows(s: string): Span[] {
  const windows: Span[] = [];
  for (const m of allMatches(CHRONO_HINT, s)) {
    const start = Math.max(0, m.index - CHRONO_WINDOW);
    const end = Math.min(s.length, m.index + m[0].length + CHRONO_WINDOW);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) {
      if (end > last.end) last.end = wordEnd(s, end);
    } else windows.push({ start: wordStart(s, start), end: wordEnd(s, end) });
  }
  return windows;
}

/** `at`, moved back to the start of the word it is in. */
function wordStart(s: string, at: number): number {
  while (at > 0 && /\S/.test(s[at - 1])) at--;
  return at;
}

/** `at`, moved on to the end of the word it is in. */
function wordEnd(s: string, at: number): number {
  while (at < s.length && /\S/.test(s[at])) at++;
  return at;
}

/** A window cut into pieces of `MAX_PIECE` characters, each read with a margin so that a date across a cut is whole. */
function windowPieces(window: Span): Piece[] {
  if (window.end - window.start <= MAX_PIECE) return [{ read: window, keep: window }];
  const pieces: Piece[] = [];
  for (let start = window.start; start < window.end; start += MAX_PIECE) {
    const end = Math.min(window.end, start + MAX_PIECE);
    const read = { start: Math.max(window.start, start - PIECE_MARGIN), end: Math.min(window.end, end + PIECE_MARGIN) };
    pieces.push({ read, keep: { start, end } });
  }
  return pieces;
}

/** A chrono result, the piece of the sentence it was read in, and its offset in the sentence. */
interface ChronoRead {
  result: chrono.ParsedResult;
  piece: string;
  at: number;
}

/** chrono's results in the windows of sentence `s`, each from the one piece that keeps it. */
function* chronoResults(s: string, reference: chrono.ParsingReference): Generator<ChronoRead> {
  for (const window of chronoWindows(s)) {
    for (const { read, keep } of windowPieces(window)) {
      const piece = s.slice(read.start, read.end);
      for (const result of chrono.parse(piece, reference)) {
        const at = read.start + result.index;
        if (at >= keep.start && at < keep.end) yield { result, piece, at };
      }
    }
  }
}

/**
 * Whether the clause before an offset in `s` looks ahead: a future-tense marker lies between the last clause break
 * and it. Breaks and markers are found once per sentence, when first asked: reading the clause again for each date
 * was quadratic in a long sentence of dates.
 */
function clauseLooksAhead(s: string): (at: number) => boolean {
  let found: { breakEnds: number[]; markers: Span[] } | undefined;
  return (at) => {
    found ??= {
      breakEnds: allMatches(CLAUSE_BREAK, s).map((m) => m.index + m[0].length),
      markers: allMatches(FUTURE_TENSE, s).map((m) => ({ start: m.index, end: m.index + m[0].length })),
    };
    const { breakEnds, markers } = found;
    const breaks = firstAtOrAfter(breakEnds.length, (k) => breakEnds[k], at + 1);
    const clauseStart = breaks > 0 ? breakEnds[breaks - 1] : 0;
    const marker = markers[firstAtOrAfter(markers.length, (k) => markers[k].end, at + 1) - 1];
    return marker !== undefined && marker.start >= clauseStart;
  };
}

/**
 * `last` or `next` just before `at` in `piece`. The pattern is anchored at the end, so its search starts where the
 * word would begin: over the whole text before `at` it tries every start, once per date in a long window.
 */
function lastOrNextBefore(piece: string, at: number): RegExpExecArray | null {
  return matchBefore(LAST_OR_NEXT, piece, at, at - spaceStartBefore(piece, at) + 'last'.length);
}

/** The ISO value of one chrono result: as precise as the text is certain, or null for a bare time. */
function chronoValue(result: chrono.ParsedResult, ref: Reference | null, direction: Direction): string | null {
  const c = result.start;
  // Without a publication date only a year the text writes out can be trusted (`last year` has no anchor).
  if (!ref && (!c.isCertain('year') || !/\d{4}/.test(result.text))) return null;
  let year = c.get('year');
  let month = c.get('month');
  let day = c.get('day');
  if (year === null || month === null || day === null) return null;
  if (ref && !c.isCertain('year')) {
    // chrono takes the nearest weekday; news means the last one unless the clause looks ahead (`will meet on
    // Thursday`). Months stay nearest (`the convention in July`, `since December`) unless `last`/`next` say.
    if (c.isCertain('weekday') && !c.isCertain('day')) {
      const weekday = c.get('weekday') ?? 0;
      const today = ref.date.getUTCDay();
      const offset = direction === 'future' ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7);
      const date = new Date(ref.date.getTime() + offset * DAY_MS);
      [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    } else if (c.isCertain('month') && (direction === 'last' || direction === 'next')) {
      year = yearOfMonth(month, ref, direction);
    }
  }
  if (c.isCertain('day') || c.isCertain('weekday')) return `${year}-${pad(month)}-${pad(day)}`;
  if (c.isCertain('month')) return `${year}-${pad(month)}`;
  if (c.isCertain('year')) return String(year);
  return null;
}

/** The year of a month named without one, as `last` or `next` (or a tense) points. */
function yearOfMonth(month: number, ref: Reference, direction: Direction): number {
  if (direction === 'last') return month < ref.month ? ref.year : ref.year - 1;
  if (direction === 'next') return month > ref.month ? ref.year : ref.year + 1;
  if (direction === 'future') return month >= ref.month ? ref.year : ref.year + 1;
  return month <= ref.month ? ref.year : ref.year - 1;
}

/** Days, months, weekdays and relative dates that chrono reads in sentence `s`, which starts at `base`. */
function chronoMentions(found: DateMentions, s: string, base: number, ref: Reference | null): void {
  const looksAhead = clauseLooksAhead(s);
  const reference = ref ? { instant: ref.date, timezone: 0 } : { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
  for (const { result, piece, at } of chronoResults(s, reference)) {
    // `may` and `march` in lower case are verbs; `a day after` names no date of its own.
    if (/^(?:may|march)$/.test(result.text)) continue;
    CHRONO_HINT.lastIndex = 0;
    if (!/\d/.test(result.text) && !CHRONO_HINT.test(result.text)) continue;
    let start = base + at;
    // `last June`, `next March`: chrono reads the month and leaves the word.
    const before = lastOrNextBefore(piece, result.index);
    const tense: Direction = looksAhead(at) ? 'future' : 'past';
    const direction: Direction = before ? (before[1].toLowerCase() as Direction) : tense;
    const value = chronoValue(result, ref, direction);
    if (!value) continue;
    const written = result.text.replace(/[\s,.;:]+$/, '');
    const end = start + written.length;
    if (before && result.start.isCertain('month')) start -= before[0].length;
    found.add(start, end, value);
  }
}

/** Bare years in sentence `s`, which starts at `base`. */
function yearMentions(found: DateMentions, s: string, base: number): void {
  for (const m of allMatches(YEAR, s)) found.addMatch(base, m, m[0]);
}

/**
 * Dates and periods in `text`, sentence by sentence, with ISO values (`2025-04-03`, `2025-03`, `2025`, `2025-Q1`,
 * `2025-H1`) resolved against `published`. Without a publication date, only mentions that name their year are kept.
 */
export function extractDates(text: string, layout: Layout, published: string | null): DateMention[] {
  const ref = referenceOf(published);
  const found = new DateMentions(text);
  for (const sentence of layout.sentences) {
    const s = text.slice(sentence.start, sentence.end);
    if (!DATE_HINT.test(s)) continue;
    periodMentions(found, s, sentence.start, ref);
    CHRONO_HINT.lastIndex = 0;
    if (CHRONO_HINT.test(s)) chronoMentions(found, s, sentence.start, ref);
    yearMentions(found, s, sentence.start);
  }
  return found.list.sort((a, b) => a.start - b.start || a.end - b.end);
}
