/**
 * Bands and rows for LSH banding, derived from the wanted Jaccard threshold as datasketch does: among all (b, r)
 * with b * r <= bins, pick the one minimising the weighted area of false positives (pairs below the threshold that
 * share a band) plus false negatives (pairs above it that share none).
 */

export interface LshParams {
  bands: number;
  rows: number;
  /** Integrated probability of a candidate below the threshold. */
  falsePositive: number;
  /** Integrated probability of missing a pair above the threshold. */
  falseNegative: number;
}

const STEPS = 200;

/** Probability that a pair of similarity s shares at least one band. */
function collision(s: number, bands: number, rows: number): number {
  return 1 - (1 - s ** rows) ** bands;
}

function integrate(f: (s: number) => number, from: number, to: number): number {
  if (to <= from) return 0;
  const h = (to - from) / STEPS;
  let sum = 0.5 * (f(from) + f(to));
  for (let i = 1; i < STEPS; i++) sum += f(from + i * h);
  return sum * h;
}

export function optimalLshParams(
  threshold: number,
  bins: number,
  falsePositiveWeight = 0.5,
  falseNegativeWeight = 0.5,
): LshParams {
  if (!(threshold > 0 && threshold < 1)) throw new Error(`LSH threshold must be in (0, 1), got ${threshold}`);
  let best: LshParams | null = null;
  let bestError = Number.POSITIVE_INFINITY;
  for (let bands = 1; bands <= bins; bands++) {
    const maxRows = Math.floor(bins / bands);
    for (let rows = 1; rows <= maxRows; rows++) {
      const falsePositive = integrate((s) => collision(s, bands, rows), 0, threshold);
      const falseNegative = integrate((s) => 1 - collision(s, bands, rows), threshold, 1);
      const error = falsePositiveWeight * falsePositive + falseNegativeWeight * falseNegative;
      if (error < bestError) {
        bestError = error;
        best = { bands, rows, falsePositive, falseNegative };
      }
    }
  }
  return best!;
}
