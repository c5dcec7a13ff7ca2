/**
 * Sparse vectors as parallel typed arrays sorted by feature id: dot products and sums are linear merges, with no
 * hashing and 12 bytes per feature. A feature's group is `id >>> bits`.
 */

export interface SparseVector {
  /** Ascending feature ids. */
  ids: Uint32Array;
  weights: Float64Array;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Uint32Array(0), weights: new Float64Array(0) };

/** Adds the dot product of `a` and `b` per group into `out`. */
export function groupDots(a: SparseVector, b: SparseVector, bits: number, out: Float64Array): void {
  out.fill(0);
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i];
    const y = bi[j];
    if (x === y) {
      out[x >>> bits] += a.weights[i] * b.weights[j];
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
}

/** The sum of two vectors. */
export function addVectors(a: SparseVector, b: SparseVector): SparseVector {
  const ids = new Uint32Array(a.ids.length + b.ids.length);
  const weights = new Float64Array(ids.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i] : 0xffffffff;
    const y = j < b.ids.length ? b.ids[j] : 0xffffffff;
    if (x === y) {
      ids[n] = x;
      weights[n++] = a.weights[i++] + b.weights[j++];
    } else if (x < y) {
      ids[n] = x;
      weights[n++] = a.weights[i++];
    } else {
      ids[n] = y;
      weights[n++] = b.weights[j++];
    }
  }
  return { ids: ids.subarray(0, n), weights: weights.subarray(0, n) };
}

/**
 * The weight at or above which `k` entries of `weights` lie (the k-th largest), or -Infinity when there are no more
 * than k. Uses the native numeric sort of a copy.
 */
export function kthLargest(weights: Float64Array, k: number, length = weights.length): number {
  if (length <= k) return Number.NEGATIVE_INFINITY;
  if (select.length < length) select = new Float64Array(length * 2);
  const a = select;
  for (let i = 0; i < length; i++) a[i] = weights[i];
  // Quickselect (Hoare) for the element that would sit at index n - k in ascending order.
  const target = length - k;
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return a[target];
}

let select = new Float64Array(1024);

/** Keeps the entries with weight at or above `cut`, in id order. */
export function keepAtLeast(vector: SparseVector, cut: number, limit: number): SparseVector {
  const ids = new Uint32Array(Math.min(limit, vector.ids.length));
  const weights = new Float64Array(ids.length);
  let n = 0;
  // Strictly stronger entries first, then ties at the cut in id order, so exactly `limit` stay.
  for (let i = 0; i < vector.ids.length && n < limit; i++) {
    if (vector.weights[i] > cut) {
      ids[n] = vector.ids[i];
      weights[n++] = vector.weights[i];
    }
  }
  if (n < limit) {
    const tied: number[] = [];
    for (let i = 0; i < vector.ids.length && n + tied.length < limit; i++) if (vector.weights[i] === cut) tied.push(i);
    // Merge the ties back in id order.
    const merged = addVectors(
      { ids: ids.subarray(0, n), weights: weights.subarray(0, n) },
      { ids: Uint32Array.from(tied, (i) => vector.ids[i]), weights: Float64Array.from(tied, (i) => vector.weights[i]) },
    );
    return merged;
  }
  return { ids: ids.subarray(0, n), weights: weights.subarray(0, n) };
}

/**
 * Keeps, in place, the first `length` entries of `ids`/`weights` with weight above `cut`, then ties at the cut in
 * id order until `limit` are kept (what `keepAtLeast` keeps, without allocating). Returns the new length.
 */
export function keepAtLeastInPlace(
  ids: Uint32Array,
  weights: Float64Array,
  length: number,
  cut: number,
  limit: number,
): number {
  let above = 0;
  for (let i = 0; i < length; i++) if (weights[i] > cut) above++;
  let ties = Math.max(0, limit - above);
  let n = 0;
  for (let i = 0; i < length && n < limit; i++) {
    const w = weights[i];
    if (w > cut || (w === cut && ties-- > 0)) {
      ids[n] = ids[i];
      weights[n++] = w;
    }
  }
  return n;
}

/**
 * Adds `b` (its first `bLength` entries) into `a` in place, as `addVectors(a, b)` would: `a`'s entries are the first
 * `aLength` of `aIds`/`aWeights`, whose length must be at least `aLength + bLength`. Merges from the top down, so
 * nothing is overwritten before it is read. Returns the new length.
 */
export function addInPlace(
  aIds: Uint32Array,
  aWeights: Float64Array,
  aLength: number,
  bIds: Uint32Array,
  bWeights: Float64Array,
  bLength: number,
): number {
  const end = aLength + bLength;
  let i = aLength - 1;
  let j = bLength - 1;
  let w = end - 1;
  while (j >= 0) {
    if (i >= 0 && aIds[i] >= bIds[j]) {
      if (aIds[i] === bIds[j]) {
        aIds[w] = aIds[i];
        aWeights[w--] = aWeights[i--] + bWeights[j--];
      } else {
        aIds[w] = aIds[i];
        aWeights[w--] = aWeights[i--];
      }
    } else {
      aIds[w] = bIds[j];
      aWeights[w--] = bWeights[j--];
    }
  }
  // a's first i + 1 entries are still in place; shared features left a gap between them and the merged part.
  if (w > i) {
    aIds.copyWithin(i + 1, w + 1, end);
    aWeights.copyWithin(i + 1, w + 1, end);
  }
  return i + 1 + (end - w - 1);
}
