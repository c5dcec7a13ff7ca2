import { FetchError, type SafeFetchOptions, safeFetch } from '../net/fetch.js';
import { NET_LIMITS } from '../net/limits.js';
import { decodePage } from '../readers/charset.js';
import type { ReadItem } from '../readers/types.js';
import type { SourceDocument } from '../records/article.js';
import { problemOf } from '../records/problem.js';
import type { FeedItem } from './feed.js';
import { mapOrdered } from './ordered-pool.js';

export interface FeedItemOptions {
  /** Fetch each item's page (true for feeds read from a URL); otherwise use the feed's own text. */
  fetchPages: boolean;
  fetch: SafeFetchOptions;
  /** Pages fetched at once. */
  concurrency?: number;
}

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)/i;

function itemMeta(item: FeedItem, url: string | null): SourceDocument['meta'] {
  const meta: SourceDocument['meta'] = {};
  if (url) meta.url = url;
  if (item.title) meta.title = item.title;
  if (item.published) meta.published = item.published;
  if (item.author) meta.byline = item.author;
  return meta;
}

function resolveLink(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, /^https?:/i.test(base) ? base : undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The feed's own text for an item, as a small HTML document, when the page cannot be had. */
function fromFeedText(item: FeedItem, name: string, file: string, url: string | null, why: string): ReadItem {
  if (!item.content) {
    return { problem: { item: name, reason: `${why}, and the feed has no text for this item` } };
  }
  const html = /<[a-z][^>]*>/i.test(item.content) ? item.content : `<p>${escapeText(item.content)}</p>`;
  return { doc: { item: name, file, html: `<article>${html}</article>`, meta: itemMeta(item, url) } };
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Fetches an item's page; falls back to the feed's text (or a problem) when the page cannot be had. */
export async function itemDocument(item: FeedItem, feedUrl: string, options: FeedItemOptions): Promise<ReadItem> {
  const link = resolveLink(item.link, feedUrl);
  const name = link ?? `${feedUrl}#${item.id}`;
  const file = link ?? feedUrl;
  if (!options.fetchPages) return fromFeedText(item, name, file, link, 'page not fetched');
  if (!link) return fromFeedText(item, name, file, null, 'item has no http(s) link');
  try {
    const page = await safeFetch(link, options.fetch);
    if (page.contentType && !HTML_TYPE.test(page.contentType)) {
      return fromFeedText(item, name, file, page.url, `page is ${page.contentType.split(';')[0]}, not HTML`);
    }
    const html = decodePage(page.body, link, page.contentType);
    return { doc: { item: name, file, html, meta: itemMeta(item, page.url) } };
  } catch (error) {
    const why = error instanceof FetchError ? `page unavailable (${error.reason})` : problemOf(name, error).reason;
    return fromFeedText(item, name, file, link, why);
  }
}

/** Documents for a feed's items, in feed order, fetching up to `concurrency` pages at once. */
export function feedDocuments(items: FeedItem[], feedUrl: string, options: FeedItemOptions): AsyncGenerator<ReadItem> {
  return mapOrdered(items, options.concurrency ?? NET_LIMITS.concurrency, (item) =>
    itemDocument(item, feedUrl, options).catch((error: unknown) => ({ problem: problemOf(feedUrl, error) })),
  );
}
