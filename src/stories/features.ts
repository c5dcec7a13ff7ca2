/**
 * What tells one event from another, read from an article: content words (lower-cased, lightly stemmed), named
 * entities (runs of capitalised words, as phrases and as single names), numbers, and times (years, day-month
 * dates, months). Features are hashed into a fixed space per group, so document frequencies fit in one typed
 * array. Everything known about a word form is computed once and cached, so the per-token work is one lookup.
 */
import { fmix32, hashString } from '../dedup/hash.js';
import { isWordChar } from '../dedup/word-hashes.js';
import type { Article } from '../records/article.js';
import type { Span } from '../records/span.js';
import { MONTHS, NOT_ENTITIES, STOPWORDS } from './vocabulary.js';

export const TERM = 0;
export const ENTITY = 1;
export const NUMBER = 2;
/** Years and dates the text mentions. */
export const TIME = 3;
export const GROUPS = 4;

/**
 * Raw features of one article: feature id -> weighted frequency, in an open-addressing table reused between
 * articles. `ids` and `tfs` list the features in first-seen order. A feature's group is `id >>> bits`.
 */
export class ArticleFeatures {
  private slots = new Int32Array(4096).fill(-1);
  ids = new Uint32Array(2048);
  tfs = new Float64Array(2048);
  size = 0;

  clear(): void {
    const mask = this.slots.length - 1;
    for (let i = 0; i < this.size; i++) {
      let slot = Math.imul(this.ids[i], 0x9e3779b1) & mask;
      while (this.slots[slot] >= 0) {
        this.slots[slot] = -1;
        slot = (slot + 1) & mask;
      }
    }
    this.size = 0;
  }

  add(id: number, amount: number): void {
    if ((this.size + 1) * 2 > this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    let slot = Math.imul(id, 0x9e3779b1) & mask;
    for (;;) {
      const at = this.slots[slot];
      if (at < 0) break;
      if (this.ids[at] === id) {
        this.tfs[at] += amount;
        return;
      }
      slot = (slot + 1) & mask;
    }
    this.slots[slot] = this.size;
    this.ids[this.size] = id;
    this.tfs[this.size++] = amount;
  }

  private grow(): void {
    const size = this.size;
    const ids = new Uint32Array(this.ids.length * 2);
    const tfs = new Float64Array(this.tfs.length * 2);
    ids.set(this.ids);
    tfs.set(this.tfs);
    this.ids = ids;
    this.tfs = tfs;
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (let i = 0; i < size; i++) {
      let slot = Math.imul(ids[i], 0x9e3779b1) & mask;
      while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = i;
    }
  }
}

/** What a word form is, computed once per distinct form. */
interface WordInfo {
  lower: string;
  stop: boolean;
  /** Capitalised and not a word that starts sentences without naming anything. */
  nameLike: boolean;
  /** Joins two names (`Bank of England`). */
  connector: boolean;
  /** Feature ids as a content word, a name, a number or a year (-1 for none). */
  term: number;
  entity: number;
  number: number;
  /** Month number for month names, else 0. */
  month: number;
  /** Day of month for `1`..`31` (with or without `st`/`th`), else 0. */
  day: number;
}

/**
 * The word cache keeps each form's WordInfo flat in one Int32Array, ENTRY ints per slot, so a token costs one
 * cache line: the two form hashes, the index of the form's lower-case string + 1 (0 = empty slot), the feature
 * ids and the flags.
 */
const ENTRY = 8;
const E_A = 0;
const E_B = 1;
const E_INDEX = 2;
const E_TERM = 3;
const E_ENTITY = 4;
const E_NUMBER = 5;
const E_FLAGS = 6;
const F_STOP = 1 << 9;
const F_NAME = 1 << 10;
const F_CONNECTOR = 1 << 11;
/** Month in bits 0-3, day in bits 4-8. */
const F_MONTH = 0xf;
const DAY_SHIFT = 4;
const F_DAY = 0x1f;
const CACHE_SLOTS = 1 << 19;
/** Month numbers by name, as a Map: looking up any word in a plain object is slow for words it lacks. */
const MONTH_OF: ReadonlyMap<string, number> = new Map(Object.entries(MONTHS));

const WORD_CACHE = 200_000;
const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'van', 'von', 'al', 'bin', 'da', 'di', 'du', 'le']);
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;

/** A light stemmer: plural and possessive endings, so `offers`, `offer` and `offer's` meet. */
export function stem(word: string): string {
  let w = word;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    w = w.slice(0, -1);
  }
  return w;
}

function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10 || c === 33 || c === 63 || c === 58 || c === 8230) return true;
  if (c !== 46) return false;
  // A dot inside a number or after a single capital initial ("J. Smith") does not end a sentence.
  if (i + 1 < text.length && isWordChar(text.charCodeAt(i + 1))) return false;
  const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
  return !(prev >= 65 && prev <= 90 && (i < 2 || !isWordChar(text.charCodeAt(i - 2))));
}

/** Tokens of one text: offsets, two independent hashes of the exact form, and whether each starts a sentence,
 * a line or the text (capitals there say nothing). Reused between texts. */
class Tokens {
  starts = new Uint32Array(4096);
  ends = new Uint32Array(4096);
  hashA = new Uint32Array(4096);
  hashB = new Uint32Array(4096);
  initial = new Uint8Array(4096);
  length = 0;

  push(start: number, end: number, a: number, b: number, initial: boolean): void {
    if (this.length === this.starts.length) {
      const size = this.length * 2;
      const grow = <T extends Uint32Array | Uint8Array>(array: T, make: (n: number) => T): T => {
        const out = make(size);
        out.set(array);
        return out;
      };
      this.starts = grow(this.starts, (n) => new Uint32Array(n));
      this.ends = grow(this.ends, (n) => new Uint32Array(n));
      this.hashA = grow(this.hashA, (n) => new Uint32Array(n));
      this.hashB = grow(this.hashB, (n) => new Uint32Array(n));
      this.initial = grow(this.initial, (n) => new Uint8Array(n));
    }
    const i = this.length++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.hashA[i] = a;
    this.hashB[i] = b;
    this.initial[i] = initial ? 1 : 0;
  }
}

function scan(text: string, skip: readonly Span[], out: Tokens): void {
  out.length = 0;
  let initial = true;
  let skipIndex = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (skipIndex < skip.length && i >= skip[skipIndex].end) skipIndex++;
    if (skipIndex < skip.length && i >= skip[skipIndex].start) {
      i = skip[skipIndex].end;
      initial = true;
      continue;
    }
    let c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (endsSentence(text, i)) initial = true;
      i++;
      continue;
    }
    let a = Math.imul(0x811c9dc5 ^ c, 0x01000193);
    let b = Math.imul(0x7a3b9d11 ^ c, 0x5bd1e995);
    let j = i + 1;
    while (j < n) {
      c = text.charCodeAt(j);
      if (!isWordChar(c)) {
        // Keep "Rutte's", "U.S", "well-known", "1,500" and "2.5" whole; a comma only between digits.
        if (!(c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 44)) break;
        if (j + 1 >= n || !isWordChar(text.charCodeAt(j + 1))) break;
        const before = text.charCodeAt(j - 1);
        if (c === 44 && !(before >= 48 && before <= 57)) break;
      }
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      j++;
    }
    out.push(i, j, a >>> 0, (b ^ (j - i)) >>> 0, initial);
    initial = false;
    i = j;
  }
}

export class FeatureExtractor {
  private readonly tokens = new Tokens();
  /** Word-form cache: open addressing on two 32-bit hashes of the form, ENTRY ints per slot. */
  private cache = new Int32Array(CACHE_SLOTS * ENTRY);
  private lowers: string[] = [];
  /** Times the cache was emptied. */
  private clears = 0;
  /** Cache entry (offset into `cache`) of each token of the current text. */
  private entries = new Int32Array(4096);
  private readonly mask: number;
  /** Feature ids of `m:MONTH` (index month * 32) and `d:MONTH-DAY` (month * 32 + day). */
  private readonly dateIds = new Int32Array(13 * 32);
  /** FNV-1a state after `e:` under the seed: entity runs are hashed word by word, as `id` would hash the run. */
  private readonly entityStart: number;

  constructor(
    private readonly seed: number,
    private readonly bits: number,
  ) {
    this.mask = (1 << bits) - 1;
    for (let month = 1; month <= 12; month++) {
      this.dateIds[month * 32] = this.id(`m:${month}`, TIME);
      for (let day = 1; day <= 31; day++) this.dateIds[month * 32 + day] = this.id(`d:${month}-${day}`, TIME);
    }
    let h = (0x811c9dc5 ^ seed) >>> 0;
    h = Math.imul(h ^ 0x65, 0x01000193); // e
    h = Math.imul(h ^ 0x3a, 0x01000193); // :
    this.entityStart = h;
  }

  /** The feature id: the group in the top bits, the hashed key below. */
  id(key: string, group: number): number {
    return ((group << this.bits) | (hashString(key, this.seed) & this.mask)) >>> 0;
  }

  /** The cache entry of token t's word form, described and stored on first sight (the cache empties when
   * WORD_CACHE forms are held). */
  private entryAt(text: string, t: number): number {
    const { hashA, hashB } = this.tokens;
    const a = hashA[t] | 0;
    const b = hashB[t] | 0;
    const cache = this.cache;
    const mask = CACHE_SLOTS - 1;
    let slot = Math.imul(a, 0x9e3779b1) >>> 13;
    for (;;) {
      const base = slot * ENTRY;
      if (cache[base + E_INDEX] === 0) break;
      if (cache[base + E_A] === a && cache[base + E_B] === b) return base;
      slot = (slot + 1) & mask;
    }
    if (this.lowers.length >= WORD_CACHE) {
      this.cache.fill(0);
      this.lowers = [];
      this.clears++;
      return this.entryAt(text, t);
    }
    const info = this.describe(text.slice(this.tokens.starts[t], this.tokens.ends[t]));
    const base = slot * ENTRY;
    cache[base + E_A] = a;
    cache[base + E_B] = b;
    cache[base + E_INDEX] = this.lowers.length + 1;
    cache[base + E_TERM] = info.term;
    cache[base + E_ENTITY] = info.entity;
    cache[base + E_NUMBER] = info.number;
    cache[base + E_FLAGS] =
      info.month |
      (info.day << DAY_SHIFT) |
      (info.stop ? F_STOP : 0) |
      (info.nameLike ? F_NAME : 0) |
      (info.connector ? F_CONNECTOR : 0);
    this.lowers.push(info.lower);
    return base;
  }

  private describe(word: string): WordInfo {
    const lower = word.toLowerCase();
    const first = word.charAt(0);
    const capitalised = first !== first.toLowerCase();
    const stop = STOPWORDS.has(lower);
    const stemmed = stem(lower);
    const digit = first >= '0' && first <= '9';
    let number = -1;
    let day = 0;
    if (digit) {
      const value = lower.replace(/,/g, '');
      const year = value.length === 4 && (value.startsWith('19') || value.startsWith('20'));
      number = year ? this.id(`y:${value}`, TIME) : this.id(`n:${value}`, NUMBER);
      const dayMatch = DAY.exec(lower);
      if (dayMatch) day = Number.parseInt(dayMatch[1], 10) <= 31 ? Number.parseInt(dayMatch[1], 10) : 0;
    }
    return {
      lower,
      stop,
      // ALL CAPS words longer than an acronym are shouting headlines, not names.
      nameLike: capitalised && !digit && !NOT_ENTITIES.has(lower) && (word.length <= 5 || word !== word.toUpperCase()),
      connector: CONNECTORS.has(lower),
      term: !stop && !digit && lower.length > 1 ? this.id(`t:${stemmed}`, TERM) : -1,
      entity: this.id(`e:${stemmed}`, ENTITY),
      number,
      month: capitalised ? (MONTH_OF.get(lower) ?? 0) : 0,
      day,
    };
  }

  /** Feeds `word` (after a space unless it is the first) into an FNV-1a state, as `hashString` would. */
  private static feed(h: number, word: string, space: boolean): number {
    let state = space ? Math.imul(h ^ 0x20, 0x01000193) : h;
    for (let i = 0; i < word.length; i++) state = Math.imul(state ^ word.charCodeAt(i), 0x01000193);
    return state;
  }

  private addText(
    out: ArticleFeatures,
    text: string,
    skip: readonly Span[],
    base: number,
    lead: number,
    boost: number,
  ): void {
    const tokens = this.tokens;
    scan(text, skip, tokens);
    const count = tokens.length;
    if (this.entries.length < count) this.entries = new Int32Array(count * 2);
    const entries = this.entries;
    // Look every form up first: the lookups are independent, so their cache misses overlap.
    const clears = this.clears;
    // Touch every token's home slot first: independent loads, so the cache misses of rare words overlap.
    const { hashA } = tokens;
    const cache = this.cache;
    let touched = 0;
    for (let t = 0; t < count; t++) touched |= cache[(Math.imul(hashA[t] | 0, 0x9e3779b1) >>> 13) * ENTRY + E_INDEX];
    if (touched === -1) this.clears += 0;
    for (let t = 0; t < count; t++) entries[t] = this.entryAt(text, t);
    // A cache emptied midway invalidates the entries found before: one more pass finds them all in the new cache.
    if (this.clears !== clears) for (let t = 0; t < count; t++) entries[t] = this.entryAt(text, t);
    const lowers = this.lowers;
    const bits = this.bits;
    const mask = this.mask;
    // The entity run being read: its FNV-1a state (over `e:` and the words joined by spaces) and its names.
    let runHash = 0;
    let runLength = 0;
    let runWeight = base;
    let prevFlags = 0;
    for (let t = 0; t < count; t++) {
      const e = entries[t];
      const flags = cache[e + E_FLAGS];
      const nextFlags = t + 1 < count ? cache[entries[t + 1] + E_FLAGS] : 0;
      const weight = t < lead ? base * boost : base;
      const number = cache[e + E_NUMBER];
      const month = flags & F_MONTH;
      if (number >= 0 || month > 0) {
        if (runLength > 1) out.add(((ENTITY << bits) | (fmix32(runHash) & mask)) >>> 0, runWeight);
        runLength = 0;
        if (number >= 0) {
          // A day number beside a month name is a date, counted with the month.
          const day = (flags >>> DAY_SHIFT) & F_DAY;
          const besideMonth = day > 0 && ((nextFlags & F_MONTH) > 0 || (prevFlags & F_MONTH) > 0);
          if (!besideMonth) out.add(number, weight);
        } else {
          const nextDay = t + 1 < count ? (nextFlags >>> DAY_SHIFT) & F_DAY : 0;
          const prevDay = t > 0 ? (prevFlags >>> DAY_SHIFT) & F_DAY : 0;
          const day = nextDay > 0 ? nextDay : prevDay;
          out.add(this.dateIds[month * 32 + day], weight);
        }
      } else {
        const term = cache[e + E_TERM];
        if (term >= 0) out.add(term, weight);
        if ((flags & F_NAME) !== 0 && !(tokens.initial[t] === 1 && (flags & F_STOP) !== 0)) {
          out.add(cache[e + E_ENTITY], weight);
          if (runLength === 0) {
            runWeight = weight;
            runHash = FeatureExtractor.feed(this.entityStart, lowers[cache[e + E_INDEX] - 1], false);
          } else {
            runHash = FeatureExtractor.feed(runHash, lowers[cache[e + E_INDEX] - 1], true);
          }
          runLength++;
        } else if (runLength > 0 && (flags & F_CONNECTOR) !== 0 && (nextFlags & F_NAME) !== 0) {
          runHash = FeatureExtractor.feed(runHash, lowers[cache[e + E_INDEX] - 1], true);
        } else {
          if (runLength > 1) out.add(((ENTITY << bits) | (fmix32(runHash) & mask)) >>> 0, runWeight);
          runLength = 0;
        }
      }
      prevFlags = flags;
    }
    if (runLength > 1) out.add(((ENTITY << bits) | (fmix32(runHash) & mask)) >>> 0, runWeight);
  }

  private readonly features = new ArticleFeatures();

  /** Features of the article (valid until the next call); the first `leadWords` words (where news says what
   * happened) count `leadBoost` times. */
  extract(article: Article, titleBoost: number, leadWords = 0, leadBoost = 1): ArticleFeatures {
    const out = this.features;
    out.clear();
    const skip =
      article.boilerplate.length > 1 ? [...article.boilerplate].sort((a, b) => a.start - b.start) : article.boilerplate;
    this.addText(out, article.text, skip, 1, leadWords, leadBoost);
    if (article.title && titleBoost > 0) this.addText(out, article.title, [], titleBoost, 0, 1);
    return out;
  }
}
