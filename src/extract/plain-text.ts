import type { Span } from '../records/span.js';
import { canonicalOutlet } from './credit-vocabulary.js';

/** What a plain-text article says about itself in lines a scraper left in. */
export interface PlainTextMetadata {
  published: string | null;
  outlet: string | null;
  distributor: string | null;
  credits: string[];
  boilerplate: Span[];
}

const ISO_DATE = String.raw`(\d{4}-\d{2}-\d{2})`;

/**
 * Scraper date lines at the very start of the text:
 * ` date 2025-04-02 MENAFN - UkrinForm)` gives the date, the distributor and the original outlet;
 * `Published: 2025-04-02` and `Date: 2025-04-02` give the date.
 */
const DISTRIBUTED_DATE_LINE = new RegExp(
  String.raw`^\s*date\s+${ISO_DATE}(?:[T ][\d:.Z+-]+)?\s+([\p{L}\p{N}][\p{L}\p{N} .&'-]*?)\s+-\s+([\p{L}\p{N}][\p{L}\p{N} .&'-]*?)\)\s*`,
  'iu',
);
const LABELLED_DATE_LINE = new RegExp(
  String.raw`^\s*(?:date|published|posted|updated)\s*:?\s+${ISO_DATE}[^\n]*?(?:\n|$)`,
  'i',
);

/** Lines that are navigation rather than article: "Read more: ...", "Related: ...". */
const NAVIGATION_LINE =
  /^(?:read (?:more|also)|also read|related(?: stories| articles)?|see also|watch|listen|advertisement|subscribe)\b[:\s]/i;

const TERMINAL_PUNCTUATION = /[.!?:;"'”’)…]$/;

/** Share of longer words that start with a capital: Title Case headings score high, sentence-case headlines low. */
function capitalisedShare(line: string): number {
  const longWords = line.split(/\s+/).filter((word) => word.replace(/[^\p{L}]/gu, '').length > 3);
  if (longWords.length === 0) return 1;
  return longWords.filter((word) => /^[\p{Lu}]/u.test(word)).length / longWords.length;
}

/**
 * A line that links to another story: standing alone between paragraphs, short, without end punctuation, and
 * written as a sentence-case headline. Title Case lines are the article's own section headings and stay.
 */
function isLinkToAnotherStory(line: string, isFirst: boolean): boolean {
  if (NAVIGATION_LINE.test(line)) return true;
  if (isFirst || TERMINAL_PUNCTUATION.test(line)) return false;
  const wordCount = line.split(/\s+/).length;
  if (wordCount < 4 || wordCount > 20) return false;
  return capitalisedShare(line) < 0.6;
}

function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const leading = match[0].length - match[0].trimStart().length;
    const trimmed = match[0].trim();
    if (trimmed) spans.push({ start: match.index + leading, end: match.index + leading + trimmed.length });
  }
  return spans;
}

/** Reads the metadata a plain-text article carries in its own lines, and marks the lines that are not the article. */
export function readPlainTextMetadata(text: string): PlainTextMetadata {
  const result: PlainTextMetadata = { published: null, outlet: null, distributor: null, credits: [], boilerplate: [] };
  const distributed = DISTRIBUTED_DATE_LINE.exec(text);
  if (distributed) {
    result.published = distributed[1];
    result.distributor = canonicalOutlet(distributed[2]);
    result.outlet = canonicalOutlet(distributed[3]);
    result.credits.push(result.outlet);
    result.boilerplate.push({ start: distributed.index, end: distributed.index + distributed[0].length });
  } else {
    const labelled = LABELLED_DATE_LINE.exec(text);
    if (labelled) {
      result.published = labelled[1];
      result.boilerplate.push({ start: labelled.index, end: labelled.index + labelled[0].length });
    }
  }
  const lines = lineSpans(text);
  // Only the date line can cover a line (lines are disjoint): testing every cut so far made many link lines quadratic.
  const dateLine = result.boilerplate[0];
  lines.forEach((span, index) => {
    const line = text.slice(span.start, span.end);
    const coveredByDateLine = dateLine !== undefined && dateLine.start <= span.start && span.end <= dateLine.end;
    if (!coveredByDateLine && isLinkToAnotherStory(line, index === 0)) result.boilerplate.push(span);
  });
  return result;
}
