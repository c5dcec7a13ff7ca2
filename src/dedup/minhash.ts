/**
 * MinHash signatures by one-permutation hashing with optimal densification (Li, Owen and Zhang 2012;
 * Shrivastava 2017): each element is hashed once, its top bits choose one of K bins and the bin keeps the minimum
 * of a second hash. Empty bins borrow from a non-empty bin picked by a seeded probe sequence, so two sets agree on a
 * bin with probability equal to their Jaccard similarity, as with K independent permutations, at the cost of one
 * hash per element instead of K.
 */
import { fmix32 } from './hash.js';

const EMPTY = 0xffffffff;

export interface MinHasher {
  bins: number;
  seed: number;
  /** Bits to shift a 32-bit hash right to get a bin (bins is a power of two). */
  shift: number;
  /** Scratch: which bins hold a value. */
  filled: Uint8Array;
}

export function createMinHasher(bins: number, seed: number): MinHasher {
  if (bins < 2 || (bins & (bins - 1)) !== 0 || bins > 65536) {
    throw new Error(`MinHash bins must be a power of two between 2 and 65536, got ${bins}`);
  }
  return { bins, seed: seed >>> 0, shift: 32 - Math.log2(bins), filled: new Uint8Array(bins) };
}

/**
 * Fills `out` (length bins) with the signature of the set of `values` (duplicates are harmless).
 * Returns false, leaving `out` all 0xffffffff, when `values` is empty.
 */
export function minhashInto(hasher: MinHasher, values: Uint32Array, count: number, out: Uint32Array): boolean {
  const { bins, seed, shift } = hasher;
  out.fill(EMPTY);
  if (count === 0) return false;
  const filled = hasher.filled;
  filled.fill(0);
  for (let i = 0; i < count; i++) {
    // Within one bin the top bits are equal, so the whole hash orders the bin's elements at random.
    const h = fmix32(values[i] ^ seed);
    const bin = h >>> shift;
    if (h < out[bin] || filled[bin] === 0) {
      out[bin] = h;
      filled[bin] = 1;
    }
  }
  for (let bin = 0; bin < bins; bin++) {
    if (filled[bin] === 1) continue;
    let attempt = 1;
    let probe = bin;
    do {
      probe = fmix32((bin * 0x9e3779b1 + attempt * 0x85ebca77 + seed) >>> 0) & (bins - 1);
      attempt++;
    } while (filled[probe] === 0);
    // Mixing in the attempt count keeps borrowed values distinguishable from the source bin's own value.
    out[bin] = fmix32(out[probe] + attempt * 0x27d4eb2f);
  }
  return true;
}

/** Estimated Jaccard similarity of two signatures: the share of bins that agree. */
export function estimateJaccard(
  a: ArrayLike<number>,
  aOffset: number,
  b: ArrayLike<number>,
  bOffset: number,
  bins: number,
): number {
  let same = 0;
  for (let i = 0; i < bins; i++) if (a[aOffset + i] === b[bOffset + i]) same++;
  return same / bins;
}
