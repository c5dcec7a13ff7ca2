import type { Article } from '../../src/records/article.js';
import type { Figure, FigureKind, Qualifier, Quote } from '../../src/records/claim.js';
import { sentences } from '../../src/text/sentences.js';

/** An article built from text written for a test; every field not given is empty. */
export function article(id: string, text: string, fields: Partial<Article> = {}): Article {
  return {
    id,
    file: `${id}.txt`,
    url: null,
    title: null,
    byline: null,
    published: null,
    outlet: id,
    distributor: null,
    language: 'en',
    credits: [],
    text,
    boilerplate: [],
    ...fields,
  };
}

function sentenceAround(text: string, start: number, end: number) {
  const spans = sentences(text);
  const first = spans.find((s) => s.end > start) ?? { start, end };
  const last = [...spans].reverse().find((s) => s.start < end) ?? { start, end };
  return { start: Math.min(first.start, start), end: Math.max(last.end, end) };
}

/** Where `phrase` first stands in the article, with its sentence. */
function placeOf(a: Article, phrase: string) {
  const start = a.text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: "${phrase}" is not in ${a.id}`);
  const end = start + phrase.length;
  return { start, end, sentence: sentenceAround(a.text, start, end) };
}

/** A quote (or reported speech) at the first occurrence of `phrase` in the article's text. */
export function quoteOf(a: Article, phrase: string, speaker: string | null, direct = true): Quote {
  const { start, end, sentence } = placeOf(a, phrase);
  return {
    article: a.id,
    text: phrase,
    start,
    end,
    speaker,
    speakerStart: null,
    speakerEnd: null,
    direct,
    sentence,
  };
}

/** A figure at the first occurrence of `phrase` in the article's text. */
export function figureOf(
  a: Article,
  phrase: string,
  value: number,
  unit: string | null,
  kind: FigureKind,
  extra: { qualifier?: Qualifier | null; period?: string | null; valueMax?: number } = {},
): Figure {
  const { start, end, sentence } = placeOf(a, phrase);
  return {
    article: a.id,
    text: phrase,
    start,
    end,
    value,
    unit,
    kind,
    qualifier: extra.qualifier ?? null,
    period: extra.period ?? null,
    sentence,
    ...(extra.valueMax !== undefined ? { valueMax: extra.valueMax } : {}),
  };
}
