/**
 * The vector of the article being assigned, built in buffers reused between articles: (1 + ln tf) * idf weights
 * sorted by feature id, pruned to the strongest, each feature group L2-normalised, with the strongest features
 * picked out for candidate lookup. A position table over its ids lets a story's centroid be scored by walking
 * the centroid alone (one lookup per centroid feature) instead of merging both vectors.
 */
import type { ArticleFeatures } from './features.js';
import { GROUPS } from './features.js';
import { keepAtLeastInPlace, kthLargest, type SparseVector } from './sparse.js';

/** Ids below 2^26 and positions below 2^26 pack exactly into one double, so a native sort orders by id. */
const PACK = 67108864;

export interface VectorSettings {
  /** Documents seen, the new one included, plus the prior. */
  docs: number;
  /** Features kept, the highest weighted. */
  keep: number;
  /** Features picked for candidate lookup. */
  lookup: number;
  bits: number;
}

export class ArticleVector {
  ids = new Uint32Array(1024);
  weights = new Float64Array(1024);
  length = 0;
  /** Squared norm per group before normalising; a group is present when it is above 0. */
  readonly norm2 = new Float64Array(GROUPS);
  /** The strongest features: strictly stronger than the cut in id order, then ties at the cut. */
  lookup = new Uint32Array(64);
  lookupLength = 0;
  private packed = new Float64Array(1024);
  /** Open addressing: id -> position + 1 (0 = empty), cleared through `ids`. */
  private table = new Int32Array(4096);

  present(group: number): boolean {
    return this.norm2[group] > 0;
  }

  /** Builds the vector of `features`, counting them into the document frequencies `df` first. */
  build(features: ArticleFeatures, df: Uint32Array, settings: VectorSettings): void {
    this.clearTable();
    const total = features.size;
    if (this.packed.length < total) {
      this.packed = new Float64Array(total * 2);
      this.ids = new Uint32Array(total * 2);
      this.weights = new Float64Array(total * 2);
    }
    const packed = this.packed;
    for (let i = 0; i < total; i++) {
      const id = features.ids[i];
      df[id]++;
      packed[i] = id * PACK + i;
    }
    const order = packed.subarray(0, total).sort();
    const { ids, weights } = this;
    const tfs = features.tfs;
    const n = settings.docs;
    let kept = 0;
    for (let i = 0; i < total; i++) {
      const id = Math.floor(order[i] / PACK);
      const idf = Math.log(n / (df[id] + 0.5));
      if (idf <= 0) continue;
      ids[kept] = id;
      weights[kept++] = (1 + Math.log(tfs[order[i] - id * PACK])) * idf;
    }
    if (kept > settings.keep) {
      kept = keepAtLeastInPlace(ids, weights, kept, kthLargest(weights, settings.keep, kept), settings.keep);
    }
    this.length = kept;
    const bits = settings.bits;
    const norm2 = this.norm2;
    norm2.fill(0);
    for (let i = 0; i < kept; i++) norm2[ids[i] >>> bits] += weights[i] ** 2;
    for (let i = 0; i < kept; i++) weights[i] /= Math.sqrt(norm2[ids[i] >>> bits]);

    const cut = kthLargest(weights, settings.lookup, kept);
    if (this.lookup.length < settings.lookup) this.lookup = new Uint32Array(settings.lookup);
    let picked = 0;
    for (let i = 0; i < kept; i++) if (weights[i] > cut) this.lookup[picked++] = ids[i];
    for (let i = 0; i < kept && picked < settings.lookup; i++) if (weights[i] === cut) this.lookup[picked++] = ids[i];
    this.lookupLength = picked;
    this.fillTable();
  }

  /** The vector as a SparseVector view (valid until the next build). */
  view(): SparseVector {
    return { ids: this.ids.subarray(0, this.length), weights: this.weights.subarray(0, this.length) };
  }

  /**
   * Per-group dot products with `centroid` into `out`, summed in id order as a merge of the two would: matches
   * are found walking the centroid, each looked up in the position table.
   */
  groupDots(centroid: SparseVector, bits: number, out: Float64Array): void {
    out.fill(0);
    const table = this.table;
    const mask = table.length - 1;
    const shift = Math.clz32(table.length) + 1;
    const cIds = centroid.ids;
    const cWeights = centroid.weights;
    const ids = this.ids;
    const weights = this.weights;
    for (let j = 0; j < cIds.length; j++) {
      const id = cIds[j];
      let slot = Math.imul(id, 0x9e3779b1) >>> shift;
      for (;;) {
        const at = table[slot & mask];
        if (at === 0) break;
        if (ids[at - 1] === id) {
          out[id >>> bits] += weights[at - 1] * cWeights[j];
          break;
        }
        slot++;
      }
    }
  }

  private fillTable(): void {
    if (this.table.length < this.length * 4) this.table = new Int32Array(this.length * 8);
    const table = this.table;
    const mask = table.length - 1;
    const shift = Math.clz32(table.length) + 1;
    for (let i = 0; i < this.length; i++) {
      let slot = Math.imul(this.ids[i], 0x9e3779b1) >>> shift;
      while (table[slot & mask] !== 0) slot++;
      table[slot & mask] = i + 1;
    }
  }

  private clearTable(): void {
    const table = this.table;
    const mask = table.length - 1;
    const shift = Math.clz32(table.length) + 1;
    for (let i = 0; i < this.length; i++) {
      let slot = Math.imul(this.ids[i], 0x9e3779b1) >>> shift;
      while (table[slot & mask] !== 0) {
        table[slot & mask] = 0;
        slot++;
      }
    }
    this.length = 0;
  }
}
