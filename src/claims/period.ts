/** The period each figure of a sentence is about: the dates and periods the sentence names, shared out by nearness. */
import type { DateMention } from '../records/claim.js';
import type { Span } from '../records/span.js';
import { firstAtOrAfter } from '../text/sorted.js';

/**
 * A day-precise date farther than this from a figure is an event (`will cost $200 and be available on October 1`),
 * not the period the figure is about. Larger attaches more event days; smaller loses `rose 2% on Monday`.
 */
const DAY_DISTANCE_LIMIT = 40;
/** A date before the figure counts this much farther than one after it (`rose 3% in 2024` reads forwards). */
const BEFORE_PENALTY = 1.5;

function distance(figure: Span, date: DateMention): number {
  if (date.start < figure.end && figure.start < date.end) return Number.POSITIVE_INFINITY;
  const after = date.start >= figure.end;
  const gap = after ? date.start - figure.end : figure.start - date.end;
  if (date.value.length === 10 && gap > DAY_DISTANCE_LIMIT) return Number.POSITIVE_INFINITY;
  return after ? gap : gap * BEFORE_PENALTY;
}

/** `2025-Q1` refines `2025`; `2025-03-04` refines `2025-03`. */
function refines(fine: string, coarse: string): boolean {
  return fine.length > coarse.length && fine.startsWith(`${coarse}-`);
}

/** The first of `dates` that refines `value`, if any. */
function finerByScan(dates: DateMention[], value: string): string | undefined {
  return dates.find((date) => refines(date.value, value))?.value;
}

/**
 * For each period a date refines, the first date that refines it: `2025-Q1` refines `2025`, `2025-03-04` refines
 * `2025-03` and `2025` (each cut of a value before a hyphen), read once rather than all dates for each figure.
 */
function finerPeriods(dates: DateMention[]): Map<string, string> {
  const finer = new Map<string, string>();
  for (const { value } of dates) {
    for (let at = value.indexOf('-'); at >= 0; at = value.indexOf('-', at + 1)) {
      const coarse = value.slice(0, at);
      if (!finer.has(coarse)) finer.set(coarse, value);
    }
  }
  return finer;
}

/** Index of the item nearest by `distanceOf`, the first on a tie, or -1 when every one is too far. */
function nearestByScan<T>(items: T[], distanceOf: (item: T) => number): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  items.forEach((item, i) => {
    const d = distanceOf(item);
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  return best;
}

/** Of the date indices `candidates`, the one nearest `figure`, the lowest index on a tie; -1 when none is near. */
function nearestOf(figure: Span, dates: DateMention[], candidates: number[]): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const i of candidates) {
    const d = distance(figure, dates[i]);
    if (d < bestDistance || (d === bestDistance && d < Number.POSITIVE_INFINITY && i < best)) {
      bestDistance = d;
      best = i;
    }
  }
  return best;
}

/**
 * Finds the date nearest a figure without trying every date: on each side of the figure, and apart for day-precise
 * dates (which stop counting beyond DAY_DISTANCE_LIMIT), only the dates closest to it can be nearest.
 */
class NearestDate {
  private readonly byEnd: number[][];
  private readonly byStart: number[][];

  constructor(private readonly dates: DateMention[]) {
    const classes = [0, 1].map((day) =>
      dates.flatMap((date, i) => ((date.value.length === 10) === (day === 1) ? [i] : [])),
    );
    this.byEnd = classes.map((indices) => [...indices].sort((a, b) => dates[a].end - dates[b].end || a - b));
    this.byStart = classes.map((indices) => [...indices].sort((a, b) => dates[a].start - dates[b].start || a - b));
  }

  of(figure: Span): number {
    const candidates: number[] = [];
    for (const sorted of this.byEnd) {
      // The dates ending last at or before the figure's start.
      const end = (k: number) => this.dates[sorted[k]].end;
      let k = firstAtOrAfter(sorted.length, end, figure.start + 1) - 1;
      const last = k >= 0 ? end(k) : -1;
      for (; k >= 0 && end(k) === last; k--) candidates.push(sorted[k]);
    }
    for (const sorted of this.byStart) {
      // The dates starting first at or after the figure's end.
      const start = (k: number) => this.dates[sorted[k]].start;
      let k = firstAtOrAfter(sorted.length, start, figure.end);
      const first = k < sorted.length ? start(k) : -1;
      for (; k < sorted.length && start(k) === first; k++) candidates.push(sorted[k]);
    }
    return nearestOf(figure, this.dates, candidates);
  }
}

/** Below this many figure-date pairs, trying every pair costs less than sorting (the answers are the same). */
const SCAN_PAIRS = 256;

/** Whether each of `spans` starts at or after the end of the one before it, and none is empty. */
function inOrderApart(spans: Span[]): boolean {
  return spans.every((span, i) => span.end > span.start && (i === 0 || span.start >= spans[i - 1].end));
}

/**
 * As the nearest figure by scan, for figures in order and apart: only the last figure ending before the date and the first one
 * starting after it can be nearest, the earlier on a tie.
 */
function ownerInOrder(figures: Span[], date: DateMention): number {
  const before = firstAtOrAfter(figures.length, (j) => figures[j].end, date.start + 1) - 1;
  const after = firstAtOrAfter(figures.length, (j) => figures[j].start, date.end);
  const dBefore = before >= 0 ? distance(figures[before], date) : Number.POSITIVE_INFINITY;
  const dAfter = after < figures.length ? distance(figures[after], date) : Number.POSITIVE_INFINITY;
  if (dBefore === Number.POSITIVE_INFINITY && dAfter === Number.POSITIVE_INFINITY) return -1;
  return dBefore <= dAfter ? before : after;
}

/**
 * Periods for the figures of one sentence (`dates` are the sentence's date mentions). Each date first goes to the
 * figure nearest it, so `€20 billion pledged this quarter adds to €50 billion throughout 2024` gives each its own;
 * a figure left without one takes the nearest date (`5 and 6 units in 2024`). A coarse period yields to a finer
 * one the sentence also names (`in the first three months ... for 2025` is 2025-Q1). Figures in order and apart
 * (as scanned) are matched by binary search: every date against every figure was quadratic in a long sentence.
 */
export function assignPeriods(figures: Span[], dates: DateMention[]): Array<string | null> {
  const claimed: number[] = figures.map(() => -1);
  const claimedDistance: number[] = figures.map(() => Number.POSITIVE_INFINITY);
  const ordered = figures.length * dates.length > SCAN_PAIRS && inOrderApart(figures);
  dates.forEach((date, i) => {
    const owner = ordered ? ownerInOrder(figures, date) : nearestByScan(figures, (figure) => distance(figure, date));
    const ownerDistance = owner >= 0 ? distance(figures[owner], date) : Number.POSITIVE_INFINITY;
    if (owner >= 0 && ownerDistance < claimedDistance[owner]) {
      claimed[owner] = i;
      claimedDistance[owner] = ownerDistance;
    }
  });
  const nearest = ordered ? new NearestDate(dates) : null;
  const finer = ordered ? finerPeriods(dates) : null;
  return figures.map((figure, j) => {
    const index =
      claimed[j] >= 0
        ? claimed[j]
        : nearest
          ? nearest.of(figure)
          : nearestByScan(dates, (date) => distance(figure, date));
    if (index < 0) return null;
    const value = dates[index].value;
    return (finer ? finer.get(value) : finerByScan(dates, value)) ?? value;
  });
}
