/**
 * Every match of the global pattern `re` in `s`, the same as `[...s.matchAll(re)]` but found by exec on `re` itself:
 * matchAll copies the pattern at each call, which in a sentence costs several times the search. `re` must not be
 * searched anywhere else with a lastIndex left set; it is reset to 0 before and left at 0 after.
 */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  requireGlobal(re);
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex = advance(s, re.lastIndex, isUnicode(re));
  }
  return out;
}

/** How many matches `allMatches(re, s)` would find, without keeping them. */
export function countMatches(re: RegExp, s: string): number {
  let n = 0;
  requireGlobal(re);
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    n++;
    if (m[0].length === 0) re.lastIndex = advance(s, re.lastIndex, isUnicode(re));
  }
  return n;
}

/**
 * Whether the end-anchored global pattern `re` matches `s.slice(0, end)` at a start no more than `reach` characters
 * before `end`. Tested on the whole of a long left context, such a pattern tries every start in it, so testing it
 * before each of many numbers in one long sentence is quadratic; starting the search late keeps it linear, and the
 * characters before the window are still seen by `\b` and look-behinds.
 */
export function matchesBefore(re: RegExp, s: string, end: number, reach: number): boolean {
  return matchBefore(re, s, end, reach) !== null;
}

/** The match `matchesBefore` finds, or null. */
export function matchBefore(re: RegExp, s: string, end: number, reach: number): RegExpExecArray | null {
  requireGlobal(re);
  re.lastIndex = Math.max(0, end - reach);
  const found = re.exec(end === s.length ? s : s.slice(0, end));
  re.lastIndex = 0;
  return found;
}

/** The index after `i`, stepping over a whole surrogate pair in a Unicode pattern, as matchAll steps past an empty match. */
function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}

/** As matchAll: a pattern without the g flag would find its first match for ever. */
function requireGlobal(re: RegExp): void {
  if (!re.global) throw new TypeError(`allMatches needs a global pattern: ${re}`);
}

const isUnicode = (re: RegExp): boolean => re.unicode || re.flags.includes('v');
