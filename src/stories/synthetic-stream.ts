/**
 * A seeded, realistic-looking stream of articles for benchmarks and tests: stories of 1 to 100 articles (heavy
 * tailed), each with its own names, places, numbers and topic words over a Zipf background vocabulary; about 15%
 * of articles are syndicated copies of an earlier one in the story with a new header and footer; dates run over
 * months at a steady rate. Generated lazily, so a million articles never sit in memory at once.
 */
import type { Article } from '../records/article.js';

export interface StreamOptions {
  articles: number;
  seed: number;
  /** Articles published per day (the world's news is 100k-200k a day; one desk sees a few thousand). */
  perDay: number;
  /** Share of articles that are syndicated copies. */
  copyShare: number;
  vocabulary: number;
}

export const DEFAULT_STREAM: StreamOptions = {
  articles: 10_000,
  seed: 7,
  perDay: 5_000,
  copyShare: 0.15,
  vocabulary: 40_000,
};

/** mulberry32: a small, fast, seeded generator. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS = (
  'the of and to a in that is was he for it with as his on be at by had are but from or have an they which one ' +
  'you were her all she there would their we him been has when who will more no if out so said what up its about ' +
  'into than them can only other new some could time these two may then do first any my now such like our over'
).split(' ');

const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'br',
  'st',
  'tr',
  'ch',
  'sh',
  'pl',
  'gr',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io'];
const CODAS = ['', '', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'ck'];

function makeWord(rand: () => number, syllables: number): string {
  let word = '';
  for (let s = 0; s < syllables; s++) {
    word += ONSETS[Math.floor(rand() * ONSETS.length)] + VOWELS[Math.floor(rand() * VOWELS.length)];
    if (s === syllables - 1 || rand() < 0.3) word += CODAS[Math.floor(rand() * CODAS.length)];
  }
  return word;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

interface SyntheticStory {
  id: number;
  remaining: number;
  day: number;
  topic: string[];
  names: string[];
  numbers: string[];
  /** Texts of the story's articles so far, for syndicated copies (only a few kept). */
  texts: string[];
  titles: string[];
  ids: string[];
}

export interface SyntheticArticle extends Article {
  /** The story the generator meant it to belong to. */
  event: string;
  /** The article it is a syndicated copy of, if any. */
  copyOfTruth: string | null;
}

/** Yields `options.articles` articles in publication order. */
export function* syntheticStream(options: Partial<StreamOptions> = {}): Generator<SyntheticArticle> {
  const o: StreamOptions = { ...DEFAULT_STREAM, ...options };
  const rand = random(o.seed);
  // Real function words take the top ranks, as in English text, where they make up about half of all tokens.
  const vocab: string[] = [...FUNCTION_WORDS];
  const seen = new Set<string>(vocab);
  while (vocab.length < o.vocabulary) {
    const word = makeWord(rand, 1 + Math.floor(rand() * 3));
    if (!seen.has(word)) {
      seen.add(word);
      vocab.push(word);
    }
  }
  // Zipf(1) sampling by inverse CDF over a precomputed table.
  const cdf = new Float64Array(vocab.length);
  let total = 0;
  for (let i = 0; i < vocab.length; i++) cdf[i] = total += 1 / (i + 1.5);
  const zipf = (): string => {
    const x = rand() * total;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return vocab[lo];
  };
  const rare = (): string => vocab[1000 + Math.floor(rand() * (vocab.length - 1000))];

  const active: SyntheticStory[] = [];
  let nextStory = 0;
  const newStory = (day: number): SyntheticStory => {
    // Heavy-tailed sizes from 1 to 100: most stories are small, a few are big.
    const size = Math.min(100, Math.max(1, Math.floor(1 / (rand() ** 1.2 + 0.01))));
    const names: string[] = [];
    for (let i = 0; i < 4; i++)
      names.push(`${capitalise(makeWord(rand, 2))} ${capitalise(makeWord(rand, 2 + (i % 2)))}`);
    names.push(capitalise(makeWord(rand, 3)));
    const topic: string[] = [];
    for (let i = 0; i < 25; i++) topic.push(rare());
    const numbers: string[] = [];
    for (let i = 0; i < 4; i++) numbers.push(String(Math.floor(rand() * 5000) + 11));
    return { id: nextStory++, remaining: size, day, topic, names, numbers, texts: [], titles: [], ids: [] };
  };

  const sentence = (story: SyntheticStory): string => {
    const n = 8 + Math.floor(rand() * 18);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = rand();
      if (r < 0.12) parts.push(story.topic[Math.floor(rand() * story.topic.length)]);
      else if (r < 0.16) parts.push(story.names[Math.floor(rand() * story.names.length)]);
      else if (r < 0.175) parts.push(story.numbers[Math.floor(rand() * story.numbers.length)]);
      else parts.push(zipf());
    }
    parts[0] = capitalise(parts[0]);
    return `${parts.join(' ')}.`;
  };

  const body = (story: SyntheticStory): string => {
    const words = 300 + Math.floor(rand() * 500);
    const paragraphs: string[] = [];
    let count = 0;
    while (count < words) {
      const sentences: string[] = [];
      for (let s = 0; s < 2 + Math.floor(rand() * 3); s++) {
        const text = sentence(story);
        count += text.split(' ').length;
        sentences.push(text);
      }
      paragraphs.push(sentences.join(' '));
    }
    return paragraphs.join('\n\n');
  };

  for (let i = 0; i < o.articles; i++) {
    const day = Math.floor(i / o.perDay);
    // Roughly one story in three is new each time; the rest continue an active story.
    let story: SyntheticStory;
    if (active.length === 0 || rand() < 0.3) {
      story = newStory(day);
      active.push(story);
    } else {
      story = active[Math.floor(rand() * active.length)];
    }
    story.remaining--;
    story.day = day;
    const published = new Date(Date.UTC(2024, 0, 1) + day * 86_400_000 + Math.floor(rand() * 86_400_000)).toISOString();
    let text: string;
    let title: string;
    let copyOfTruth: string | null = null;
    if (story.texts.length > 0 && rand() < o.copyShare * 1.6) {
      const k = Math.floor(rand() * story.texts.length);
      const header = `${capitalise(zipf())} ${zipf()} ${zipf()} ${zipf()} ${zipf()} ${zipf()}`;
      const footer = `${capitalise(zipf())} ${zipf()} ${zipf()} ${zipf()} ${zipf()} ${zipf()} ${zipf()}.`;
      text = `${header}\n\n${story.texts[k]}\n\n${footer}`;
      title = story.titles[k];
      copyOfTruth = story.ids[k];
    } else {
      title = sentence(story).slice(0, 80);
      text = `${title}\n\n${body(story)}`;
      if (story.texts.length < 3) {
        story.texts.push(text);
        story.titles.push(title);
        story.ids.push(`a${i}`);
      }
    }
    // Texts read from a file are flat strings; built by concatenation they are ropes until first read.
    text.charCodeAt(text.length >> 1);
    yield {
      id: `a${i}`,
      file: 'synthetic',
      url: null,
      title,
      byline: null,
      published,
      outlet: `outlet-${Math.floor(rand() * 200)}`,
      distributor: null,
      language: 'en',
      credits: [],
      text,
      boilerplate: [],
      event: `story-${story.id}`,
      copyOfTruth,
    };
    if (story.remaining <= 0) active.splice(active.indexOf(story), 1);
    // Stories that go quiet for a week end.
    while (active.length > 0 && day - active[0].day > 7) active.shift();
    if (active.length > 2000) active.splice(0, active.length - 2000);
  }
}
