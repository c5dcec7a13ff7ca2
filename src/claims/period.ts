/** The period each figure of a sentence is about: the dates and periods the sentence names, shared out by nearness. */
import type { DateMention } from '../records/claim.js';
import type { Span } from '../records/span.js';

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

function nearest(figure: Span, dates: DateMention[]): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  dates.forEach((date, i) => {
    const d = distance(figure, date);
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  return best;
}

/**
 * Periods for the figures of one sentence (`dates` are the sentence's date mentions). Each date first goes to the
 * figure nearest it, so `€20 billion pledged this quarter adds to €50 billion throughout 2024` gives each its own;
 * a figure left without one takes the nearest date (`5 and 6 units in 2024`). A coarse period yields to a finer
 * one the sentence also names (`in the first three months ... for 2025` is 2025-Q1).
 */
export function assignPeriods(figures: Span[], dates: DateMention[]): Array<string | null> {
  const claimed: number[] = figures.map(() => -1);
  const claimedDistance: number[] = figures.map(() => Number.POSITIVE_INFINITY);
  dates.forEach((date, i) => {
    let owner = -1;
    let ownerDistance = Number.POSITIVE_INFINITY;
    figures.forEach((figure, j) => {
      const d = distance(figure, date);
      if (d < ownerDistance) {
        ownerDistance = d;
        owner = j;
      }
    });
    if (owner >= 0 && ownerDistance < claimedDistance[owner]) {
      claimed[owner] = i;
      claimedDistance[owner] = ownerDistance;
    }
  });
  return figures.map((figure, j) => {
    const index = claimed[j] >= 0 ? claimed[j] : nearest(figure, dates);
    if (index < 0) return null;
    const value = dates[index].value;
    const finer = dates.find((date) => refines(date.value, value));
    return finer ? finer.value : value;
  });
}
