/**
 * The text as a sequence of seeded word hashes, lower-cased, with no string per word. Word characters are letters
 * and digits (any script); an apostrophe between letters stays inside the word. Spans in `skip` (boilerplate) are
 * left out.
 */
import type { Span } from '../records/span.js';
import { fmix32 } from './hash.js';

const WORD_CHAR = new Uint8Array(65536);
const LOWER = new Uint16Array(65536);
{
  const letterOrDigit = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 65536; c++) {
    const ch = String.fromCharCode(c);
    WORD_CHAR[c] = c < 128 ? (/[A-Za-z0-9]/.test(ch) ? 1 : 0) : letterOrDigit.test(ch) ? 1 : 0;
    const lower = ch.toLowerCase();
    LOWER[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
}

export function isWordChar(code: number): boolean {
  return WORD_CHAR[code] === 1;
}

export function lowerChar(code: number): number {
  return LOWER[code];
}

/** A growable list of 32-bit values, reused between calls to avoid allocation. */
export class HashList {
  values = new Uint32Array(1024);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/** Appends the word hashes of `text` to `out`. */
export function wordHashes(text: string, seed: number, out: HashList, skip: readonly Span[] = []): void {
  let skipIndex = 0;
  let nextSkip = skip.length > 0 ? skip[0].start : Number.POSITIVE_INFINITY;
  const start = (0x811c9dc5 ^ seed) >>> 0;
  let h = 0;
  let inWord = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (i >= nextSkip) {
      if (inWord) {
        out.push(fmix32(h));
        inWord = false;
      }
      i = Math.max(i, skip[skipIndex].end) - 1;
      skipIndex++;
      nextSkip = skipIndex < skip.length ? skip[skipIndex].start : Number.POSITIVE_INFINITY;
      continue;
    }
    const c = text.charCodeAt(i);
    if (WORD_CHAR[c] === 1) {
      if (!inWord) {
        h = start;
        inWord = true;
      }
      h = Math.imul(h ^ LOWER[c], 0x01000193);
    } else if (inWord) {
      if ((c === 0x27 || c === 0x2019) && i + 1 < n && WORD_CHAR[text.charCodeAt(i + 1)] === 1) {
        h = Math.imul(h ^ 0x27, 0x01000193);
      } else {
        out.push(fmix32(h));
        inWord = false;
      }
    }
  }
  if (inWord) out.push(fmix32(h));
}

/** Boilerplate spans sorted by start, so `wordHashes` can walk them in one pass. */
export function sortedSpans(spans: readonly Span[]): Span[] {
  return spans.length <= 1 ? [...spans] : [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
}
