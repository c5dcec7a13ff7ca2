/**
 * Copy detection as serialisable state plus free functions. Each article is checked, in arrival order, against
 * the articles before it in the window:
 * 1. exact duplicates: the same normalised word sequence (two independent 32-bit hashes);
 * 2. near-duplicates: MinHash over word shingles, candidates from LSH bands, confirmed by the estimated Jaccard;
 * 3. partial copies: sampled shingle fingerprints, the smaller text mostly contained in the larger;
 * 4. derived: an earlier article credited with (or crediting) the same original, with overlapping content words.
 * Memory is bounded: entries live in generations that are dropped whole once older than the window.
 */
import type { Article } from '../records/article.js';
import type { CopyLink } from '../records/story.js';
import { STOPWORDS } from '../stories/vocabulary.js';
import { ArrayPool } from './array-pool.js';
import { type CopyConfig, DEFAULT_COPY_CONFIG } from './config.js';
import { normaliseCredit } from './credits.js';
import { combine, fmix32 } from './hash.js';
import { type LshParams, optimalLshParams } from './lsh-params.js';
import { createMinHasher, estimateJaccard, type MinHasher, minhashInto } from './minhash.js';
import {
  createMultiMap,
  type MultiMap,
  MultiMapHits,
  multiMapAdd,
  multiMapAddMany,
  multiMapFind,
  multiMapFirst,
  multiMapFromSlots,
  multiMapGetMany,
  multiMapValue,
} from './multimap.js';
import { SeqCounts } from './seq-counts.js';
import { type SavedState, StateReader, StateWriter } from './serial.js';
import { shingleHashes } from './shingles.js';
import { HashList, sortedSpans, wordHashes } from './word-hashes.js';

const WORD_SET_BINS = 128;
const DAY_MS = 86_400_000;
/** Generations per window: entries are dropped between one and 1 + 1/GENERATIONS windows after they arrive. */
const GENERATIONS = 4;

interface Generation {
  firstSeq: number;
  firstDay: number | null;
  lastDay: number | null;
  ids: string[];
  /** The original each entry copies (its own seq when it is an original). */
  rootSeqs: number[];
  rootIds: string[];
  /** Low 16 bits of each shingle signature: enough to count agreeing bins (1 in 65536 false agreement). */
  signatures: Uint16Array;
  wordSets: Uint16Array;
  fingerprintCounts: Uint16Array;
  exactCheck: Uint32Array;
  bands: MultiMap;
  fingerprints: MultiMap;
  exact: MultiMap;
  credits: Map<string, number[]>;
}

export interface CopyIndex {
  config: CopyConfig;
  lsh: LshParams;
  seq: number;
  /** The latest publication day seen (days since the epoch), null until a dated article arrives. */
  clock: number | null;
  generations: Generation[];
  scratch: Scratch;
  /** Arrays of dropped generations, for new ones (not saved). */
  pool: ArrayPool;
}

interface Scratch {
  shingler: MinHasher;
  wordSetHasher: MinHasher;
  /** Open-addressing set of stopword hashes (0 = empty slot). */
  stopHashes: Uint32Array;
  words: HashList;
  content: HashList;
  shingles: HashList;
  fingerprints: HashList;
  signature: Uint32Array;
  signature16: Uint16Array;
  wordSet: Uint32Array;
  wordSet16: Uint16Array;
  outletKeys: Map<string, string>;
  /** Candidates already checked (bands) and fingerprints shared per candidate. */
  seen: SeqCounts;
  shared: SeqCounts;
  hits: MultiMapHits;
  bandKeys: Uint32Array;
}

function createScratch(config: CopyConfig): Scratch {
  let size = 64;
  while (size < STOPWORDS.size * 4) size *= 2;
  const stopHashes = new Uint32Array(size);
  const list = new HashList();
  for (const word of STOPWORDS) {
    list.clear();
    wordHashes(word, config.seed, list);
    if (list.length !== 1 || list.values[0] === 0) continue;
    let slot = list.values[0] & (size - 1);
    while (stopHashes[slot] !== 0 && stopHashes[slot] !== list.values[0]) slot = (slot + 1) & (size - 1);
    stopHashes[slot] = list.values[0];
  }
  return {
    shingler: createMinHasher(config.bins, fmix32(config.seed + 1)),
    wordSetHasher: createMinHasher(WORD_SET_BINS, fmix32(config.seed + 2)),
    stopHashes,
    words: new HashList(),
    content: new HashList(),
    shingles: new HashList(),
    fingerprints: new HashList(),
    signature: new Uint32Array(config.bins),
    signature16: new Uint16Array(config.bins),
    wordSet: new Uint32Array(WORD_SET_BINS),
    wordSet16: new Uint16Array(WORD_SET_BINS),
    outletKeys: new Map(),
    seen: new SeqCounts(),
    shared: new SeqCounts(),
    hits: new MultiMapHits(),
    bandKeys: new Uint32Array(config.bins),
  };
}

function validate(config: CopyConfig): void {
  const unit = ['jaccardThreshold', 'containmentThreshold', 'derivedThreshold'] as const;
  for (const key of unit) {
    if (!(config[key] > 0 && config[key] <= 1))
      throw new Error(`copy config ${key} must be in (0, 1], got ${config[key]}`);
  }
  if (!(config.shingleWords >= 1)) throw new Error(`copy config shingleWords must be at least 1`);
  if (!(config.windowDays > 0) || !(config.windowArticles > 0)) throw new Error('copy config windows must be positive');
}

export function createCopyIndex(config: Partial<CopyConfig> = {}): CopyIndex {
  const full: CopyConfig = { ...DEFAULT_COPY_CONFIG, ...config };
  validate(full);
  return {
    config: full,
    lsh: optimalLshParams(full.jaccardThreshold, full.bins),
    seq: 0,
    clock: null,
    generations: [],
    scratch: createScratch(full),
    pool: new ArrayPool(),
  };
}

function newGeneration(index: CopyIndex, day: number | null, previous?: Generation): Generation {
  const { pool } = index;
  // A stream's generations fill alike: start each table at the size the last one reached, so it need not double
  // its way up again (a sparse stream's first generation still starts small). Tables and arrays come from the
  // generations that left the window when they fit.
  const table = (name: keyof Pick<Generation, 'bands' | 'fingerprints' | 'exact'>, initial: number) => {
    const capacity = Math.max(initial, previous ? previous[name].size : 0);
    return createMultiMap(capacity, index.config.bucketCap, pool);
  };
  const rows = Math.max(64, previous ? previous.ids.length : 0);
  return {
    firstSeq: index.seq,
    firstDay: day,
    lastDay: day,
    ids: [],
    rootSeqs: [],
    rootIds: [],
    signatures: pool.u16AtLeast(index.config.bins * rows),
    wordSets: pool.u16AtLeast(WORD_SET_BINS * rows),
    fingerprintCounts: pool.u16AtLeast(rows),
    exactCheck: pool.u32AtLeast(rows),
    bands: table('bands', 256 * index.lsh.bands),
    fingerprints: table('fingerprints', 256 * 64),
    exact: table('exact', 256),
    credits: new Map(),
  };
}

/** Hands a dropped generation's arrays to the pool. */
function recycle(index: CopyIndex, gen: Generation): void {
  const { pool } = index;
  pool.give(gen.bands.slots);
  pool.give(gen.fingerprints.slots);
  pool.give(gen.exact.slots);
  pool.give(gen.signatures);
  pool.give(gen.wordSets);
  pool.give(gen.fingerprintCounts);
  pool.give(gen.exactCheck);
}

export function dayOf(published: string | null): number | null {
  if (!published) return null;
  const ms = Date.parse(published);
  return Number.isFinite(ms) ? ms / DAY_MS : null;
}

/** Opens a new generation when the current one spans its share of the window; drops those past the window. */
function advance(index: CopyIndex, day: number | null): Generation {
  const { windowDays, windowArticles } = index.config;
  if (day !== null && (index.clock === null || day > index.clock)) index.clock = day;
  const gens = index.generations;
  let current = gens[gens.length - 1];
  const span = windowDays / GENERATIONS;
  const full =
    current === undefined ||
    current.ids.length >= Math.ceil(windowArticles / GENERATIONS) ||
    (index.clock !== null && current.firstDay !== null && index.clock - current.firstDay >= span) ||
    (current.firstDay === null && index.clock !== null && current.ids.length > 0);
  // Dropping before opening frees arrays the new generation can reuse; the generations before the current one are
  // judged the same either way, and the current one only once the new one follows it.
  if (full) dropExpired(index);
  if (full) {
    current = newGeneration(index, index.clock, current);
    gens.push(current);
  }
  dropExpired(index);
  return current;
}

function dropExpired(index: CopyIndex): void {
  const { windowDays, windowArticles } = index.config;
  const gens = index.generations;
  while (gens.length > 1) {
    const oldest = gens[0];
    const next = gens[1];
    const tooOld = index.clock !== null && oldest.lastDay !== null && index.clock - oldest.lastDay > windowDays;
    const tooMany = index.seq - next.firstSeq >= windowArticles;
    if (!tooOld && !tooMany) break;
    recycle(index, gens.shift()!);
  }
}

function findGeneration(index: CopyIndex, seq: number): Generation | null {
  const gens = index.generations;
  for (let g = gens.length - 1; g >= 0; g--) if (seq >= gens[g].firstSeq) return gens[g];
  return null;
}

/** Two independent hashes of the whole word sequence: together a 64-bit key for exact duplicates. */
function sequenceHashes(words: HashList, seed: number): [number, number] {
  let a = seed >>> 0;
  let b = fmix32(seed ^ 0xabcdef);
  for (let i = 0; i < words.length; i++) {
    a = (Math.imul(a, 0x01000193) + words.values[i]) | 0;
    b = (Math.imul(b, 0x5bd1e995) ^ words.values[i]) | 0;
  }
  return [fmix32(a), combine(b, words.length)];
}

function grownU16(pool: ArrayPool, array: Uint16Array, needed: number): Uint16Array {
  if (needed <= array.length) return array;
  const out = pool.u16AtLeast(Math.max(needed, array.length * 2));
  out.set(array);
  pool.give(array);
  return out;
}

function grownU32(pool: ArrayPool, array: Uint32Array, needed: number): Uint32Array {
  if (needed <= array.length) return array;
  const out = pool.u32AtLeast(Math.max(needed, array.length * 2));
  out.set(array);
  pool.give(array);
  return out;
}

function bandKey(signature: Uint32Array, band: number, rows: number): number {
  let h = fmix32(band + 0x3c6ef372);
  const from = band * rows;
  for (let i = from; i < from + rows; i++) h = combine(h, signature[i]);
  return h;
}

const NO_KEYS: string[] = [];

/** The normalised credits of an article: the originals it names. */
function creditKeys(article: Article): string[] {
  if (article.credits.length === 0) return NO_KEYS;
  const keys = new Set<string>();
  for (const credit of article.credits) {
    const key = normaliseCredit(credit);
    if (key) keys.add(key);
  }
  return [...keys].sort();
}

function isStopword(table: Uint32Array, hash: number): boolean {
  const mask = table.length - 1;
  let slot = hash & mask;
  while (table[slot] !== 0) {
    if (table[slot] === hash) return true;
    slot = (slot + 1) & mask;
  }
  return false;
}

function addCredit(gen: Generation, key: string, seq: number, cap: number): void {
  let list = gen.credits.get(key);
  if (!list) {
    list = [];
    gen.credits.set(key, list);
  }
  // The most recent holders: rewrites of one original follow it closely, and a busy wire would overflow any cap.
  if (list.length >= cap) list.shift();
  list.push(seq);
}

/** Outlet names repeat on every article: normalised once each (the cache is cleared when it grows large). */
function outletKeyOf(scratch: Scratch, outlet: string): string {
  let key = scratch.outletKeys.get(outlet);
  if (key === undefined) {
    if (scratch.outletKeys.size >= 10_000) scratch.outletKeys.clear();
    key = normaliseCredit(outlet);
    scratch.outletKeys.set(outlet, key);
  }
  return key;
}

/** Checks `article` against the window, records it, and returns its copy link. */
export function addToCopyIndex(index: CopyIndex, article: Article): CopyLink {
  const { config, lsh, scratch } = index;
  const day = dayOf(article.published);
  const current = advance(index, day);
  const seq = index.seq++;

  const { words, content, shingles, fingerprints, signature, signature16, wordSet, wordSet16 } = scratch;
  words.clear();
  content.clear();
  shingles.clear();
  fingerprints.clear();
  wordHashes(article.text, config.seed, words, sortedSpans(article.boilerplate));
  for (let i = 0; i < words.length; i++) {
    if (!isStopword(scratch.stopHashes, words.values[i])) content.push(words.values[i]);
  }
  shingleHashes(words, config.shingleWords, fmix32(config.seed + 3), shingles);
  const hasText = minhashInto(scratch.shingler, shingles.values, shingles.length, signature);
  minhashInto(scratch.wordSetHasher, content.values, content.length, wordSet);
  for (let i = 0; i < config.bins; i++) signature16[i] = signature[i] & 0xffff;
  for (let i = 0; i < WORD_SET_BINS; i++) wordSet16[i] = wordSet[i] & 0xffff;

  const sampleMask = (1 << config.sampleBits) - 1;
  for (let i = 0; i < shingles.length; i++) {
    const h = shingles.values[i];
    if (((h >>> 11) & sampleMask) === 0) fingerprints.push(h);
  }
  const fps = fingerprints.values.subarray(0, fingerprints.length).sort();
  let fpCount = 0;
  for (let i = 0; i < fps.length; i++) if (i === 0 || fps[i] !== fps[i - 1]) fps[fpCount++] = fps[i];

  // The best match so far: the article to report as copied (the matched one, or its original for near-exact
  // copies); the earliest wins.
  let bestSeq = -1;
  let bestId = '';
  const consider = (gen: Generation, candidate: number, nearExact: boolean): void => {
    const local = candidate - gen.firstSeq;
    const reportSeq = nearExact ? gen.rootSeqs[local] : candidate;
    if (bestSeq < 0 || reportSeq < bestSeq) {
      bestSeq = reportSeq;
      bestId = nearExact ? gen.rootIds[local] : gen.ids[local];
    }
  };

  let exactDuplicate = false;
  const [exactKey, exactCheck] = sequenceHashes(words, config.seed);
  const gens = index.generations;
  if (hasText) {
    for (const gen of gens) {
      const map = gen.exact;
      for (let slot = multiMapFirst(map, exactKey); slot >= 0; slot = multiMapFind(map, exactKey, slot + 1)) {
        const candidate = multiMapValue(map, slot);
        if (gen.exactCheck[candidate - gen.firstSeq] !== exactCheck) continue;
        exactDuplicate = true;
        consider(gen, candidate, true);
      }
    }

    const { seen, hits, bandKeys } = scratch;
    seen.clear();
    const { bins, jaccardThreshold } = config;
    for (let band = 0; band < lsh.bands; band++) bandKeys[band] = bandKey(signature, band, lsh.rows);
    // Each candidate lies in one generation and the earliest original wins, so the order of lookups is free.
    for (const gen of gens) {
      hits.length = 0;
      multiMapGetMany(gen.bands, bandKeys, lsh.bands, hits);
      for (let h = 0; h < hits.length; h++) {
        const candidate = hits.values[h];
        if (seen.increment(candidate) > 1) continue;
        const local = candidate - gen.firstSeq;
        if (estimateJaccard(signature16, 0, gen.signatures, local * bins, bins) >= jaccardThreshold) {
          consider(gen, candidate, true);
        }
      }
    }

    if (fpCount >= config.minFingerprints) {
      const shared = scratch.shared;
      shared.clear();
      for (const gen of gens) {
        hits.length = 0;
        multiMapGetMany(gen.fingerprints, fps, fpCount, hits);
        for (let h = 0; h < hits.length; h++) shared.increment(hits.values[h]);
      }
      for (let c = 0; c < shared.length; c++) {
        const count = shared.countAt(c);
        if (count < config.minFingerprints) continue;
        const candidate = shared.keys[c];
        const gen = findGeneration(index, candidate);
        if (gen === null) continue;
        const theirs = gen.fingerprintCounts[candidate - gen.firstSeq];
        const smaller = Math.min(theirs, fpCount);
        if (smaller >= config.minFingerprints && count / smaller >= config.containmentThreshold) {
          consider(gen, candidate, false);
        }
      }
    }
  }

  const keys = creditKeys(article);
  let derived: { seq: number; id: string } | null = null;
  if (keys.length > 0 && content.length > 0) {
    for (const gen of index.generations) {
      for (const key of keys) {
        for (const candidate of gen.credits.get(key) ?? []) {
          const local = candidate - gen.firstSeq;
          const j = estimateJaccard(wordSet16, 0, gen.wordSets, local * WORD_SET_BINS, WORD_SET_BINS);
          if (j >= config.derivedThreshold && (derived === null || candidate < derived.seq)) {
            derived = { seq: candidate, id: gen.ids[local] };
          }
        }
      }
    }
  }

  const matched = bestSeq >= 0;
  const local = current.ids.length;
  current.ids.push(article.id);
  current.rootSeqs.push(matched ? bestSeq : seq);
  current.rootIds.push(matched ? bestId : article.id);
  current.signatures = grownU16(index.pool, current.signatures, (local + 1) * config.bins);
  current.signatures.set(signature16, local * config.bins);
  current.wordSets = grownU16(index.pool, current.wordSets, (local + 1) * WORD_SET_BINS);
  current.wordSets.set(wordSet16, local * WORD_SET_BINS);
  current.fingerprintCounts = grownU16(index.pool, current.fingerprintCounts, local + 1);
  current.fingerprintCounts[local] = Math.min(fpCount, 0xffff);
  current.exactCheck = grownU32(index.pool, current.exactCheck, local + 1);
  current.exactCheck[local] = exactCheck;
  if (day !== null) {
    if (current.firstDay === null) current.firstDay = day;
    if (current.lastDay === null || day > current.lastDay) current.lastDay = day;
  }
  // An exact duplicate adds nothing findable: its original is already indexed under the same keys.
  if (hasText && !exactDuplicate) {
    multiMapAdd(current.exact, exactKey, seq);
    multiMapAddMany(current.bands, scratch.bandKeys, lsh.bands, seq);
    multiMapAddMany(current.fingerprints, fps, fpCount, seq);
  }
  const outletKey = article.outlet ? outletKeyOf(scratch, article.outlet) : '';
  for (const key of keys) addCredit(current, key, seq, config.bucketCap * 4);
  if (outletKey && !keys.includes(outletKey)) addCredit(current, outletKey, seq, config.bucketCap * 4);

  return { article: article.id, copyOf: matched ? bestId : null, derivedFrom: derived ? derived.id : null };
}

const FORMAT = 'corroborate-copy-index/2';

interface SavedMultiMap {
  slots: number;
  size: number;
  cap: number;
}

function saveMultiMap(map: MultiMap, writer: StateWriter): SavedMultiMap {
  return { slots: writer.add(map.slots), size: map.size, cap: map.cap };
}

function loadMultiMap(saved: SavedMultiMap, reader: StateReader, pool: ArrayPool): MultiMap {
  const map = multiMapFromSlots(reader.i32(saved.slots), saved.size, saved.cap);
  map.pool = pool;
  return map;
}

/**
 * The index's saved state: configuration, clock and every generation still in the window. Its large parts are
 * views of the index's arrays (see `StateWriter`): store them before adding to the index again.
 */
export function saveCopyIndex(index: CopyIndex): SavedState {
  const { bins } = index.config;
  const writer = new StateWriter();
  const generations = index.generations.map((gen) => {
    const n = gen.ids.length;
    return {
      firstSeq: gen.firstSeq,
      firstDay: gen.firstDay,
      lastDay: gen.lastDay,
      ids: gen.ids,
      rootSeqs: gen.rootSeqs,
      rootIds: gen.rootIds,
      signatures: writer.add(gen.signatures, n * bins),
      wordSets: writer.add(gen.wordSets, n * WORD_SET_BINS),
      fingerprintCounts: writer.add(gen.fingerprintCounts, n),
      exactCheck: writer.add(gen.exactCheck, n),
      bands: saveMultiMap(gen.bands, writer),
      fingerprints: saveMultiMap(gen.fingerprints, writer),
      exact: saveMultiMap(gen.exact, writer),
      credits: [...gen.credits.entries()],
    };
  });
  return writer.finish({ format: FORMAT, config: index.config, seq: index.seq, clock: index.clock, generations });
}

/** Restores an index saved by `saveCopyIndex`; adding to it continues exactly where the saved run stopped. */
export function loadCopyIndex(saved: SavedState): CopyIndex {
  const reader = new StateReader(saved, FORMAT, 'copy index');
  const fields = reader.fields;
  const index = createCopyIndex(fields.config as CopyConfig);
  index.seq = fields.seq;
  index.clock = fields.clock;
  index.generations = (fields.generations as Array<Record<string, unknown>>).map((gen) => ({
    firstSeq: gen.firstSeq as number,
    firstDay: gen.firstDay as number | null,
    lastDay: gen.lastDay as number | null,
    ids: gen.ids as string[],
    rootSeqs: gen.rootSeqs as number[],
    rootIds: gen.rootIds as string[],
    signatures: reader.u16(gen.signatures as number),
    wordSets: reader.u16(gen.wordSets as number),
    fingerprintCounts: reader.u16(gen.fingerprintCounts as number),
    exactCheck: reader.u32(gen.exactCheck as number),
    bands: loadMultiMap(gen.bands as SavedMultiMap, reader, index.pool),
    fingerprints: loadMultiMap(gen.fingerprints as SavedMultiMap, reader, index.pool),
    exact: loadMultiMap(gen.exact as SavedMultiMap, reader, index.pool),
    credits: new Map(gen.credits as Array<[string, number[]]>),
  }));
  return index;
}
