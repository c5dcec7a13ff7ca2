/** Small invented records for the store's tests and benchmark. */
import type { Article } from '../records/article.js';
import type { ArticleClaims, Figure, FigureKind, Quote } from '../records/claim.js';
import type { ArticleRecord } from './types.js';

export interface RecordSpec {
  id: string;
  story: string;
  text: string;
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  copyOf?: string | null;
  derivedFrom?: string | null;
  /** Quoted passages of `text` and who said them. */
  quotes?: Array<{ text: string; speaker: string | null }>;
  /** Figures written in `text`. */
  figures?: Array<{ text: string; value: number; unit: string | null; kind?: FigureKind }>;
}

/** The sentence of `text` around `start` (to the surrounding `.`), as a span. */
function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const from = text.lastIndexOf('. ', start);
  const to = text.indexOf('.', end);
  return { start: from < 0 ? 0 : from + 2, end: to < 0 ? text.length : to + 1 };
}

function spanOf(text: string, part: string, id: string): { start: number; end: number } {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`fixture ${id}: ${JSON.stringify(part)} is not in the text`);
  return { start, end: start + part.length };
}

/** A record whose claims are objects, as tests read them back. */
export type FixtureRecord = ArticleRecord & { claims: ArticleClaims };

export function makeRecord(spec: RecordSpec): FixtureRecord {
  const article: Article = {
    id: spec.id,
    file: `fixtures/${spec.id}.txt`,
    url: `https://example.test/${spec.id}`,
    title: spec.title === undefined ? `Title of ${spec.id}` : spec.title,
    byline: null,
    published: spec.published === undefined ? null : spec.published,
    outlet: spec.outlet === undefined ? null : spec.outlet,
    distributor: null,
    language: 'en',
    credits: [],
    text: spec.text,
    boilerplate: [],
  };
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const { start, end } = spanOf(spec.text, q.text, spec.id);
    return {
      article: spec.id,
      text: q.text,
      start,
      end,
      speaker: q.speaker,
      speakerStart: null,
      speakerEnd: null,
      direct: true,
      sentence: sentenceAround(spec.text, start, end),
      cue: 'said',
    };
  });
  const figures: Figure[] = (spec.figures ?? []).map((f) => {
    const { start, end } = spanOf(spec.text, f.text, spec.id);
    return {
      article: spec.id,
      text: f.text,
      start,
      end,
      value: f.value,
      unit: f.unit,
      kind: f.kind ?? 'quantity',
      qualifier: null,
      period: null,
      sentence: sentenceAround(spec.text, start, end),
    };
  });
  return {
    article,
    copy: { article: spec.id, copyOf: spec.copyOf ?? null, derivedFrom: spec.derivedFrom ?? null },
    story: spec.story,
    claims: {
      article: spec.id,
      quotes,
      figures,
      dates: [],
      entities: [{ id: 0, name: 'Harbour Council', type: 'organization', mentions: [] }],
    },
  };
}
