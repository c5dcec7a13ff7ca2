/**
 * What tells one event from another, read from an article: content words (lower-cased, lightly stemmed), named
 * entities (runs of capitalised words, as phrases and as single names), numbers, and times (years, day-month
 * dates, months). Features are hashed into a fixed space per group, so document frequencies fit in one typed
 * array. Everything known about a word form is computed once and cached, so the per-token work is one lookup.
 */
import { hashString } from '../dedup/hash.js';
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
  /** Word-form cache: open addressing on two 32-bit hashes of the form -> index into `infos`. */
  private cacheA = new Uint32Array(1 << 19);
  private cacheB = new Uint32Array(1 << 19);
  private cacheIndex = new Int32Array(1 << 19).fill(-1);
  private infos: WordInfo[] = [];
  private readonly mask: number;

  constructor(
    private readonly seed: number,
    private readonly bits: number,
  ) {
    this.mask = (1 << bits) - 1;
  }

  /** The feature id: the group in the top bits, the hashed key below. */
  id(key: string, group: number): number {
    return ((group << this.bits) | (hashString(key, this.seed) & this.mask)) >>> 0;
  }

  /** What the word form at token t is, computed once per distinct form (the cache empties when half full). */
  private infoAt(text: string, t: number): WordInfo {
    const { hashA, hashB } = this.tokens;
    const a = hashA[t];
    const b = hashB[t];
    const mask = this.cacheIndex.length - 1;
    let slot = Math.imul(a, 0x9e3779b1) >>> 13;
    for (;;) {
      const index = this.cacheIndex[slot];
      if (index < 0) break;
      if (this.cacheA[slot] === a && this.cacheB[slot] === b) return this.infos[index];
      slot = (slot + 1) & mask;
    }
    if (this.infos.length >= WORD_CACHE) {
      this.cacheIndex.fill(-1);
      this.infos = [];
      return this.infoAt(text, t);
    }
    const info = this.describe(text.slice(this.tokens.starts[t], this.tokens.ends[t]));
    this.cacheA[slot] = a;
    this.cacheB[slot] = b;
    this.cacheIndex[slot] = this.infos.length;
    this.infos.push(info);
    return info;
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
      month: capitalised ? (MONTHS[lower] ?? 0) : 0,
      day,
    };
  }

  private count(out: ArticleFeatures, id: number, amount: number): void {
    out.add(id, amount);
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
    let run = '';
    let runLength = 0;
    let runWeight = base;
    const flush = () => {
      if (runLength > 1) this.count(out, this.id(`e:${run}`, ENTITY), runWeight);
      run = '';
      runLength = 0;
    };
    let next = count > 0 ? this.infoAt(text, 0) : null;
    let prev: WordInfo | null = null;
    for (let t = 0; t < count; t++) {
      const info = next!;
      next = t + 1 < count ? this.infoAt(text, t + 1) : null;
      const weight = t < lead ? base * boost : base;
      if (info.number >= 0) {
        flush();
        // A day number beside a month name is a date, counted with the month.
        const besideMonth = info.day > 0 && ((next !== null && next.month > 0) || (prev !== null && prev.month > 0));
        if (!besideMonth) this.count(out, info.number, weight);
      } else if (info.month > 0) {
        flush();
        const day = next && next.day > 0 ? next.day : prev && prev.day > 0 ? prev.day : 0;
        this.count(out, this.id(day > 0 ? `d:${info.month}-${day}` : `m:${info.month}`, TIME), weight);
      } else {
        if (info.term >= 0) this.count(out, info.term, weight);
        if (info.nameLike && !(tokens.initial[t] === 1 && info.stop)) {
          this.count(out, info.entity, weight);
          if (runLength === 0) runWeight = weight;
          run = runLength === 0 ? info.lower : `${run} ${info.lower}`;
          runLength++;
        } else if (runLength > 0 && info.connector && next?.nameLike) {
          run = `${run} ${info.lower}`;
        } else {
          flush();
        }
      }
      prev = info;
    }
    flush();
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
