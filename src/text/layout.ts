import type { Span } from '../records/span.js';
import { paragraphs } from './paragraphs.js';
import { sentences } from './sentences.js';
import { firstAtOrAfter } from './sorted.js';

export interface Layout {
  paragraphs: Span[];
  sentences: Span[];
}

/** The union of the non-empty `cuts`, as spans in order with a gap between each two. */
function unionOf(cuts: Span[]): Span[] {
  const sorted = cuts.filter((cut) => cut.end > cut.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const cut of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && cut.start <= last.end) last.end = Math.max(last.end, cut.end);
    else out.push({ start: cut.start, end: cut.end });
  }
  return out;
}

/** Pushes `[start, end)` with white space trimmed at both edges, unless nothing is left. */
function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  if (to > from) out.push({ start: from, end: to });
}

/**
 * Cuts `boilerplate` out of `spans`, trimming white space at the new edges. Each span meets only the cuts that
 * overlap it, found by a binary search: every span against every cut was quadratic in a text of many link lines.
 */
function withoutBoilerplate(text: string, spans: Span[], boilerplate: Span[]): Span[] {
  if (boilerplate.length === 0) return spans;
  const union = unionOf(boilerplate);
  const out: Span[] = [];
  for (const span of spans) {
    let start = span.start;
    for (
      let i = firstAtOrAfter(union.length, (k) => union[k].end, span.start + 1);
      i < union.length && union[i].start < span.end;
      i++
    ) {
      if (union[i].start > start) pushTrimmed(text, start, union[i].start, out);
      start = union[i].end;
    }
    if (start < span.end) pushTrimmed(text, start, span.end, out);
  }
  return out;
}

/** Paragraphs and sentences of an article's text, with its boilerplate (date lines, link lines) left out. */
export function layout(text: string, boilerplate: Span[] = []): Layout {
  const paragraphSpans = withoutBoilerplate(text, paragraphs(text), boilerplate);
  return { paragraphs: paragraphSpans, sentences: sentences(text, paragraphSpans) };
}
