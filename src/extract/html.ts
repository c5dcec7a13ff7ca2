import { findCredits } from './credits.js';
import { parseHtml } from './html-tree.js';
import { extractMainText, MAIN_TEXT_THRESHOLDS } from './main-text.js';
import { readabilityMainText } from './main-text-readability.js';
import { extractMetadata } from './metadata.js';
import { readJsonLd } from './metadata-jsonld.js';

/**
 * Largest page handed to the Readability fallback: it builds a full DOM and its cost grows fast with size and
 * nesting, so pathological pages skip it (the tree is also too deep for it when `tooDeep`).
 */
const READABILITY_MAX_CHARS = 2_000_000;

/**
 * Readability runs only when our cascade gave less than this: next to nothing. Higher would let it replace
 * short true articles with the longer furniture around them.
 */
const READABILITY_BELOW_CHARS = MAIN_TEXT_THRESHOLDS.minTextChars / 2;

/** What extraction finds in one HTML page. */
export interface ExtractedPage {
  text: string;
  title: string | null;
  byline: string | null;
  /** ISO 8601 date or date-time. */
  published: string | null;
  outlet: string | null;
  /** The canonical URL, else the URL the page was read from. */
  url: string | null;
  /** ISO 639-1 where known, else the code as declared or detected. */
  language: string | null;
  /** Wire services and outlets the article credits as its origin. */
  credits: string[];
}

export interface ExtractOptions {
  /** The URL the page was fetched from, if known. */
  url?: string | null;
}

/** Main text and metadata of an HTML page. */
export function extractHtml(html: string, options: ExtractOptions = {}): ExtractedPage {
  const page = parseHtml(html);
  const declared = readJsonLd(page.head.jsonLd);
  let text = extractMainText(page.root, { declaredBody: declared.articleBody });
  if (text.length < READABILITY_BELOW_CHARS && !page.tooDeep && html.length <= READABILITY_MAX_CHARS) {
    // Our cascade found next to nothing: take Readability's idea of the article if it is a real text.
    const fallback = readabilityMainText(html);
    if (fallback.length >= MAIN_TEXT_THRESHOLDS.minTextChars) text = fallback;
  }
  const metadata = extractMetadata(page, { url: options.url ?? null, text, declared });
  const credits = [...metadata.credits];
  for (const credit of findCredits(text)) {
    if (!credits.some((known) => known.toLowerCase() === credit.toLowerCase())) credits.push(credit);
  }
  return { text, ...metadata, credits };
}
