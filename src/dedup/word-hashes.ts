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
  const start = (0x811c9dc5 ^ seed) >>> 0;
  // The text between boilerplate spans, segment by segment: a span ends the word it cuts.
  let from = 0;
  for (const span of skip) {
    if (span.start > from) segmentHashes(text, from, Math.min(span.start, text.length), start, out);
    from = Math.max(from, span.end);
  }
  if (from < text.length) segmentHashes(text, from, text.length, start, out);
}

function segmentHashes(text: string, from: number, to: number, start: number, out: HashList): void {
  const n = text.length;
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i++);
    if (WORD_CHAR[c] !== 1) continue;
    let h = Math.imul(start ^ LOWER[c], 0x01000193);
    while (i < to) {
      c = text.charCodeAt(i);
      if (WORD_CHAR[c] === 1) {
        h = Math.imul(h ^ LOWER[c], 0x01000193);
        // An apostrophe between letters stays inside the word (the next letter may lie in a span: it still counts
        // as a letter here, as the span only starts there).
      } else if ((c === 0x27 || c === 0x2019) && i + 1 < n && WORD_CHAR[text.charCodeAt(i + 1)] === 1) {
        h = Math.imul(h ^ 0x27, 0x01000193);
      } else {
        break;
      }
      i++;
    }
    out.push(fmix32(h));
  }
}

/** Boilerplate spans sorted by start, so `wordHashes` can walk them in one pass. */
export function sortedSpans(spans: readonly Span[]): Span[] {
  return spans.length <= 1 ? [...spans] : [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
}
