/** Every threshold of copy detection, named, with what it trades off. */
export interface CopyConfig {
  /** Words per shingle. Longer shingles make rewrites share fewer shingles (fewer false copies) but let small edits
   * break more shingles (more missed copies). 5 is the usual choice for news. */
  shingleWords: number;
  /** MinHash bins (power of two). More bins estimate Jaccard more precisely and cost memory per article. */
  bins: number;
  /** Estimated Jaccard of shingle sets at or above which two texts are near-duplicates. A copy with a new header
   * and footer or a paragraph cut stays above 0.6; rewrites in other words share almost no 5-shingles (< 0.1). */
  jaccardThreshold: number;
  /** Share of the smaller text's sampled shingles found in the larger at or above which the smaller is contained
   * in the larger (a wire story inside a longer page). Lower finds shorter excerpts and risks linking two pages
   * that only share a quoted paragraph. */
  containmentThreshold: number;
  /** One shingle in 2^sampleBits is kept as a fingerprint for containment. More bits: less memory, coarser
   * estimates, and short texts fall under `minFingerprints`. */
  sampleBits: number;
  /** Texts with fewer fingerprints are not checked for containment (too few to estimate). */
  minFingerprints: number;
  /** Word-set Jaccard (content words, estimated from 128 MinHash bins) at or above which two articles crediting
   * the same original are taken as derived from it: rewrites of one wire story share 0.15-0.5 of their content
   * words, two different stories from one agency under 0.05. Lower links more rewrites and risks linking stories
   * that only share a place or a name. */
  derivedThreshold: number;
  /** Days an article stays findable as an original. Syndication happens within days; a longer window costs memory. */
  windowDays: number;
  /** Articles an entry stays findable when dates are missing or the stream is dense: bounds memory on any stream. */
  windowArticles: number;
  /** At most this many articles are kept per LSH bucket, fingerprint or credit (the earliest). */
  bucketCap: number;
  seed: number;
}

export const DEFAULT_COPY_CONFIG: CopyConfig = {
  shingleWords: 5,
  bins: 128,
  jaccardThreshold: 0.5,
  containmentThreshold: 0.7,
  sampleBits: 3,
  minFingerprints: 6,
  derivedThreshold: 0.12,
  windowDays: 14,
  windowArticles: 200_000,
  bucketCap: 16,
  seed: 0x5eed,
};
