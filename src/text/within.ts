/**
 * Searches that stop near their anchor. `indexOf` and `lastIndexOf` run on to the end (or the start) of the whole
 * text when the character is missing, and an end-anchored pattern tries every start before its anchor: called for
 * each of many quotes, verbs or numbers of one long text, that is quadratic. These stop at a window's edge or read
 * backwards from the anchor.
 */

const SPACE = /\s/;

/** Where the white space (`\s`) that ends `text.slice(0, end)` starts: `end` when there is none. */
export function spaceStartBefore(text: string, end: number): number {
  let i = end;
  for (; i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i - 1]);
    if (!space) break;
  }
  return i;
}

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
