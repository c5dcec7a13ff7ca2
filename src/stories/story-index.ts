/**
 * Online story clustering as serialisable state plus free functions. Articles arrive one at a time in
 * publication order; each joins the most similar active story or starts a new one.
 *
 * An article is a weighted vector of hashed features (content words, entities, numbers and dates, title words
 * counted extra), weighted by (1 + ln tf) * idf with document frequencies updated as articles arrive, and
 * L2-normalised. A story is the sum of its articles' vectors, pruned to its strongest features. Similarity is the
 * cosine between article and story, lowered when the story's latest article is days away. Candidate stories come
 * from an inverted index over the active stories' strongest features; a story quiet for the window leaves the
 * index, so memory is bounded on an endless stream. A syndicated copy joins its original's story directly.
 */
import { dayOf } from '../dedup/copy-index.js';
import type { Article } from '../records/article.js';
import type { CopyLink } from '../records/story.js';
import { DEFAULT_STORY_CONFIG, type StoryConfig } from './config.js';
import { FeatureExtractor, GROUPS, TIME } from './features.js';

interface ActiveStory {
  num: number;
  /** Feature id -> summed weight of the story's articles. */
  centroid: Map<number, number>;
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
  if (!(full.threshold > 0 && full.threshold <= 1)) throw new Error(`story threshold must be in (0, 1], got ${full.threshold}`);
  if (!(full.featureBits >= 10 && full.featureBits <= 26)) throw new Error('story featureBits must be between 10 and 26');
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

interface Vector {
  ids: number[];
  /** Each group's part has unit length. */
  weights: number[];
  /** Which groups the article has features in. */
  present: boolean[];
}

/** Scratch space for building one article's vector. */
const scratchIds = { ids: new Uint32Array(4096), weights: new Float64Array(4096), order: new Uint32Array(4096) };

function vectorOf(index: StoryIndex, article: Article): Vector {
  const { config, extractor, df } = index;
  const { counts } = extractor.extract(article, config.titleBoost, config.leadWords, config.leadBoost);
  const bits = config.featureBits;
  index.docs++;
  const n = index.docs + config.priorDocs;
  if (scratchIds.ids.length < counts.size) {
    scratchIds.ids = new Uint32Array(counts.size * 2);
    scratchIds.weights = new Float64Array(counts.size * 2);
    scratchIds.order = new Uint32Array(counts.size * 2);
  }
  const { ids: allIds, weights: allWeights } = scratchIds;
  let total = 0;
  for (const [id, tf] of counts) {
    df[id]++;
    const idf = Math.log(n / (df[id] + 0.5));
    if (idf <= 0) continue;
    allIds[total] = id;
    allWeights[total] = (1 + Math.log(tf)) * idf;
    total++;
  }
  // Strongest first (ties by id, for determinism); the first ones are also the lookup features.
  const order = scratchIds.order.subarray(0, total);
  for (let i = 0; i < total; i++) order[i] = i;
  order.sort((a, b) => allWeights[b] - allWeights[a] || allIds[a] - allIds[b]);
  const kept = Math.min(total, config.articleFeatures);
  const ids: number[] = new Array(kept);
  const weights: number[] = new Array(kept);
  const norm2 = new Float64Array(GROUPS);
  for (let i = 0; i < kept; i++) {
    ids[i] = allIds[order[i]];
    weights[i] = allWeights[order[i]];
    norm2[ids[i] >>> bits] += weights[i] * weights[i];
  }
  for (let i = 0; i < kept; i++) weights[i] /= Math.sqrt(norm2[ids[i] >>> bits]);
  const present: boolean[] = [];
  for (let g = 0; g < GROUPS; g++) present.push(norm2[g] > 0);
  return { ids, weights, present };
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

/** Keeps the `limit` strongest features of a story's centroid (ties at the cut all stay). */
function pruneCentroid(story: ActiveStory, limit: number, bits: number): void {
  const { centroid } = story;
  const values = new Float64Array(centroid.size);
  let i = 0;
  for (const w of centroid.values()) values[i++] = w;
  values.sort();
  const cut = values[values.length - limit];
  story.norm2.fill(0);
  for (const [id, w] of centroid) {
    if (w < cut) centroid.delete(id);
    else story.norm2[id >>> bits] += w * w;
  }
}

function addToStory(index: StoryIndex, story: ActiveStory, vector: Vector, lookup: number[], dots: Float64Array): void {
  const { centroid } = story;
  const bits = index.config.featureBits;
  for (let i = 0; i < vector.ids.length; i++) {
    const id = vector.ids[i];
    centroid.set(id, (centroid.get(id) ?? 0) + vector.weights[i]);
  }
  // |c + a|^2 = |c|^2 + 2 a.c + |a|^2, per group, where each present group of a has unit length.
  for (let g = 0; g < GROUPS; g++) {
    story.norm2[g] += 2 * dots[g] + (vector.present[g] ? 1 : 0);
    if (vector.present[g]) story.members[g]++;
  }
  const limit = index.config.centroidFeatures;
  if (centroid.size > limit * 2) pruneCentroid(story, limit, bits);
  for (const i of lookup) {
    const feature = vector.ids[i];
    if (story.indexed.has(feature)) continue;
    story.indexed.add(feature);
    let list = index.postings.get(feature);
    if (!list) index.postings.set(feature, (list = []));
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
  const lookup: number[] = [];
  for (let i = 0; i < Math.min(config.lookupFeatures, vector.ids.length); i++) lookup.push(i);
  const hits = new Map<number, number>();
  for (const i of lookup) {
    const list = index.postings.get(vector.ids[i]);
    if (!list) continue;
    for (const num of list) hits.set(num, (hits.get(num) ?? 0) + 1);
  }
  let candidates = [...hits.keys()];
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
    dots.fill(0);
    for (let i = 0; i < vector.ids.length; i++) {
      const w = story.centroid.get(vector.ids[i]);
      if (w !== undefined) dots[vector.ids[i] >>> bits] += w * vector.weights[i];
    }
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
      centroid: new Map(),
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
  addToStory(index, best, vector, lookup, bestDots);
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
