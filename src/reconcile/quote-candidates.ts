/** What the candidate search needs of a quoted sentence: its content stems and the article it is in. */
export interface CandidateItem {
  stems: ReadonlySet<string>;
  article: string;
}

export interface CandidateLimits {
  /**
   * Entries of the stem index one item reads in finding its candidates, its rarest stems first, when reading them all
   * would take more. A stem that hundreds of quotes share says little about which of them is the same quote, and
   * reading all of them made a story of many near-identical quotes cost time quadratic in their number.
   */
  reads: number;
  /** Candidates an item keeps in each other article, those sharing most stems first. */
  perArticle: number;
}

export const CANDIDATE_LIMITS: CandidateLimits = { reads: 512, perArticle: 8 };

/**
 * Pairs `[i, j]` (i < j) of items from different articles worth comparing word by word, in a stable order: found
 * through an index of content stems, sharing `shared` of them (or all of the smaller's, when it has fewer). Items
 * with no content stems meet every other.
 * Each item keeps its best `limits.perArticle` candidates in each other article, so the pairs grow with the number
 * of items times the number of articles, not with its square; a pair either side keeps is compared.
 */
export function candidatePairs(
  items: readonly CandidateItem[],
  shared: number,
  limits: CandidateLimits = CANDIDATE_LIMITS,
): Array<[number, number]> {
  const postings = stemPostings(items.map((item) => item.stems));
  const bare: number[] = [];
  items.forEach((item, index) => {
    if (item.stems.size === 0) bare.push(index);
  });
  const count = items.length;
  const pairs: Array<[number, number]> = [];
  const emitted = new Set<number>();
  const counts = new Map<number, number>();
  const stemsOf = (j: number) => items[j].stems;
  for (let i = 0; i < count; i++) {
    const item = items[i];
    counts.clear();
    const other = (j: number) => j !== i && items[j].article !== item.article;
    if (item.stems.size === 0) {
      for (let j = 0; j < count; j++) if (other(j)) counts.set(j, 0);
    } else {
      sharingStems(item.stems, postings, stemsOf, limits.reads, other, counts);
      for (const j of bare) if (other(j)) counts.set(j, 0);
    }
    for (const j of bestPerArticle(items, i, counts, shared, limits.perArticle)) {
      const key = i < j ? i * count + j : j * count + i;
      if (emitted.has(key)) continue;
      emitted.add(key);
      pairs.push(i < j ? [i, j] : [j, i]);
    }
  }
  return pairs;
}

/** For each stem, the indexes of the stem sets that hold it, in order. */
export function stemPostings(stemSets: Iterable<ReadonlySet<string>>): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  let index = 0;
  for (const stems of stemSets) {
    for (const stem of stems) {
      const list = postings.get(stem);
      if (list) list.push(index);
      else postings.set(stem, [index]);
    }
    index++;
  }
  return postings;
}

/**
 * Fills `out` with the indexes in `postings` that share stems with `stems` and that `accept` takes, each with the
 * number of stems shared, in the order the postings give them. When the postings of `stems` hold more than `reads`
 * entries, only the first `reads` of them are read, rarest stems first, and the shared stems are counted one by one.
 */
export function sharingStems(
  stems: ReadonlySet<string>,
  postings: Map<string, number[]>,
  stemsOf: (index: number) => ReadonlySet<string>,
  reads: number,
  accept: (index: number) => boolean,
  out: Map<number, number>,
): void {
  let total = 0;
  for (const stem of stems) total += postings.get(stem)?.length ?? 0;
  if (total <= reads) {
    for (const stem of stems) {
      for (const j of postings.get(stem) ?? []) if (accept(j)) out.set(j, (out.get(j) ?? 0) + 1);
    }
    return;
  }
  const length = (stem: string) => postings.get(stem)?.length ?? 0;
  const rarestFirst = [...stems].sort((a, b) => length(a) - length(b));
  let read = 0;
  collect: for (const stem of rarestFirst) {
    for (const j of postings.get(stem) ?? []) {
      if (read++ >= reads) break collect;
      if (accept(j)) out.set(j, 0);
    }
  }
  for (const j of out.keys()) {
    const other = stemsOf(j);
    let n = 0;
    for (const stem of stems) if (other.has(stem)) n++;
    out.set(j, n);
  }
}

/**
 * The candidates of item `i` in `counts` that share enough stems, at most `perArticle` per article (most shared
 * first, then first found), in the order they were found.
 */
function bestPerArticle(
  items: readonly CandidateItem[],
  i: number,
  counts: Map<number, number>,
  shared: number,
  perArticle: number,
): number[] {
  const size = items[i].stems.size;
  const passing: number[] = [];
  const byArticle = new Map<string, number[]>();
  let capped = false;
  for (const [j, n] of counts) {
    if (size > 0 && n < Math.min(shared, size, items[j].stems.size)) continue;
    passing.push(j);
    const list = byArticle.get(items[j].article);
    if (!list) byArticle.set(items[j].article, [j]);
    else if (list.push(j) > perArticle) capped = true;
  }
  if (!capped) return passing;
  const kept = new Set<number>();
  for (const list of byArticle.values()) {
    // A stable sort: among candidates sharing as many stems, the first found stays first.
    if (list.length > perArticle) list.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
    for (const j of list.slice(0, perArticle)) kept.add(j);
  }
  return passing.filter((j) => kept.has(j));
}
