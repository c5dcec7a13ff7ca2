import { parseXmlSource } from '../feeds/feed.js';
import { feedDocuments } from '../feeds/item-documents.js';
import { FetchError, type SafeFetchOptions, safeFetch } from '../net/fetch.js';
import { problemOf } from '../records/problem.js';
import { decodePage, decodeText, decodeXml } from './charset.js';
import { readJsonlArticles } from './jsonl.js';
import { kindByContentType, sniffKind } from './source-kind.js';
import type { ReadItem, ReadOptions } from './types.js';

/** OPML lists may name other OPML lists; this many levels are followed. */
const MAX_OPML_DEPTH = 2;

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';

/** `link` made absolute against `base` when it can be; as it is otherwise (the fetch then reports it). */
export function resolveAgainst(link: string, base: string | null): string {
  try {
    return base ? new URL(link, base).href : link;
  } catch {
    return link;
  }
}

export function fetchOptionsOf(options: ReadOptions): SafeFetchOptions {
  return {
    allowPrivate: options.allowPrivate,
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    retries: options.retries,
    retryBaseMs: options.retryBaseMs,
    maxRedirects: options.maxRedirects,
  };
}

/**
 * Documents from an XML document: a feed's items (their pages fetched when `fetchPages`), or, for an OPML list,
 * every feed it names. `base` is the URL the XML came from, or null for a file.
 */
export async function* readXmlDocument(
  xml: string,
  name: string,
  base: string | null,
  options: ReadOptions,
  depth = 0,
): AsyncGenerator<ReadItem> {
  let source: ReturnType<typeof parseXmlSource>;
  try {
    source = parseXmlSource(xml, name);
  } catch (error) {
    yield { problem: problemOf(name, error) };
    return;
  }
  if (source.kind === 'opml') {
    if (source.opml.feeds.length === 0) yield { problem: { item: name, reason: 'OPML list names no feeds' } };
    for (const feedUrl of source.opml.feeds) {
      if (depth >= MAX_OPML_DEPTH) {
        yield { problem: { item: feedUrl, reason: `OPML lists nested more than ${MAX_OPML_DEPTH} deep` } };
        continue;
      }
      yield* readUrl(resolveAgainst(feedUrl, base), options, depth + 1);
    }
    return;
  }
  const { items } = source.feed;
  if (items.length === 0) return;
  const fetchPages = options.fetchPages ?? base !== null;
  yield* feedDocuments(items, base ?? name, {
    fetchPages,
    fetch: fetchOptionsOf(options),
    concurrency: options.concurrency,
  });
}

/** An http(s) URL: a feed or OPML list (by content type, else by sniffing), a page, or a plain-text document. */
export async function* readUrl(url: string, options: ReadOptions, depth = 0): AsyncGenerator<ReadItem> {
  let response: Awaited<ReturnType<typeof safeFetch>>;
  try {
    response = await safeFetch(url, { ...fetchOptionsOf(options), accept: FEED_ACCEPT });
  } catch (error) {
    yield { problem: { item: url, reason: error instanceof FetchError ? error.reason : problemOf(url, error).reason } };
    return;
  }
  const body = response.body;
  if (body.length === 0 || body.toString('latin1').trim() === '') {
    yield { problem: { item: url, reason: 'empty response' } };
    return;
  }
  const kind = kindByContentType(response.contentType) ?? sniffKind(body);
  try {
    if (kind === 'xml') {
      yield* readXmlDocument(decodeXml(body, url, response.contentType), url, response.url, options, depth);
    } else if (kind === 'html') {
      yield {
        doc: { item: url, file: url, html: decodePage(body, url, response.contentType), meta: { url: response.url } },
      };
    } else if (kind === 'jsonl') {
      yield* readJsonlArticles(decodeText(body, url), url);
    } else if (kind === 'text' && /^text\//i.test(response.contentType ?? 'text/')) {
      yield { doc: { item: url, file: url, text: decodeText(body, url), meta: { url: response.url } } };
    } else {
      yield { problem: { item: url, reason: `cannot read ${response.contentType ?? 'untyped'} content from a URL` } };
    }
  } catch (error) {
    yield { problem: problemOf(url, error) };
  }
}
