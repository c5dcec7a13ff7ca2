/**
 * Dates and periods an article mentions, resolved against its publication date. Our own patterns read quarters,
 * halves and bare years; chrono-node reads days, months, weekdays and relative dates, but only in windows around a
 * cheap hint, since it is the slow part.
 */

import * as chrono from 'chrono-node';
import type { DateMention } from '../records/claim.js';
import type { Span } from '../records/span.js';
import type { Layout } from '../text/layout.js';
import { allMatches } from '../text/matches.js';
import { firstAtOrAfter } from '../text/sorted.js';
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
  /(?:\b(?:will|shall|won't|upcoming)|'ll|\b(?:is|are|'s|'re)\s+(?:expected|scheduled|set|due|going|to\s+be\s+held)|\bplans?\s+to)\b/i;
const CLAUSE_BREAK = /[,;:—–()]|\.\s/;

/** Words that make `the first half` a half-year rather than half of a game or a film. */
const HALF_YEAR_CONTEXT =
  /\b(?:year|fiscal|revenue|sales|profit|earnings|growth|economy|GDP|inflation|output|deliveries)\b/i;

/** Characters of context either side of a chrono hint; enough for `on Thursday, April 3, 2025`. */
const CHRONO_WINDOW = 32;

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
 * Adds a mention unless it overlaps one already taken. `taken` is kept apart and in order, so only the first span
 * ending after `start` can overlap: testing every span taken was quadratic in a sentence of many dates.
 */
function push(out: DateMention[], taken: Span[], text: string, start: number, end: number, value: string): void {
  const at = firstAtOrAfter(taken.length, (k) => taken[k].end, start + 1);
  const next = taken[at];
  if (next !== undefined && next.start < end && start < next.end) return;
  out.push({ start, end, text: text.slice(start, end), value });
  let insert = at;
  while (
    insert < taken.length &&
    (taken[insert].start < start || (taken[insert].start === start && taken[insert].end < end))
  )
    insert++;
  taken.splice(insert, 0, { start, end });
}

/** Quarters, halves, first months, year-to-date and bare years in one sentence. */
function periodMentions(text: string, sentence: Span, ref: Reference | null, out: DateMention[], taken: Span[]): void {
  const s = text.slice(sentence.start, sentence.end);
  const base = sentence.start;
  for (const m of allMatches(ISO_DATE, s)) {
    push(out, taken, text, base + m.index, base + m.index + m[0].length, m[0]);
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
    if (year !== null) push(out, taken, text, base + m.index, base + m.index + m[0].length, `${year}-Q${quarter}`);
  }
  for (const m of allMatches(FIRST_MONTHS, s)) {
    const g = m.groups ?? {};
    const year = yearOf(g, ref);
    const months = g.n === 'three' || g.n === '3' ? 'Q1' : 'H1';
    if (year !== null) push(out, taken, text, base + m.index, base + m.index + m[0].length, `${year}-${months}`);
  }
  for (const m of allMatches(HALF, s)) {
    const g = m.groups ?? {};
    // `the second half` of a match is no period; a half with no year counts only in talk of a year's numbers.
    if (!g.year && !g.rel && !/\byear$/i.test(m[0]) && !HALF_YEAR_CONTEXT.test(s)) continue;
    const second = g.h.toLowerCase() === 'second';
    // Like a quarter, a half with no year is the latest one not after the publication date.
    const year = !g.year && !g.rel && ref && second && ref.month <= 6 ? ref.year - 1 : yearOf(g, ref);
    const half = second ? 'H2' : 'H1';
    if (year !== null) push(out, taken, text, base + m.index, base + m.index + m[0].length, `${year}-${half}`);
  }
  if (ref) {
    for (const m of allMatches(RELATIVE_QUARTER, s)) {
      const rel = (m.groups?.rel ?? 'this').toLowerCase().replace(/\s+/g, ' ');
      const shift = rel === 'next' ? 1 : rel === 'this' || rel === 'the current' ? 0 : -1;
      const index = ref.year * 4 + (ref.quarter - 1) + shift;
      const value = `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
      push(out, taken, text, base + m.index, base + m.index + m[0].length, value);
    }
    for (const m of allMatches(YEAR_TO_DATE, s)) {
      push(out, taken, text, base + m.index, base + m.index + m[0].length, String(ref.year));
    }
  }
}

/** Windows of the sentence around chrono hints, merged where they touch. */
function chronoWindows(s: string): Span[] {
  const windows: Span[] = [];
  for (const m of allMatches(CHRONO_HINT, s)) {
    let start = Math.max(0, m.index - CHRONO_WINDOW);
    let end = Math.min(s.length, m.index + m[0].length + CHRONO_WINDOW);
    while (start > 0 && /\S/.test(s[start - 1])) start--;
    while (end < s.length && /\S/.test(s[end])) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
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

function chronoMentions(text: string, sentence: Span, ref: Reference | null, out: DateMention[], taken: Span[]): void {
  const s = text.slice(sentence.start, sentence.end);
  for (const window of chronoWindows(s)) {
    const piece = s.slice(window.start, window.end);
    const reference = ref
      ? { instant: ref.date, timezone: 0 }
      : { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
    for (const result of chrono.parse(piece, reference)) {
      // `may` and `march` in lower case are verbs; `a day after` names no date of its own.
      if (/^(?:may|march)$/.test(result.text)) continue;
      CHRONO_HINT.lastIndex = 0;
      if (!/\d/.test(result.text) && !CHRONO_HINT.test(result.text)) continue;
      let start = sentence.start + window.start + result.index;
      // `last June`, `next March`: chrono reads the month and leaves the word.
      const before = /\b(last|next)\s+$/i.exec(piece.slice(0, result.index));
      const clause =
        s
          .slice(0, window.start + result.index)
          .split(CLAUSE_BREAK)
          .pop() ?? '';
      const tense: Direction = FUTURE_TENSE.test(clause) ? 'future' : 'past';
      const direction: Direction = before ? (before[1].toLowerCase() as Direction) : tense;
      const value = chronoValue(result, ref, direction);
      if (!value) continue;
      const written = result.text.replace(/[\s,.;:]+$/, '');
      const end = start + written.length;
      if (before && result.start.isCertain('month')) start -= before[0].length;
      push(out, taken, text, start, end, value);
    }
  }
}

function yearMentions(text: string, sentence: Span, out: DateMention[], taken: Span[]): void {
  const s = text.slice(sentence.start, sentence.end);
  for (const m of allMatches(YEAR, s)) {
    const start = sentence.start + m.index;
    push(out, taken, text, start, start + m[0].length, m[0]);
  }
}

/**
 * Dates and periods in `text`, sentence by sentence, with ISO values (`2025-04-03`, `2025-03`, `2025`, `2025-Q1`,
 * `2025-H1`) resolved against `published`. Without a publication date, only mentions that name their year are kept.
 */
export function extractDates(text: string, layout: Layout, published: string | null): DateMention[] {
  const ref = referenceOf(published);
  const out: DateMention[] = [];
  for (const sentence of layout.sentences) {
    const s = text.slice(sentence.start, sentence.end);
    if (!DATE_HINT.test(s)) continue;
    const taken: Span[] = [];
    periodMentions(text, sentence, ref, out, taken);
    CHRONO_HINT.lastIndex = 0;
    if (CHRONO_HINT.test(s)) chronoMentions(text, sentence, ref, out, taken);
    yearMentions(text, sentence, out, taken);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
