/**
 * The stories listed under each lookup feature, in typed arrays: a hash table from feature to a segment of one
 * shared pool, each segment a power of two in size, moved to a larger one when it fills and given back to a free
 * list when it empties. A Map of JS arrays held two heap objects per feature, hundreds of thousands on a long run,
 * which every full collection of the main thread had to visit; these are a few arrays whatever the count. A list
 * keeps the order a JS array would (appended at the end; a removal moves the last entry into the gap).
 */

/** Segment sizes are 2^0 ... 2^(CLASSES - 1). */
const CLASSES = 32;
const EMPTY = 0;

/** Where `key`'s probe run starts in a table of `mask + 1` slots. */
const home = (key: number, mask: number): number => Math.imul(key, 0x9e3779b1) & mask;

export class PostingLists {
  /** Feature + 1 per slot (0: empty); open addressing with linear probing. */
  private keys = new Uint32Array(1024);
  private offsets = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  /** Size class (log2 of the capacity) of each slot's segment. */
  private classes = new Uint8Array(1024);
  private used = 0;
  /** The segments; a free segment holds the offset of the next free one of its class (or -1) in its first entry. */
  pool = new Uint32Array(4096);
  private poolEnd = 0;
  private readonly freeHeads = new Int32Array(CLASSES).fill(-1);

  /** Features with a non-empty list. */
  get size(): number {
    return this.used;
  }

  /** The slot of `feature`'s list, or -1 when it has none; read it with `offsetAt` and `lengthAt` over `pool`. */
  find(feature: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    const key = (feature + 1) >>> 0;
    for (let slot = home(key, mask); ; slot = (slot + 1) & mask) {
      const k = keys[slot];
      if (k === key) return slot;
      if (k === EMPTY) return -1;
    }
  }

  offsetAt(slot: number): number {
    return this.offsets[slot];
  }

  lengthAt(slot: number): number {
    return this.lengths[slot];
  }

  /** Appends `story` to `feature`'s list. */
  add(feature: number, story: number): void {
    let slot = this.find(feature);
    if (slot < 0) slot = this.insert(feature);
    const length = this.lengths[slot];
    if (length === 1 << this.classes[slot]) {
      const size = this.classes[slot] + 1;
      const offset = this.allocate(size);
      const old = this.offsets[slot];
      this.pool.copyWithin(offset, old, old + length);
      this.release(old, this.classes[slot]);
      this.offsets[slot] = offset;
      this.classes[slot] = size;
    }
    this.pool[this.offsets[slot] + length] = story;
    this.lengths[slot] = length + 1;
  }

  /** Takes `story` out of `feature`'s list (the last entry fills its place); a list left empty is dropped. */
  remove(feature: number, story: number): void {
    const slot = this.find(feature);
    if (slot < 0) return;
    const pool = this.pool;
    const start = this.offsets[slot];
    const last = start + this.lengths[slot] - 1;
    for (let at = start; at <= last; at++) {
      if (pool[at] !== story) continue;
      pool[at] = pool[last];
      this.lengths[slot]--;
      break;
    }
    if (this.lengths[slot] === 0) {
      this.release(start, this.classes[slot]);
      this.deleteSlot(slot);
    }
  }

  /** A new slot for `feature`, with a segment of one entry. */
  private insert(feature: number): number {
    if ((this.used + 1) * 2 > this.keys.length) this.rehash(this.keys.length * 2);
    const keys = this.keys;
    const mask = keys.length - 1;
    const key = (feature + 1) >>> 0;
    let slot = home(key, mask);
    while (keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    keys[slot] = key;
    this.offsets[slot] = this.allocate(0);
    this.lengths[slot] = 0;
    this.classes[slot] = 0;
    this.used++;
    return slot;
  }

  /** Empties `slot`, moving later entries of its probe run back so that every key stays reachable. */
  private deleteSlot(slot: number): void {
    const { keys, offsets, lengths, classes } = this;
    const mask = keys.length - 1;
    let hole = slot;
    for (let next = (hole + 1) & mask; keys[next] !== EMPTY; next = (next + 1) & mask) {
      const start = home(keys[next], mask);
      // The entry at `next` may fill the hole only if its run does not start in the cyclic range (hole, next].
      const inRange = hole <= next ? start > hole && start <= next : start > hole || start <= next;
      if (inRange) continue;
      keys[hole] = keys[next];
      offsets[hole] = offsets[next];
      lengths[hole] = lengths[next];
      classes[hole] = classes[next];
      hole = next;
    }
    keys[hole] = EMPTY;
    this.used--;
  }

  private rehash(size: number): void {
    const { keys, offsets, lengths, classes } = this;
    this.keys = new Uint32Array(size);
    this.offsets = new Int32Array(size);
    this.lengths = new Int32Array(size);
    this.classes = new Uint8Array(size);
    const mask = size - 1;
    for (let old = 0; old < keys.length; old++) {
      if (keys[old] === EMPTY) continue;
      let slot = home(keys[old], mask);
      while (this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.keys[slot] = keys[old];
      this.offsets[slot] = offsets[old];
      this.lengths[slot] = lengths[old];
      this.classes[slot] = classes[old];
    }
  }

  private allocate(sizeClass: number): number {
    const head = this.freeHeads[sizeClass];
    if (head >= 0) {
      // Offsets stay below 2^31, so the stored -1 (0xffffffff) reads back as -1.
      this.freeHeads[sizeClass] = this.pool[head] | 0;
      return head;
    }
    const size = 1 << sizeClass;
    if (this.poolEnd + size > this.pool.length) {
      const grown = new Uint32Array(Math.max(this.pool.length * 2, this.poolEnd + size));
      grown.set(this.pool.subarray(0, this.poolEnd));
      this.pool = grown;
    }
    const offset = this.poolEnd;
    this.poolEnd += size;
    return offset;
  }

  private release(offset: number, sizeClass: number): void {
    this.pool[offset] = this.freeHeads[sizeClass];
    this.freeHeads[sizeClass] = offset;
  }
}
