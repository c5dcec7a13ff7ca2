import type { Span } from '../records/span.js';

const LINE = /[^\n]+/g;
/** Characters that end a block when they end a line: `.!?:;`, closing quotes and brackets. */
const BLOCK_ENDERS = '.!?:;"\'”’)]';
const STARTS_LOWER = /^\s*[\p{Ll}]/u;

/**
 * Paragraph spans of `text`. A line break ends a paragraph unless the text looks hard-wrapped there
 * (the line does not end a sentence and the next one starts in lower case).
 */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let current: Span | null = null;
  let previousLineEnd = -1;
  for (const match of text.matchAll(LINE)) {
    const line = match[0];
    const leading = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed.length === 0) {
      current = null;
      continue;
    }
    const start = match.index + leading;
    const end = start + trimmed.length;
    const blankBetween = previousLineEnd >= 0 && /\n[^\S\n]*\n/.test(text.slice(previousLineEnd, start));
    const continues =
      current !== null &&
      !blankBetween &&
      // The paragraph so far ends on a non-space, so its last character is all a block end needs: re-reading the
      // paragraph at every line break was quadratic in a paragraph of many single-newline lines.
      !BLOCK_ENDERS.includes(text[current.end - 1]) &&
      STARTS_LOWER.test(trimmed);
    if (continues && current) {
      current.end = end;
    } else {
      current = { start, end };
      out.push(current);
    }
    previousLineEnd = end;
  }
  return out;
}
