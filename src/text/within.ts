/**
 * Searches for one character kept inside a window. `indexOf` and `lastIndexOf` run on to the end (or the start) of
 * the whole text when the character is missing: called for each of many quotes or verbs of one long text, that is
 * quadratic. These stop at the window's edge.
 */

/** The first index of `char` (one UTF-16 unit) in `[from, to)` of `text`, or -1. */
export function indexWithin(text: string, char: string, from: number, to: number): number {
  const code = char.charCodeAt(0);
  const end = Math.min(to, text.length);
  for (let i = Math.max(0, from); i < end; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** The last index of `char` (one UTF-16 unit) in `[from, to]` of `text`, or -1 (`to` itself counts, as in lastIndexOf). */
export function lastIndexWithin(text: string, char: string, from: number, to: number): number {
  const code = char.charCodeAt(0);
  for (let i = Math.min(to, text.length - 1); i >= Math.max(0, from); i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}
