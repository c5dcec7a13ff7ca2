/**
 * What tells one event from another, read from an article: content words (lower-cased, lightly stemmed), named
 * entities (runs of capitalised words, as phrases and as single names), numbers, years and day-month dates.
 * Features are hashed into a fixed space, so document frequencies fit in one typed array.
 */
import type { Article } from '../records/article.js';
import type { Span } from '../records/span.js';
import { hashString } from '../dedup/hash.js';
import { isWordChar } from '../dedup/word-hashes.js';
import { MONTHS, NOT_ENTITIES, STOPWORDS } from './vocabulary.js';

export const TERM = 0;
export const ENTITY = 1;
export const NUMBER = 2;
/** Years and dates the text mentions. */
export const TIME = 3;

export const GROUPS = 4;

/** Raw features of one article: feature id -> frequency. A feature's group is `id >>> bits`. */
export interface ArticleFeatures {
  counts: Map<number, number>;
}

interface Token {
  text: string;
  lower: string;
  /** Starts a sentence, a line or the text: capitalisation there says nothing. */
  initial: boolean;
  capitalised: boolean;
}

const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'van', 'von', 'al', 'bin', 'da', 'di', 'du', 'le']);

function scan(text: string, skip: readonly Span[], out: Token[]): void {
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
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (c === 46 || c === 33 || c === 63 || c === 10 || c === 58 || c === 8230) {
        // A dot inside a number or after a single capital initial does not end a sentence.
        const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
        if (!(c === 46 && isWordChar(next)) && !(c === 46 && i > 1 && !isWordChar(text.charCodeAt(i - 2)) && prev >= 65 && prev <= 90)) {
          initial = true;
        }
      }
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isWordChar(d)) j++;
      else if ((d === 39 || d === 0x2019 || d === 45 || d === 46 || d === 44) && j + 1 < n && isWordChar(text.charCodeAt(j + 1))) {
        // Keep "Rutte's", "U.S", "well-known", "1,500" and "2.5" whole; a comma only between digits.
        if (d === 44 && !(text.charCodeAt(j - 1) >= 48 && text.charCodeAt(j - 1) <= 57)) break;
        j += 2;
      } else break;
    }
    const word = text.slice(i, j);
    const first = word.charAt(0);
    const lower = word.toLowerCase();
    out.push({ text: word, lower, initial, capitalised: first !== first.toLowerCase() });
    initial = false;
    i = j;
  }
}

/** A light stemmer: plural and possessive endings, so `offers`, `offer` and `offer's` meet. */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

function isNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

export class FeatureExtractor {
  private readonly tokens: Token[] = [];
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

  private add(out: ArticleFeatures, key: string, group: number, amount: number): void {
    const id = this.id(key, group);
    out.counts.set(id, (out.counts.get(id) ?? 0) + amount);
  }

  private addText(out: ArticleFeatures, text: string, skip: readonly Span[], baseWeight: number, lead = 0, leadBoost = 1): void {
    const tokens = this.tokens;
    tokens.length = 0;
    scan(text, skip, tokens);
    let run: string[] = [];
    let runWeight = baseWeight;
    const flush = () => {
      if (run.length > 1) this.add(out, `e:${run.join(' ')}`, ENTITY, runWeight);
      run = [];
    };
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t];
      const weight = t < lead ? baseWeight * leadBoost : baseWeight;
      const lower = token.lower;
      if (isNumber(lower)) {
        flush();
        const value = lower.replace(/,/g, '');
        const year = value.length === 4 && (value.startsWith('19') || value.startsWith('20'));
        if (year) this.add(out, `y:${value}`, TIME, weight);
        else this.add(out, `n:${value}`, NUMBER, weight);
        continue;
      }
      const month = MONTHS[lower];
      if (month !== undefined && token.capitalised) {
        const next = tokens[t + 1];
        const prev = tokens[t - 1];
        const day = next && /^\d{1,2}(st|nd|rd|th)?$/.test(next.lower) ? next.lower : prev && /^\d{1,2}$/.test(prev.lower) ? prev.lower : null;
        if (day !== null && Number.parseInt(day, 10) <= 31) this.add(out, `d:${month}-${Number.parseInt(day, 10)}`, TIME, weight);
        else this.add(out, `m:${month}`, TIME, weight);
        flush();
        continue;
      }
      const stop = STOPWORDS.has(lower);
      if (!stop && lower.length > 1) this.add(out, `t:${stem(lower)}`, TERM, weight);
      const entityWord =
        token.capitalised &&
        !NOT_ENTITIES.has(lower) &&
        !(token.initial && stop) &&
        // ALL CAPS words longer than an acronym are shouting headlines, not names.
        (token.text.length <= 5 || token.text !== token.text.toUpperCase());
      if (entityWord) {
        this.add(out, `e:${stem(lower)}`, ENTITY, weight);
        if (run.length === 0) runWeight = weight;
        run.push(lower);
      } else if (run.length > 0 && CONNECTORS.has(lower) && tokens[t + 1]?.capitalised) {
        run.push(lower);
      } else {
        flush();
      }
    }
    flush();
  }

  /** Features of the article; the first `leadWords` words (where news says what happened) count `leadBoost` times. */
  extract(article: Article, titleBoost: number, leadWords = 0, leadBoost = 1): ArticleFeatures {
    const out: ArticleFeatures = { counts: new Map() };
    const skip = article.boilerplate.length > 1 ? [...article.boilerplate].sort((a, b) => a.start - b.start) : article.boilerplate;
    this.addText(out, article.text, skip, 1, leadWords, leadBoost);
    if (article.title && titleBoost > 0) this.addText(out, article.title, [], titleBoost);
    return out;
  }
}
