/** Word k-shingles as 32-bit hashes: a polynomial rolling hash over k consecutive word hashes, then mixed. */
import { fmix32 } from './hash.js';
import type { HashList } from './word-hashes.js';

const BASE = 0x01000193;

/**
 * Appends the hash of every k-word window of `words` to `out`. A text shorter than k words gives one shingle
 * (all its words), so short texts still compare; an empty text gives none.
 */
export function shingleHashes(words: HashList, k: number, seed: number, out: HashList): void {
  const n = words.length;
  const w = words.values;
  if (n === 0) return;
  const size = Math.min(k, n);
  // BASE^(size-1), to take the leaving word out of the rolling hash.
  let top = 1;
  for (let j = 1; j < size; j++) top = Math.imul(top, BASE);
  let h = 0;
  for (let j = 0; j < size; j++) h = (Math.imul(h, BASE) + w[j]) | 0;
  out.push(fmix32(h ^ seed));
  for (let start = 1; start + size <= n; start++) {
    h = (Math.imul(h - Math.imul(w[start - 1], top), BASE) + w[start + size - 1]) | 0;
    out.push(fmix32(h ^ seed));
  }
}
