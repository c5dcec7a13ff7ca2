import type { Span } from '../records/span.js';

export interface Token extends Span {
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

/** Word tokens with their offsets. Apostrophes, hyphens and inner dots stay inside a word (`Rutte's`, `U.S`). */
export function tokens(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const match of slice.matchAll(WORD)) {
    out.push({ start: from + match.index, end: from + match.index + match[0].length, text: match[0] });
  }
  return out;
}

/** Lower-cased word forms, typographic apostrophes folded, for comparing wordings. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) out.push(match[0].toLowerCase().replace(/’/g, "'"));
  return out;
}
