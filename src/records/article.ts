import type { Span } from './span.js';

/** The JSONL article record, as users write it. `text` or `html` is required. */
export interface ArticleInput {
  id?: string;
  text?: string;
  html?: string;
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
  language?: string;
}

/** What a reader yields: one document, not yet normalised. */
export interface SourceDocument {
  /** Where it came from, for messages: a path, `path:line`, a URL, a WARC record. */
  item: string;
  /** Reported as the article's `file`: the path or URL it was read from. */
  file: string;
  /** Plain text exactly as given (offsets of claims index into it). */
  text?: string;
  /** Decoded HTML of a page. */
  html?: string;
  /** Metadata the container already knows (JSONL fields, feed item fields, HTTP headers). */
  meta: Omit<ArticleInput, 'text' | 'html'> & {
    /** The author a container names (a feed item's author / dc:creator), when the page itself may not. */
    byline?: string;
  };
}

/** A normalised article: main text plus metadata. Every later stage reads this. */
export interface Article {
  id: string;
  file: string;
  url: string | null;
  title: string | null;
  byline: string | null;
  /** ISO 8601: a date (`2025-04-02`) or a date-time. */
  published: string | null;
  /** The outlet whose words these are (for a syndicated copy, the original outlet). */
  outlet: string | null;
  /** Who republished it, where the text says so (`MENAFN` in `MENAFN - UkrinForm`). */
  distributor: string | null;
  language: string | null;
  /** Wire services and outlets the article credits as its origin. */
  credits: string[];
  /** The article text; claim offsets are indices into it. */
  text: string;
  /** Parts of `text` that are not the article: scraper date lines, links to other stories. */
  boilerplate: Span[];
}
