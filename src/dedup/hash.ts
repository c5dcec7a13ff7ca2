/** Seeded 32-bit hashing: murmur3's finaliser over FNV-1a steps. Deterministic, no allocation. */

/** Murmur3's 32-bit finaliser: spreads every input bit over the output. */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Mixes one 32-bit value into a running hash (order matters). */
export function combine(hash: number, value: number): number {
  return fmix32(Math.imul(hash ^ value, 0x01000193) + 0x9e3779b9);
}

/** Hash of a string under a seed. */
export function hashString(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return fmix32(h);
}
