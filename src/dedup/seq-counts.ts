/**
 * Counts per non-negative integer (an article's sequence number), reused between articles: open addressing in
 * typed arrays, keys listed in first-seen order, cleared in time proportional to what was added. Replaces a Map
 * or Set per article on the hot path.
 */
export class SeqCounts {
  private table = new Int32Array(1024).fill(-1);
  private counts = new Int32Array(1024);
  /** Keys in first-seen order. */
  keys = new Int32Array(256);
  length = 0;

  clear(): void {
    const mask = this.table.length - 1;
    for (let i = 0; i < this.length; i++) {
      let slot = Math.imul(this.keys[i], 0x9e3779b1) & mask;
      while (this.table[slot] !== -1) {
        this.table[slot] = -1;
        slot = (slot + 1) & mask;
      }
    }
    this.length = 0;
  }

  /** Adds one to `key`'s count and returns the new count (1 the first time). */
  increment(key: number): number {
    if ((this.length + 1) * 2 > this.table.length) this.grow();
    const mask = this.table.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) & mask;
    for (;;) {
      const at = this.table[slot];
      if (at === -1) break;
      if (this.keys[at] === key) return ++this.counts[at];
      slot = (slot + 1) & mask;
    }
    if (this.length === this.keys.length) {
      const keys = new Int32Array(this.keys.length * 2);
      keys.set(this.keys);
      this.keys = keys;
    }
    const at = this.length++;
    this.table[slot] = at;
    this.keys[at] = key;
    if (at >= this.counts.length) {
      const counts = new Int32Array(this.keys.length);
      counts.set(this.counts);
      this.counts = counts;
    }
    this.counts[at] = 1;
    return 1;
  }

  /** The count of the i-th key in first-seen order. */
  countAt(i: number): number {
    return this.counts[i];
  }

  private grow(): void {
    this.table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = this.table.length - 1;
    for (let i = 0; i < this.length; i++) {
      let slot = Math.imul(this.keys[i], 0x9e3779b1) & mask;
      while (this.table[slot] !== -1) slot = (slot + 1) & mask;
      this.table[slot] = i;
    }
  }
}
