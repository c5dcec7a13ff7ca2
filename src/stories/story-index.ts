/**
 * Online story clustering as serialisable state plus free functions. Articles arrive one at a time in
 * publication order; each joins the most similar active story or starts a new one.
 *
 * An article is a sparse vector of hashed features in four groups (content words, entities, numbers, times),
 * weighted by (1 + ln tf) * idf with document frequencies updated as articles arrive (plus a prior of unseen
 * documents), words of the title and the lead counted extra, each group L2-normalised. A story is the sum of its
 * articles' vectors, pruned to its strongest features. Similarity is a weighted mean of per-group cosines between
 * article and story (halfway between the cosine with the sum and the mean cosine with the members), raised for a
 * story active the same day, lowered as the story's latest article lies days away, and lowered when undated texts
 * name different years or dates. Candidate stories come from an inverted index over the active stories' strongest
 * features; a story quiet for the window leaves the index, so memory is bounded on an endless stream. A
 * syndicated copy joins its original's story directly and leaves the story's vector alone.
 */
import { dayOf } from '../dedup/copy-index.js';
import { SeqCounts } from '../dedup/seq-counts.js';
import { type SavedState, StateReader, StateWriter } from '../dedup/serial.js';
import type { Article } from '../records/article.js';
import type { CopyLink } from '../records/story.js';
import { ArticleVector } from './article-vector.js';
import { DEFAULT_STORY_CONFIG, type StoryConfig } from './config.js';
import { FeatureExtractor, GROUPS, TIME } from './features.js';
import { PostingLists } from './postings.js';
import { addInPlace, EMPTY_VECTOR, keepAtLeastInPlace, kthLargest, type SparseVector } from './sparse.js';

interface ActiveStory {
  num: number;
  /** Summed vectors of the story's articles (copies excepted), pruned to the strongest features: a view of the
   * first entries of `buffer`. */
  centroid: SparseVector;
  /** Room for the centroid to grow into, so adding an article mostly allocates nothing. */
  buffer: SparseVector;
  /** Squared norm of the centroid, per feature group. */
  norm2: Float64Array;
  /** Articles whose vector has each feature group. */
  members: Float64Array;
  size: number;
  /** Publication days of its earliest and latest dated articles. */
  firstDay: number | null;
  lastDay: number | null;
  lastSeq: number;
  /** Features under which the story is in the inverted index. */
  indexed: Set<number>;
  /** Its articles still in the window, so a copy of one finds the story. */
  articles: string[];
}

export interface StoryIndex {
  config: StoryConfig;
  extractor: FeatureExtractor;
  /** Document frequency per hashed feature. */
  df: Uint32Array;
  docs: number;
  stories: Map<number, ActiveStory>;
  /** Active stories under each of their lookup features. */
  postings: PostingLists;
  articleStory: Map<string, number>;
  nextStory: number;
  seq: number;
  clock: number | null;
  lastSweep: number;
  /** Called with each decision, for diagnostics (not saved). */
  trace?: (decision: Decision) => void;
  scratch: StoryScratch;
}

/** Buffers reused between articles, so assigning one allocates little. */
interface StoryScratch {
  vector: ArticleVector;
  hits: SeqCounts;
  /** Positions in `hits` of the candidate stories. */
  candidates: number[];
  dots: Float64Array;
  bestDots: Float64Array;
  groupWeights: Float64Array;
  /** Centroid buffers free for reuse. */
  spare: SparseVector[];
}

function createScratch(config: StoryConfig): StoryScratch {
  return {
    vector: new ArticleVector(),
    hits: new SeqCounts(),
    candidates: [],
    dots: new Float64Array(GROUPS),
    bestDots: new Float64Array(GROUPS),
    groupWeights: Float64Array.of(config.termWeight, config.entityWeight, config.numberWeight, config.timeWeight),
    spare: [],
  };
}

export interface Decision {
  article: string;
  story: string;
  created: boolean;
  /** The best candidate's score and per-group cosines (terms, entities, numbers), before the time factor. */
  score: number;
  cosines: number[];
  best: string | null;
  /** Every candidate scored, when tracing. */
  candidates: Array<{ story: string; cosines: number[]; time: number }>;
}

/** Articles between sweeps for stories past the window. */
const SWEEP_EVERY = 512;

export function storyId(num: number): string {
  return `s-${num + 1}`;
}

export function createStoryIndex(config: Partial<StoryConfig> = {}): StoryIndex {
  const full: StoryConfig = { ...DEFAULT_STORY_CONFIG, ...config };
  if (!(full.threshold > 0 && full.threshold <= 1))
    throw new Error(`story threshold must be in (0, 1], got ${full.threshold}`);
  if (!(full.featureBits >= 10 && full.featureBits <= 26))
    throw new Error('story featureBits must be between 10 and 26');
  return {
    config: full,
    extractor: new FeatureExtractor(full.seed, full.featureBits),
    df: new Uint32Array(4 << full.featureBits),
    docs: 0,
    stories: new Map(),
    postings: new PostingLists(),
    articleStory: new Map(),
    nextStory: 0,
    seq: 0,
    clock: null,
    lastSweep: 0,
    scratch: createScratch(full),
  };
}

/** Builds the article's vector in the scratch buffers (valid until the next article). */
function vectorOf(index: StoryIndex, article: Article): ArticleVector {
  const { config, extractor, df } = index;
  const features = extractor.extract(article, config.titleBoost, config.leadWords, config.leadBoost);
  index.docs++;
  const vector = index.scratch.vector;
  vector.build(features, df, {
    docs: index.docs + config.priorDocs,
    keep: config.articleFeatures,
    lookup: config.lookupFeatures,
    bits: config.featureBits,
  });
  return vector;
}

function timeFactor(config: StoryConfig, day: number | null, storyDay: number | null): number {
  if (day === null || storyDay === null) return 1;
  const apart = Math.abs(day - storyDay);
  const boost = config.sameTimeBoost;
  return apart <= config.graceDays ? boost : boost * Math.exp(-(apart - config.graceDays) / config.decayDays);
}

/** 1 while a story is younger than `storyAgeDays` at the article's date, then falling (see the config). */
function ageFactor(config: StoryConfig, day: number | null, firstDay: number | null): number {
  if (day === null || firstDay === null) return 1;
  const age = day - firstDay;
  return age <= config.storyAgeDays ? 1 : Math.exp(-(age - config.storyAgeDays) / config.decayDays);
}

function removeStory(index: StoryIndex, story: ActiveStory): void {
  for (const feature of story.indexed) index.postings.remove(feature, story.num);
  for (const article of story.articles) {
    if (index.articleStory.get(article) === story.num) index.articleStory.delete(article);
  }
  index.stories.delete(story.num);
  giveBuffer(index.scratch.spare, story.buffer);
}

/** Drops stories with no article for the window (by date, or by count when undated). */
function sweep(index: StoryIndex): void {
  const { windowDays, windowArticles } = index.config;
  index.lastSweep = index.seq;
  for (const story of [...index.stories.values()]) {
    const byDate = index.clock !== null && story.lastDay !== null && index.clock - story.lastDay > windowDays;
    const byCount = index.seq - story.lastSeq > windowArticles;
    if (byDate || byCount) removeStory(index, story);
  }
}

/** Extra room given to a centroid buffer when it must grow, as a share of what it needs. */
const CENTROID_SLACK = 1.25;
/** Spare centroid buffers kept for reuse (those of stories that left the window or outgrew them). */
const SPARE_BUFFERS = 512;
/** Spare buffers looked at for one that fits. */
const SPARE_LOOKS = 8;

/** A buffer for at least `needed` entries: a spare one of up to twice that when there is one (reused memory costs
 * no allocation), else a new one with some slack. */
function takeBuffer(spare: SparseVector[], needed: number): SparseVector {
  for (let i = spare.length - 1, looks = 0; i >= 0 && looks < SPARE_LOOKS; i--, looks++) {
    const size = spare[i].ids.length;
    if (size >= needed && size <= needed * 2) {
      const buffer = spare[i];
      spare[i] = spare[spare.length - 1];
      spare.pop();
      return buffer;
    }
  }
  const size = Math.ceil(needed * CENTROID_SLACK);
  return { ids: new Uint32Array(size), weights: new Float64Array(size) };
}

function giveBuffer(spare: SparseVector[], buffer: SparseVector): void {
  if (buffer.ids.length > 0 && spare.length < SPARE_BUFFERS) spare.push(buffer);
}

function addToStory(index: StoryIndex, story: ActiveStory, vector: ArticleVector, dots: Float64Array): void {
  const bits = index.config.featureBits;
  let length = story.centroid.ids.length;
  const needed = length + vector.length;
  if (story.buffer.ids.length < needed) {
    const buffer = takeBuffer(index.scratch.spare, needed);
    buffer.ids.set(story.centroid.ids);
    buffer.weights.set(story.centroid.weights);
    giveBuffer(index.scratch.spare, story.buffer);
    story.buffer = buffer;
  }
  const { ids, weights } = story.buffer;
  length = addInPlace(ids, weights, length, vector.ids, vector.weights, vector.length);
  // |c + a|^2 = |c|^2 + 2 a.c + |a|^2, per group, where each present group of a has unit length.
  for (let g = 0; g < GROUPS; g++) {
    const present = vector.present(g);
    story.norm2[g] += 2 * dots[g] + (present ? 1 : 0);
    if (present) story.members[g]++;
  }
  const limit = index.config.centroidFeatures;
  if (length > limit * 2) {
    length = keepAtLeastInPlace(ids, weights, length, kthLargest(weights, limit, length), limit);
    story.norm2.fill(0);
    for (let i = 0; i < length; i++) story.norm2[ids[i] >>> bits] += weights[i] ** 2;
  }
  story.centroid = { ids: ids.subarray(0, length), weights: weights.subarray(0, length) };
  for (let l = 0; l < vector.lookupLength; l++) {
    const feature = vector.lookup[l];
    if (story.indexed.has(feature)) continue;
    story.indexed.add(feature);
    index.postings.add(feature, story.num);
  }
}

function recordArticle(index: StoryIndex, story: ActiveStory, article: Article, day: number | null, seq: number): void {
  story.size++;
  story.lastSeq = seq;
  if (day !== null && (story.lastDay === null || day > story.lastDay)) story.lastDay = day;
  if (day !== null && (story.firstDay === null || day < story.firstDay)) story.firstDay = day;
  story.articles.push(article.id);
  index.articleStory.set(article.id, story.num);
}

/** Per-group cosines of an article with a story, for tracing. */
function cosinesOf(dots: Float64Array, story: ActiveStory, a: number): number[] {
  const cosines: number[] = [];
  for (let g = 0; g < GROUPS; g++) {
    cosines.push(dots[g] > 0 ? dots[g] / (a * story.members[g] + (1 - a) * Math.sqrt(story.norm2[g])) : 0);
  }
  return cosines;
}

/** Articles in the largest active story: a story far larger than any event's coverage is a catch-all. */
export function largestActiveStory(index: StoryIndex): number {
  let largest = 0;
  for (const story of index.stories.values()) if (story.size > largest) largest = story.size;
  return largest;
}

/** Assigns `article` to a story and returns the story's id. */
export function assignStory(index: StoryIndex, article: Article, copy: CopyLink | null = null): string {
  const { config } = index;
  const seq = index.seq++;
  const day = dayOf(article.published);
  if (day !== null && (index.clock === null || day > index.clock)) index.clock = day;
  if (index.seq - index.lastSweep >= SWEEP_EVERY) sweep(index);

  // A copy says nothing new: it joins its original's story and leaves the story's vector alone.
  if (copy?.copyOf) {
    const num = index.articleStory.get(copy.copyOf);
    const story = num === undefined ? undefined : index.stories.get(num);
    if (story) {
      recordArticle(index, story, article, day, seq);
      return storyId(story.num);
    }
  }

  const vector = vectorOf(index, article);
  const { hits, dots, bestDots, groupWeights } = index.scratch;
  hits.clear();
  const { postings } = index;
  for (let l = 0; l < vector.lookupLength; l++) {
    const slot = postings.find(vector.lookup[l]);
    if (slot < 0 || postings.lengthAt(slot) > config.maxPosting) continue;
    const pool = postings.pool;
    for (let k = postings.offsetAt(slot), end = k + postings.lengthAt(slot); k < end; k++) hits.increment(pool[k]);
  }
  // Only stories sharing a fair part of the best candidate's lookup hits can come close in similarity.
  let mostHits = 0;
  for (let h = 0; h < hits.length; h++) if (hits.countAt(h) > mostHits) mostHits = hits.countAt(h);
  const enough = Math.max(1, Math.ceil(mostHits * config.candidateHits));
  const candidates = index.scratch.candidates;
  candidates.length = 0;
  for (let h = 0; h < hits.length; h++) if (hits.countAt(h) >= enough) candidates.push(h);
  if (candidates.length > config.maxCandidates) {
    candidates.sort((a, b) => hits.countAt(b) - hits.countAt(a) || hits.keys[a] - hits.keys[b]);
    candidates.length = config.maxCandidates;
  }

  let weightSum = 0;
  for (let g = 0; g < GROUPS; g++) if (vector.present(g)) weightSum += groupWeights[g];
  const bits = config.featureBits;
  const a = config.averageLink;
  const undatedArticle = day === null;
  const articleHasTime = vector.present(TIME);
  let best: ActiveStory | null = null;
  let bestScore = 0;
  bestDots.fill(0);
  let bestCosines: number[] = [];
  const traced: Decision['candidates'] = [];
  for (let c = 0; c < candidates.length; c++) {
    const num = hits.keys[candidates[c]];
    const story = index.stories.get(num)!;
    vector.groupDots(story.centroid, bits, dots);
    let similarity = 0;
    for (let g = 0; g < GROUPS; g++) {
      const cosine = dots[g] > 0 ? dots[g] / (a * story.members[g] + (1 - a) * Math.sqrt(story.norm2[g])) : 0;
      similarity += groupWeights[g] * cosine;
    }
    let time = timeFactor(config, day, story.lastDay) * ageFactor(config, day, story.firstDay);
    // Without publication dates on both sides, the dates the texts mention are the only evidence of time.
    const undated = undatedArticle || story.lastDay === null;
    if (undated && articleHasTime && story.members[TIME] > 0 && dots[TIME] <= 0) time *= config.timeMismatch;
    const score = weightSum > 0 ? (similarity / weightSum) * time : 0;
    const cosines = index.trace ? cosinesOf(dots, story, a) : null;
    if (cosines) traced.push({ story: storyId(num), cosines, time });
    if (score > bestScore || (score === bestScore && best !== null && num < best.num)) {
      best = story;
      bestScore = score;
      bestDots.set(dots);
      if (cosines) bestCosines = cosines;
    }
  }

  const bestBefore = best;
  const created = best === null || bestScore < config.threshold;
  if (best === null || bestScore < config.threshold) {
    best = {
      num: index.nextStory++,
      centroid: EMPTY_VECTOR,
      buffer: EMPTY_VECTOR,
      norm2: new Float64Array(GROUPS),
      members: new Float64Array(GROUPS),
      size: 0,
      firstDay: day,
      lastDay: day,
      lastSeq: seq,
      indexed: new Set(),
      articles: [],
    };
    index.stories.set(best.num, best);
    bestDots.fill(0);
  }
  addToStory(index, best, vector, bestDots);
  recordArticle(index, best, article, day, seq);
  index.trace?.({
    article: article.id,
    story: storyId(best.num),
    created,
    score: bestScore,
    cosines: bestCosines,
    best: bestBefore ? storyId(bestBefore.num) : null,
    candidates: traced,
  });
  return storyId(best.num);
}

const FORMAT = 'corroborate-story-index/2';

/**
 * The index's saved state: configuration, document frequencies (sparse) and the active stories. Its large parts
 * are views of the index's arrays (see `StateWriter`): store them before assigning more articles.
 */
export function saveStoryIndex(index: StoryIndex): SavedState {
  const writer = new StateWriter();
  const nonZero: number[] = [];
  for (let i = 0; i < index.df.length; i++) if (index.df[i] !== 0) nonZero.push(i);
  const dfIds = Uint32Array.from(nonZero);
  const dfCounts = Uint32Array.from(nonZero, (i) => index.df[i]);
  const stories = [...index.stories.values()]
    .sort((a, b) => a.num - b.num)
    .map((story) => ({
      num: story.num,
      ids: writer.add(story.centroid.ids),
      weights: writer.add(story.centroid.weights),
      norm2: [...story.norm2],
      members: [...story.members],
      size: story.size,
      firstDay: story.firstDay,
      lastDay: story.lastDay,
      lastSeq: story.lastSeq,
      indexed: [...story.indexed],
      articles: story.articles,
    }));
  return writer.finish({
    format: FORMAT,
    config: index.config,
    docs: index.docs,
    nextStory: index.nextStory,
    seq: index.seq,
    clock: index.clock,
    lastSweep: index.lastSweep,
    dfIds: writer.add(dfIds),
    dfCounts: writer.add(dfCounts),
    stories,
  });
}

/** Restores an index saved by `saveStoryIndex`; assigning to it continues exactly where the saved run stopped. */
export function loadStoryIndex(data: SavedState): StoryIndex {
  const reader = new StateReader(data, FORMAT, 'story index');
  const saved = reader.fields;
  const index = createStoryIndex(saved.config as StoryConfig);
  index.docs = saved.docs;
  index.nextStory = saved.nextStory;
  index.seq = saved.seq;
  index.clock = saved.clock;
  index.lastSweep = saved.lastSweep;
  const dfIds = reader.u32(saved.dfIds);
  const dfCounts = reader.u32(saved.dfCounts);
  for (let i = 0; i < dfIds.length; i++) index.df[dfIds[i]] = dfCounts[i];
  for (const s of saved.stories as Array<Record<string, unknown>>) {
    const story: ActiveStory = {
      num: s.num as number,
      centroid: { ids: reader.u32(s.ids as number), weights: reader.f64(s.weights as number) },
      buffer: EMPTY_VECTOR,
      norm2: Float64Array.from(s.norm2 as number[]),
      members: Float64Array.from(s.members as number[]),
      size: s.size as number,
      firstDay: s.firstDay as number | null,
      lastDay: s.lastDay as number | null,
      lastSeq: s.lastSeq as number,
      indexed: new Set(s.indexed as number[]),
      articles: s.articles as string[],
    };
    index.stories.set(story.num, story);
    for (const feature of story.indexed) index.postings.add(feature, story.num);
    for (const article of story.articles) index.articleStory.set(article, story.num);
  }
  return index;
}
