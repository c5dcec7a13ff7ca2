/**
 * A 32-bit key -> small-integer multimap in typed arrays (open addressing, linear probing, duplicate keys
 * allowed). Values for one key keep insertion order, so the earliest entries come first, and at most `cap` values
 * are kept per key: a text shared by thousands of pages keeps only its earliest holders. Entries are never
 * removed one by one: a whole table is dropped when its generation leaves the window.
 */

export interface MultiMap {
  keys: Uint32Array;
  values: Int32Array;
  size: number;
  cap: number;
}

export function createMultiMap(capacity = 1024, cap = 16): MultiMap {
  let size = 16;
  while (size < capacity * 2) size *= 2;
  return { keys: new Uint32Array(size), values: new Int32Array(size).fill(-1), size: 0, cap };
}

function grow(map: MultiMap): void {
  const oldKeys = map.keys;
  const oldValues = map.values;
  map.keys = new Uint32Array(oldKeys.length * 2);
  map.values = new Int32Array(oldValues.length * 2).fill(-1);
  map.size = 0;
  // Reinserting in slot order would reorder a key's values; their probe order is preserved by reinserting the
  // values of each key in the order found along the old probe chain, which is insertion order.
  const mask = oldKeys.length - 1;
  const start = firstEmpty(oldValues);
  for (let n = 0; n < oldKeys.length; n++) {
    const slot = (start + n) & mask;
    if (oldValues[slot] >= 0) insertRaw(map, oldKeys[slot], oldValues[slot]);
  }
}

/** Fibonacci hashing: the top bits of key * golden ratio, so keys that agree in some bits still spread. */
function home(key: number, size: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (Math.clz32(size) + 1);
}

function firstEmpty(values: Int32Array): number {
  for (let i = 0; i < values.length; i++) if (values[i] < 0) return i;
  return 0;
}

function insertRaw(map: MultiMap, key: number, value: number): void {
  const mask = map.keys.length - 1;
  let slot = home(key, map.keys.length);
  while (map.values[slot] >= 0) slot = (slot + 1) & mask;
  map.keys[slot] = key;
  map.values[slot] = value;
  map.size++;
}

/** Adds `value` under `key` unless the key already holds `cap` values. Returns whether it was added. */
export function multiMapAdd(map: MultiMap, key: number, value: number): boolean {
  if ((map.size + 1) * 2 > map.keys.length) grow(map);
  const mask = map.keys.length - 1;
  let slot = home(key, map.keys.length);
  let held = 0;
  while (map.values[slot] >= 0) {
    if (map.keys[slot] === key && ++held >= map.cap) return false;
    slot = (slot + 1) & mask;
  }
  map.keys[slot] = key >>> 0;
  map.values[slot] = value;
  map.size++;
  return true;
}

/** Calls `visit` with every value under `key`, earliest first. */
export function multiMapGet(map: MultiMap, key: number, visit: (value: number) => void): void {
  const mask = map.keys.length - 1;
  const k = key >>> 0;
  let slot = home(k, map.keys.length);
  while (map.values[slot] >= 0) {
    if (map.keys[slot] === k) visit(map.values[slot]);
    slot = (slot + 1) & mask;
  }
}
