/**
 * A 32-bit key -> small-integer multimap in one typed array (open addressing, linear probing, duplicate keys
 * allowed). Values for one key keep insertion order, so the earliest entries come first, and at most `cap` values
 * are kept per key: a text shared by thousands of pages keeps only its earliest holders. Entries are never
 * removed one by one: a whole table is dropped when its generation leaves the window.
 *
 * Key and value sit side by side (`slots[2s]`, `slots[2s + 1]`) so one probe touches one cache line: the tables
 * are far larger than the cache and lookups are memory-bound. A stored value is the value + 1, so 0 marks an empty
 * slot and a new table needs no fill.
 */

export interface MultiMap {
  /** Interleaved key, value + 1 pairs; value 0 = empty slot. */
  slots: Int32Array;
  /** Entries held. */
  size: number;
  cap: number;
  /** Where growing takes its new array from and leaves the old one (reused memory), when given. */
  pool?: SlotPool;
}

export interface SlotPool {
  /** An all-zero array of exactly `length`. */
  zeroI32(length: number): Int32Array;
  give(array: Int32Array): void;
}

/** Slots in the table (each a key and a value). */
export function multiMapSlots(map: MultiMap): number {
  return map.slots.length >>> 1;
}

/**
 * Most entries per slot before a table doubles. Fuller tables are smaller (less memory to fault in and to miss in
 * the cache) and probe longer, but the extra probes mostly stay in the cache line already read.
 */
const MAX_LOAD = 0.7;

/** Slots a table needs to hold `capacity` entries within MAX_LOAD (a power of two). */
export function multiMapSlotsFor(capacity: number): number {
  let size = 16;
  while (size * MAX_LOAD < capacity) size *= 2;
  return size;
}

/** A table with room for `capacity` entries; `slots`, when given, is an all-zero array of 2 * that many slots to
 * use (reused memory). */
export function createMultiMap(capacity = 1024, cap = 16, pool?: SlotPool): MultiMap {
  const size = multiMapSlotsFor(capacity);
  return { slots: pool ? pool.zeroI32(size * 2) : new Int32Array(size * 2), size: 0, cap, pool };
}

/** Fibonacci hashing: the top bits of key * golden ratio, so keys that agree in some bits still spread. */
function home(key: number, slotCount: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (Math.clz32(slotCount) + 1);
}

function grow(map: MultiMap): void {
  const old = map.slots;
  const oldCount = old.length >>> 1;
  const slots = map.pool ? map.pool.zeroI32(old.length * 2) : new Int32Array(old.length * 2);
  const mask = oldCount * 2 - 1;
  const shift = Math.clz32(oldCount * 2) + 1;
  // Reinserting in slot order would reorder a key's values; their probe order is preserved by reinserting the
  // values of each key in the order found along the old probe chain, which is insertion order.
  let start = 0;
  while (start < oldCount && old[2 * start + 1] !== 0) start++;
  if (start === oldCount) start = 0;
  const oldMask = oldCount - 1;
  for (let n = 0; n < oldCount; n++) {
    const from = (start + n) & oldMask;
    const stored = old[2 * from + 1];
    if (stored === 0) continue;
    const key = old[2 * from];
    let slot = Math.imul(key, 0x9e3779b1) >>> shift;
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = key;
    slots[2 * slot + 1] = stored;
  }
  map.slots = slots;
  map.pool?.give(old);
}

/** Adds `value` (>= 0) under `key` unless the key already holds `cap` values. Returns whether it was added. */
export function multiMapAdd(map: MultiMap, key: number, value: number): boolean {
  if (map.size + 1 > (map.slots.length >>> 1) * MAX_LOAD) grow(map);
  const slots = map.slots;
  const count = slots.length >>> 1;
  const mask = count - 1;
  const k = key | 0;
  let slot = home(k, count);
  let held = 0;
  while (slots[2 * slot + 1] !== 0) {
    if (slots[2 * slot] === k && ++held >= map.cap) return false;
    slot = (slot + 1) & mask;
  }
  slots[2 * slot] = k;
  slots[2 * slot + 1] = value + 1;
  map.size++;
  return true;
}

/**
 * Adds `value` under each of `keys[0..count)`, in order, as `multiMapAdd` would. The home slots are read first in
 * one pass of independent loads, so their cache misses overlap.
 */
export function multiMapAddMany(map: MultiMap, keys: ArrayLike<number>, count: number, value: number): void {
  const slots = map.slots;
  const shift = Math.clz32(slots.length >>> 1) + 1;
  let touched = 0;
  for (let i = 0; i < count; i++) touched |= slots[2 * (Math.imul(keys[i], 0x9e3779b1) >>> shift) + 1];
  // Keeps the loads above from being optimised away.
  if (touched === -1) map.size += 0;
  for (let i = 0; i < count; i++) multiMapAdd(map, keys[i], value);
}

/**
 * The first slot at or after `from` along `key`'s probe chain that holds a value under `key`, or -1 at the end of
 * the chain. Start with `multiMapFirst`, go on with `multiMapFind(map, key, slot + 1)`; `multiMapValue` reads it.
 * No callback, so a lookup allocates nothing.
 */
export function multiMapFind(map: MultiMap, key: number, from: number): number {
  const slots = map.slots;
  const mask = (slots.length >>> 1) - 1;
  const k = key | 0;
  let slot = from & mask;
  while (slots[2 * slot + 1] !== 0) {
    if (slots[2 * slot] === k) return slot;
    slot = (slot + 1) & mask;
  }
  return -1;
}

export function multiMapFirst(map: MultiMap, key: number): number {
  return multiMapFind(map, key, home(key | 0, map.slots.length >>> 1));
}

export function multiMapValue(map: MultiMap, slot: number): number {
  return map.slots[2 * slot + 1] - 1;
}

/** Values found by `multiMapGetMany`: each with the index of the key it was found under. */
export class MultiMapHits {
  values = new Int32Array(1024);
  keyIndex = new Int32Array(1024);
  length = 0;
  /** Scratch: home slot per key (-1 when it is empty, so the key is absent). */
  homes = new Int32Array(256);

  push(value: number, key: number): void {
    if (this.length === this.values.length) {
      const values = new Int32Array(this.length * 2);
      const keyIndex = new Int32Array(this.length * 2);
      values.set(this.values);
      keyIndex.set(this.keyIndex);
      this.values = values;
      this.keyIndex = keyIndex;
    }
    this.values[this.length] = value;
    this.keyIndex[this.length++] = key;
  }
}

/**
 * Appends to `out` every value under each of `keys[0..count)`, key by key, each key's earliest first. The home
 * slots of all keys are read in a first pass of independent loads, which the CPU overlaps instead of waiting for
 * one cache miss after another; a key whose home slot is empty is absent, which spares most of the second pass.
 */
export function multiMapGetMany(map: MultiMap, keys: ArrayLike<number>, count: number, out: MultiMapHits): void {
  if (out.homes.length < count) out.homes = new Int32Array(count * 2);
  const homes = out.homes;
  const slots = map.slots;
  const slotCount = slots.length >>> 1;
  const shift = Math.clz32(slotCount) + 1;
  for (let i = 0; i < count; i++) {
    const slot = Math.imul(keys[i], 0x9e3779b1) >>> shift;
    homes[i] = slots[2 * slot + 1] === 0 ? -1 : slot;
  }
  const mask = slotCount - 1;
  for (let i = 0; i < count; i++) {
    let slot = homes[i];
    if (slot < 0) continue;
    const k = keys[i] | 0;
    while (slots[2 * slot + 1] !== 0) {
      if (slots[2 * slot] === k) out.push(slots[2 * slot + 1] - 1, i);
      slot = (slot + 1) & mask;
    }
  }
}

/** Calls `visit` with every value under `key`, earliest first. */
export function multiMapGet(map: MultiMap, key: number, visit: (value: number) => void): void {
  for (let slot = multiMapFirst(map, key); slot >= 0; slot = multiMapFind(map, key, slot + 1)) {
    visit(multiMapValue(map, slot));
  }
}

/** A table restored from its saved `slots` array (see `MultiMap`); checks the array could be one. */
export function multiMapFromSlots(slots: Int32Array, size: number, cap: number): MultiMap {
  const count = slots.length >>> 1;
  if (slots.length % 2 !== 0 || count === 0 || (count & (count - 1)) !== 0) {
    throw new Error('saved multimap: slots must be key, value pairs, a power of two of them');
  }
  if (!Number.isInteger(size) || size < 0 || size > count || !Number.isInteger(cap)) {
    throw new Error('saved multimap: bad size or capacity');
  }
  return { slots, size, cap };
}
