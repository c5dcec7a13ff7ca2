import type { Figure } from '../records/claim.js';

/** The values a figure allows, given how precisely it is written and how its qualifier bounds it. */
export interface ValueBounds {
  low: number;
  high: number;
  /** The half-width of rounding implied by the way the number is written. */
  rounding: number;
}

const NUMBER = /\d[\d,]*(?:\.\d+)?/;

/**
 * Rounding implied by the written number: `1.5 billion` is good to a tenth of a billion, `$43,885,310` to a dollar,
 * `44 million` to a million. A number written in words is good to its last unit.
 */
export function writtenPrecision(figure: Figure): number {
  const match = NUMBER.exec(figure.text);
  if (!match) return Math.abs(figure.value) >= 1 ? magnitudeOfLastDigit(Math.abs(figure.value)) : 0;
  const digits = match[0].replace(/,/g, '');
  const written = Number(digits);
  if (!Number.isFinite(written) || written === 0) return 0;
  const decimals = digits.includes('.') ? digits.split('.')[1].length : 0;
  const multiplier = Math.abs(figure.value) / written;
  return 10 ** -decimals * (Number.isFinite(multiplier) && multiplier > 0 ? multiplier : 1);
}

function magnitudeOfLastDigit(value: number): number {
  let unit = 1;
  while (value >= unit * 10 && value % (unit * 10) === 0) unit *= 10;
  return unit;
}

/** Bounds depend only on the figure: worked out once per figure (a pure memo, keyed weakly by the record). */
const boundsOf = new WeakMap<Figure, ValueBounds>();

export function valueBounds(figure: Figure): ValueBounds {
  const known = boundsOf.get(figure);
  if (known) return known;
  const bounds = computeBounds(figure);
  boundsOf.set(figure, bounds);
  return bounds;
}

/** A figure's bounds, worked out afresh: for a caller that keeps them itself, sparing the memo's look-up. */
export function computeBounds(figure: Figure): ValueBounds {
  const rounding = writtenPrecision(figure) / 2;
  const low = figure.value - rounding;
  const high = (figure.valueMax ?? figure.value) + rounding;
  switch (figure.qualifier) {
    case 'more-than':
    case 'at-least':
      return { low, high: Number.POSITIVE_INFINITY, rounding };
    case 'less-than':
    case 'at-most':
      return { low: Number.NEGATIVE_INFINITY, high, rounding };
    case 'nearly':
      return { low: low - 2 * rounding, high, rounding };
    default:
      return { low, high, rounding };
  }
}

type Direction = 'lower-bound' | 'upper-bound' | 'point';

function direction(figure: Figure): Direction {
  if (figure.qualifier === 'more-than' || figure.qualifier === 'at-least') return 'lower-bound';
  if (figure.qualifier === 'less-than' || figure.qualifier === 'at-most') return 'upper-bound';
  return 'point';
}

/**
 * Whether two figures for one quantity agree. Two bounds in the same direction agree only when their bounds do
 * ("up to 1.6 million" and "as many as 1.5 million" state different ceilings); otherwise the allowed ranges must meet.
 */
export function valuesAgree(a: Figure, b: Figure): boolean {
  return boundsAgree(a, valueBounds(a), b, valueBounds(b));
}

/** `valuesAgree` for figures whose bounds are known. */
export function boundsAgree(a: Figure, boundsA: ValueBounds, b: Figure, boundsB: ValueBounds): boolean {
  const dirA = direction(a);
  if (dirA !== 'point' && dirA === direction(b)) {
    const slack = Math.max(boundsA.rounding, boundsB.rounding);
    return Math.abs(a.value - b.value) <= slack + 1e-9 * Math.abs(a.value);
  }
  return boundsA.low <= boundsB.high && boundsB.low <= boundsA.high;
}

/** Relative difference of two values, for saying when a conflict may only be rounding. */
export function relativeDifference(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}
