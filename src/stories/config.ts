/** Every setting of story clustering, named, with what it trades off. One configuration for all data. */
export interface StoryConfig {
  /** Similarity (0-1) at or above which an article joins its best story; below it the article starts a new one.
   * Higher keeps similar but different events apart (B-cubed precision) and splits stories (recall). */
  threshold: number;
  /** How a story is scored, from 0 (cosine with the sum of its articles' vectors) to 1 (mean cosine with its
   * articles, group average). The sum favours big stories, which then swallow sibling events; the mean favours
   * tight ones and splits stories whose coverage varies. Halfway between is best on both kinds. */
  averageLink: number;
  /** Weights of the feature groups' cosines in the similarity: content words, named entities, numbers and dates. */
  termWeight: number;
  entityWeight: number;
  numberWeight: number;
  timeWeight: number;
  /** Factor on the similarity when article and story both mention years or dates and share none: coverage of
   * one event names the same dates; a sibling event a year apart does not. */
  timeMismatch: number;
  /** Extra term frequency for words of the title (a title names the event in few words). */
  titleBoost: number;
  /** Words at the start of the text that count `leadBoost` times: a news lead says what happened, the rest is
   * background that siblings share. */
  leadWords: number;
  leadBoost: number;
  /** Factor on the similarity when article and story are dated within `graceDays` of each other: a story active
   * right now is the likeliest home. Undated articles get factor 1, so dates only ever add evidence. */
  sameTimeBoost: number;
  /** Days apart from a story's latest article before time starts to lower the similarity. */
  graceDays: number;
  /** Days over which the similarity then falls by a factor e: smaller keeps recurring events apart, larger keeps
   * slow stories together. */
  decayDays: number;
  /** Days from a story's first article after which the similarity falls by a factor e every `decayDays`. A
   * story is one event, and coverage of one event comes within days (the labelled events here span at most a
   * week); a story still gaining articles weeks on has become a catch-all. Single-pass clustering makes those:
   * a big story's centroid grows generic and keeps scoring just over the threshold with articles of other events,
   * so it grows without end (800 articles of 300 events over two months in a 1M-article stream), never leaves
   * the window, and costs more to reconcile each time. Longer keeps long-running coverage in one story; coverage
   * past this age starts new stories. */
  storyAgeDays: number;
  /** A story with no new article for this many days leaves the active index (memory stays bounded). */
  windowDays: number;
  /** ... or after this many articles have arrived since its last one (undated streams). */
  windowArticles: number;
  /** Features kept per article, the highest weighted: the rest are noise that costs time in every comparison. */
  articleFeatures: number;
  /** Features of each article used to look up candidate stories (the highest weighted). */
  lookupFeatures: number;
  /** A lookup feature held by more active stories than this is too common to find candidates with (it would
   * cost a scan of the active set); it still counts in the similarity. */
  maxPosting: number;
  /** A story is scored in full only if it shares at least this share of the best candidate's lookup hits. */
  candidateHits: number;
  /** Candidate stories scored in full, the ones sharing most lookup features. */
  maxCandidates: number;
  /** Features kept in a story's centroid (pruned when it holds twice as many): more is more precise and costs
   * memory and time. */
  centroidFeatures: number;
  /** Background documents assumed before the first article, none holding any feature: without them the first
   * articles of a stream make every shared word look common. Larger trusts the stream's own counts later. */
  priorDocs: number;
  /** Log2 of each group's hashed feature space (document frequencies live in a fixed array, 4 << bits). */
  featureBits: number;
  seed: number;
}

export const DEFAULT_STORY_CONFIG: StoryConfig = {
  threshold: 0.19,
  averageLink: 0.5,
  termWeight: 1,
  entityWeight: 1,
  numberWeight: 0.5,
  timeWeight: 0.5,
  timeMismatch: 0.8,
  titleBoost: 2,
  leadWords: 50,
  leadBoost: 2,
  sameTimeBoost: 1.25,
  graceDays: 1,
  decayDays: 3,
  storyAgeDays: 14,
  windowDays: 14,
  windowArticles: 100_000,
  articleFeatures: 400,
  lookupFeatures: 24,
  maxPosting: 500,
  candidateHits: 0.3,
  maxCandidates: 16,
  centroidFeatures: 250,
  priorDocs: 100,
  featureBits: 20,
  seed: 0x5707,
};
