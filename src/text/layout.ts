import type { Span } from '../records/span.js';
import { paragraphs } from './paragraphs.js';
import { sentences } from './sentences.js';

export interface Layout {
  paragraphs: Span[];
  sentences: Span[];
}

/** Cuts `boilerplate` out of `spans`, trimming white space at the new edges. */
function withoutBoilerplate(text: string, spans: Span[], boilerplate: Span[]): Span[] {
  if (boilerplate.length === 0) return spans;
  const out: Span[] = [];
  for (const span of spans) {
    let pieces: Span[] = [span];
    for (const cut of boilerplate) {
      pieces = pieces.flatMap((piece) => {
        if (cut.end <= piece.start || cut.start >= piece.end) return [piece];
        const parts: Span[] = [];
        if (cut.start > piece.start) parts.push({ start: piece.start, end: cut.start });
        if (cut.end < piece.end) parts.push({ start: cut.end, end: piece.end });
        return parts;
      });
    }
    for (const piece of pieces) {
      let { start, end } = piece;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (end > start) out.push({ start, end });
    }
  }
  return out;
}

/** Paragraphs and sentences of an article's text, with its boilerplate (date lines, link lines) left out. */
export function layout(text: string, boilerplate: Span[] = []): Layout {
  const paragraphSpans = withoutBoilerplate(text, paragraphs(text), boilerplate);
  return { paragraphs: paragraphSpans, sentences: sentences(text, paragraphSpans) };
}
