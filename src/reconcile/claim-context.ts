import type { Span } from '../records/span.js';
import { contentStems } from './content-words.js';

/** Content words either side of a claim that tell what it is about, by default. */
export const CONTEXT_WINDOW = 8;

/** Content words in a claim's sentence near the claim, without the claim itself: what the claim is about. */
export function contextStems(text: string, sentence: Span, claim: Span, window = CONTEXT_WINDOW): Set<string> {
  return contextStemsWithin(text, sentence, claim, [window])[0];
}

/** `contextStems` for several windows at once, reading the sentence once. */
export function contextStemsWithin(text: string, sentence: Span, claim: Span, windows: number[]): Set<string>[] {
  // Only the widest window's words either side are read, not the whole sentence (a window of 0 or less takes all).
  const widest = Math.min(...windows) > 0 ? Math.max(...windows) : Number.POSITIVE_INFINITY;
  const before = lastContentStems(text, sentence.start, claim.start, widest);
  const after = contentStems(text.slice(claim.end, sentence.end), widest);
  return windows.map((window) => new Set([...before.slice(-window), ...after.slice(0, window)]));
}

/** Characters before the claim read first, which hold the words of a window in most sentences. */
const LOOKBACK_CHARS = 120;

/**
 * The last `count` content stems of `text` from `from` to `to`, or all of them when fewer. Read from a white space
 * shortly before `to` first: no word runs across a space, so the words after it are the same as read from `from`.
 */
function lastContentStems(text: string, from: number, to: number, count: number): string[] {
  let start = to - LOOKBACK_CHARS;
  while (start > from && !/\s/.test(text[start])) start--;
  if (start > from && count !== Number.POSITIVE_INFINITY) {
    const stems = contentStems(text.slice(start + 1, to));
    if (stems.length >= count) return stems.slice(-count);
  }
  return contentStems(text.slice(from, to));
}

/** Union-find over dense integer ids. */
export class DisjointSets {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[x] !== root) {
      const next = this.parent[x];
      this.parent[x] = root;
      x = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** The members of each set, sets in order of their smallest member. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const root = this.find(i);
      const members = byRoot.get(root);
      if (members) members.push(i);
      else byRoot.set(root, [i]);
    }
    return [...byRoot.values()];
  }
}
