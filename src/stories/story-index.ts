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
import { base64ToF64, base64ToU32, f64ToBase64, readSavedState, u32ToBase64 } from '../dedup/serial.js';
import type { Article } from '../records/article.js';
import type { CopyLink } from '../records/story.js';
import { DEFAULT_STORY_CONFIG, type StoryConfig } from './config.js';
import { FeatureExtractor, GROUPS, TIME } from './features.js';
import { addVectors, EMPTY_VECTOR, groupDots, keepAtLeast, kthLargest, type SparseVector } from './sparse.js';

interface ActiveStory {
  num: number;
  /** Summed vectors of the story's articles (copies excepted), pruned to the strongest features. */
  centroid: SparseVector;
  /** Squared norm of the centroid, per feature group. */
  norm2: Float64Array;
  /** Articles whose vector has each feature group. */
  members: Float64Array;
  size: number;
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
  postings: Map<number, number[]>;
  articleStory: Map<string, number>;
  nextStory: number;
  seq: number;
  clock: number | null;
  lastSweep: number;
  /** Called with each decision, for diagnostics (not saved). */
  trace?: (decision: Decision) => void;
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
    postings: new Map(),
    articleStory: new Map(),
    nextStory: 0,
    seq: 0,
    clock: null,
    lastSweep: 0,
  };
}

interface Vector extends SparseVector {
  /** Which groups the article has features in; each present group's part has unit length. */
  present: boolean[];
  /** The strongest features, to look up candidate stories with. */
  lookup: number[];
}

let packed = new Float64Array(4096);

function vectorOf(index: StoryIndex, article: Article): Vector {
  const { config, extractor, df } = index;
  const features = extractor.extract(article, config.titleBoost, config.leadWords, config.leadBoost);
  const bits = config.featureBits;
  index.docs++;
  const n = index.docs + config.priorDocs;
  // Ids below 2^26 and positions below 2^26 pack exactly into one double, so a native sort orders by id.
  const total = features.size;
  if (packed.length < total) packed = new Float64Array(total * 2);
  for (let i = 0; i < total; i++) {
    const id = features.ids[i];
    df[id]++;
    packed[i] = id * 67108864 + i;
  }
  const tfs = features.tfs;
  const order = packed.subarray(0, total).sort();
  const all: SparseVector = { ids: new Uint32Array(total), weights: new Float64Array(total) };
  let kept = 0;
  for (let i = 0; i < total; i++) {
    const id = Math.floor(order[i] / 67108864);
    const idf = Math.log(n / (df[id] + 0.5));
    if (idf <= 0) continue;
    all.ids[kept] = id;
    all.weights[kept++] = (1 + Math.log(tfs[order[i] - id * 67108864])) * idf;
  }
  let vector: SparseVector = { ids: all.ids.subarray(0, kept), weights: all.weights.subarray(0, kept) };
  if (kept > config.articleFeatures) {
    vector = keepAtLeast(vector, kthLargest(vector.weights, config.articleFeatures), config.articleFeatures);
  }
  const norm2 = new Float64Array(GROUPS);
  for (let i = 0; i < vector.ids.length; i++) norm2[vector.ids[i] >>> bits] += vector.weights[i] ** 2;
  for (let i = 0; i < vector.ids.length; i++) vector.weights[i] /= Math.sqrt(norm2[vector.ids[i] >>> bits]);
  const present: boolean[] = [];
  for (let g = 0; g < GROUPS; g++) present.push(norm2[g] > 0);
  const cut = kthLargest(vector.weights, config.lookupFeatures);
  const lookup: number[] = [];
  // Strictly stronger features first, then ties at the cut in id order, up to the limit.
  for (let i = 0; i < vector.ids.length; i++) if (vector.weights[i] > cut) lookup.push(vector.ids[i]);
  for (let i = 0; i < vector.ids.length && lookup.length < config.lookupFeatures; i++) {
    if (vector.weights[i] === cut) lookup.push(vector.ids[i]);
  }
  return { ids: vector.ids, weights: vector.weights, present, lookup };
}

function timeFactor(config: StoryConfig, day: number | null, storyDay: number | null): number {
  if (day === null || storyDay === null) return 1;
  const apart = Math.abs(day - storyDay);
  const boost = config.sameTimeBoost;
  return apart <= config.graceDays ? boost : boost * Math.exp(-(apart - config.graceDays) / config.decayDays);
}

function removeStory(index: StoryIndex, story: ActiveStory): void {
  for (const feature of story.indexed) {
    const list = index.postings.get(feature);
    if (!list) continue;
    const at = list.indexOf(story.num);
    if (at >= 0) {
      list[at] = list[list.length - 1];
      list.pop();
    }
    if (list.length === 0) index.postings.delete(feature);
  }
  for (const article of story.articles) {
    if (index.articleStory.get(article) === story.num) index.articleStory.delete(article);
  }
  index.stories.delete(story.num);
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

function addToStory(index: StoryIndex, story: ActiveStory, vector: Vector, dots: Float64Array): void {
  const bits = index.config.featureBits;
  story.centroid = addVectors(story.centroid, vector);
  // |c + a|^2 = |c|^2 + 2 a.c + |a|^2, per group, where each present group of a has unit length.
  for (let g = 0; g < GROUPS; g++) {
    story.norm2[g] += 2 * dots[g] + (vector.present[g] ? 1 : 0);
    if (vector.present[g]) story.members[g]++;
  }
  const limit = index.config.centroidFeatures;
  if (story.centroid.ids.length > limit * 2) {
    const { centroid } = story;
    story.centroid = keepAtLeast(centroid, kthLargest(centroid.weights, limit), limit);
    story.norm2.fill(0);
    for (let i = 0; i < story.centroid.ids.length; i++) {
      story.norm2[story.centroid.ids[i] >>> bits] += story.centroid.weights[i] ** 2;
    }
  }
  for (const feature of vector.lookup) {
    if (story.indexed.has(feature)) continue;
    story.indexed.add(feature);
    let list = index.postings.get(feature);
    if (!list) {
      list = [];
      index.postings.set(feature, list);
    }
    list.push(story.num);
  }
}

function recordArticle(index: StoryIndex, story: ActiveStory, article: Article, day: number | null, seq: number): void {
  story.size++;
  story.lastSeq = seq;
  if (day !== null && (story.lastDay === null || day > story.lastDay)) story.lastDay = day;
  story.articles.push(article.id);
  index.articleStory.set(article.id, story.num);
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
  const hits = new Map<number, number>();
  for (const feature of vector.lookup) {
    const list = index.postings.get(feature);
    if (!list || list.length > config.maxPosting) continue;
    for (const num of list) hits.set(num, (hits.get(num) ?? 0) + 1);
  }
  // Only stories sharing a fair part of the best candidate's lookup hits can come close in similarity.
  let mostHits = 0;
  for (const count of hits.values()) if (count > mostHits) mostHits = count;
  const enough = Math.max(1, Math.ceil(mostHits * config.candidateHits));
  let candidates: number[] = [];
  for (const [num, count] of hits) if (count >= enough) candidates.push(num);
  if (candidates.length > config.maxCandidates) {
    candidates.sort((a, b) => hits.get(b)! - hits.get(a)! || a - b);
    candidates = candidates.slice(0, config.maxCandidates);
  }

  const groupWeights = [config.termWeight, config.entityWeight, config.numberWeight, config.timeWeight];
  let weightSum = 0;
  for (let g = 0; g < GROUPS; g++) if (vector.present[g]) weightSum += groupWeights[g];
  const bits = config.featureBits;
  const dots = new Float64Array(GROUPS);
  let best: ActiveStory | null = null;
  let bestScore = 0;
  let bestDots = new Float64Array(GROUPS);
  let bestCosines: number[] = [];
  const traced: Decision['candidates'] = [];
  for (const num of candidates) {
    const story = index.stories.get(num)!;
    groupDots(vector, story.centroid, bits, dots);
    let similarity = 0;
    const cosines: number[] = [];
    for (let g = 0; g < GROUPS; g++) {
      const a = config.averageLink;
      const cosine = dots[g] > 0 ? dots[g] / (a * story.members[g] + (1 - a) * Math.sqrt(story.norm2[g])) : 0;
      cosines.push(cosine);
      similarity += groupWeights[g] * cosine;
    }
    let time = timeFactor(config, day, story.lastDay);
    // Without publication dates on both sides, the dates the texts mention are the only evidence of time.
    const undated = day === null || story.lastDay === null;
    if (undated && vector.present[TIME] && story.members[TIME] > 0 && dots[TIME] <= 0) time *= config.timeMismatch;
    const score = weightSum > 0 ? (similarity / weightSum) * time : 0;
    if (index.trace) traced.push({ story: storyId(num), cosines, time });
    if (score > bestScore || (score === bestScore && best !== null && num < best.num)) {
      best = story;
      bestScore = score;
      bestDots = dots.slice();
      bestCosines = cosines;
    }
  }

  const bestBefore = best;
  const created = best === null || bestScore < config.threshold;
  if (best === null || bestScore < config.threshold) {
    best = {
      num: index.nextStory++,
      centroid: EMPTY_VECTOR,
      norm2: new Float64Array(GROUPS),
      members: new Float64Array(GROUPS),
      size: 0,
      lastDay: day,
      lastSeq: seq,
      indexed: new Set(),
      articles: [],
    };
    index.stories.set(best.num, best);
    bestDots = new Float64Array(GROUPS);
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

const FORMAT = 'corroborate-story-index/1';

/** The index as a JSON string: configuration, document frequencies (sparse) and the active stories. */
export function saveStoryIndex(index: StoryIndex): string {
  const nonZero: number[] = [];
  for (let i = 0; i < index.df.length; i++) if (index.df[i] !== 0) nonZero.push(i);
  const dfIds = Uint32Array.from(nonZero);
  const dfCounts = Uint32Array.from(nonZero, (i) => index.df[i]);
  const stories = [...index.stories.values()]
    .sort((a, b) => a.num - b.num)
    .map((story) => ({
      num: story.num,
      ids: u32ToBase64(story.centroid.ids),
      weights: f64ToBase64(story.centroid.weights),
      norm2: [...story.norm2],
      members: [...story.members],
      size: story.size,
      lastDay: story.lastDay,
      lastSeq: story.lastSeq,
      indexed: [...story.indexed],
      articles: story.articles,
    }));
  return JSON.stringify({
    format: FORMAT,
    config: index.config,
    docs: index.docs,
    nextStory: index.nextStory,
    seq: index.seq,
    clock: index.clock,
    lastSweep: index.lastSweep,
    dfIds: u32ToBase64(dfIds),
    dfCounts: u32ToBase64(dfCounts),
    stories,
  });
}

/** Restores an index saved by `saveStoryIndex`; assigning to it continues exactly where the saved run stopped. */
export function loadStoryIndex(data: string | Uint8Array): StoryIndex {
  const saved = readSavedState(data, FORMAT, 'story index');
  const index = createStoryIndex(saved.config as StoryConfig);
  index.docs = saved.docs;
  index.nextStory = saved.nextStory;
  index.seq = saved.seq;
  index.clock = saved.clock;
  index.lastSweep = saved.lastSweep;
  const dfIds = base64ToU32(saved.dfIds);
  const dfCounts = base64ToU32(saved.dfCounts);
  for (let i = 0; i < dfIds.length; i++) index.df[dfIds[i]] = dfCounts[i];
  for (const s of saved.stories as Array<Record<string, unknown>>) {
    const story: ActiveStory = {
      num: s.num as number,
      centroid: { ids: base64ToU32(s.ids as string), weights: base64ToF64(s.weights as string) },
      norm2: Float64Array.from(s.norm2 as number[]),
      members: Float64Array.from(s.members as number[]),
      size: s.size as number,
      lastDay: s.lastDay as number | null,
      lastSeq: s.lastSeq as number,
      indexed: new Set(s.indexed as number[]),
      articles: s.articles as string[],
    };
    index.stories.set(story.num, story);
    for (const feature of story.indexed) {
      let list = index.postings.get(feature);
      if (!list) {
        list = [];
        index.postings.set(feature, list);
      }
      list.push(story.num);
    }
    for (const article of story.articles) index.articleStory.set(article, story.num);
  }
  return index;
}
