import { WIRE_SERVICES } from './credit-vocabulary.js';
import { findAll, type HtmlElement, type ParsedPage, textOf } from './html-tree.js';
import { dateFromUrl, datelineDate, humanDate, toIsoDate } from './metadata-dates.js';
import type { DeclaredArticle } from './metadata-jsonld.js';
import { detectLanguage, normaliseLanguage } from './metadata-language.js';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  language: string | null;
  /** Origins the metadata credits (JSON-LD `sourceOrganization`, a wire service as author). */
  credits: string[];
}

export interface MetadataInputs {
  /** The URL the page was read from, if known. */
  url: string | null;
  /** The extracted main text (for a dateline and language detection). */
  text: string;
  declared: DeclaredArticle;
}

/** Meta tags that carry the publication date, most specific first. */
const DATE_META = [
  'article:published_time',
  'article:published',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'pdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.created',
  'dcterms.date',
  'date',
  'article.published',
  'article_date_original',
  'cxenseparse:recs:publishtime',
  'timestamp',
];

const AUTHOR_META = [
  'author',
  'article:author',
  'byl',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'twitter:creator',
];

const BYLINE_CLASS =
  /(?:^|[^a-z])(?:byline|author-?name|article-?author|post-?author|author|writer|by-?author)(?:$|[^a-z])/i;

/** A date after the name in a byline ("Jeff Foust Monday, November 18, 2019"). */
const TRAILING_DATE =
  /[\s,|]+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}(?:[./-]\d{1,2}[./-]\d{2,4}|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4})).*$/i;

/** Most words a site's name has, when guessing it is the last part of a `<title>`. */
const SITE_NAME_WORDS = 4;

/** Separators between an article's title and the site's name in `<title>`. */
const TITLE_SEPARATOR = /\s+[|–—·:»-]\s+|\s+::\s+/;

/** Meta tag contents by lower-cased name or property (first value wins). */
function metaIndex(page: ParsedPage): Map<string, string> {
  const index = new Map<string, string>();
  for (const meta of page.head.metas) {
    const content = meta.content?.replace(/\s+/g, ' ').trim();
    if (!content) continue;
    // A tag may name itself several ways at once (`property="article:published" itemprop="datePublished dateCreated"`).
    const keys = [meta.property, meta.name, meta['http-equiv'], ...(meta.itemprop ?? '').split(/\s+/)];
    for (const raw of keys) {
      const key = raw?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

function absolute(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base ?? undefined).toString();
  } catch {
    return null;
  }
}

function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * A title without the site's name: the parts that are not the outlet; for `<title>` (`guess`), also a short last
 * part, which is nearly always the site's name.
 */
function cleanTitle(raw: string | null, outlet: string | null, guess = false): string | null {
  if (!raw) return null;
  const title = raw.replace(/\s+/g, ' ').trim();
  if (!title) return null;
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const site = outlet?.toLowerCase();
  const withoutSite = site ? parts.filter((part) => part.toLowerCase() !== site) : parts;
  if (withoutSite.length === 1) return withoutSite[0];
  const last = parts[parts.length - 1];
  if (guess && last.split(' ').length <= SITE_NAME_WORDS) return parts.slice(0, -1).join(' - ');
  return title;
}

/** A byline as people write it: no "By", no URL, no trailing date or role, names joined by commas. */
function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let byline = raw.replace(/\s+/g, ' ').trim();
  if (/^https?:\/\//i.test(byline) || byline.startsWith('@')) return null;
  byline = byline
    .replace(/^(?:written\s+)?by:?\s+/i, '')
    .replace(/\s*[|,]?\s*(?:updated|published|posted)\b.*$/i, '')
    .replace(TRAILING_DATE, '');
  byline = byline
    .replace(/\s+and\s+/gi, ', ')
    .replace(/\s*,\s*/g, ', ')
    .trim();
  if (byline.length < 2 || byline.length > 120) return null;
  return byline;
}

function firstHeading(root: HtmlElement): string | null {
  const h1 = findAll(root, (element) => element.tag === 'h1')[0];
  return h1 ? textOf(h1) || null : null;
}

function insideArticle(element: HtmlElement): boolean {
  for (let node: HtmlElement | null = element; node; node = node.parent) if (node.tag === 'article') return true;
  return false;
}

function inForm(element: HtmlElement): boolean {
  for (let node: HtmlElement | null = element; node; node = node.parent) if (node.tag === 'form') return true;
  return false;
}

/** Text of the elements a page marks as its byline (`rel=author`, `itemprop=author`, byline classes). */
function bylineTexts(root: HtmlElement): string[] {
  const rel = findAll(root, (element) => element.attrs.rel === 'author' || element.attrs.itemprop === 'author');
  const marked = findAll(root, (element) =>
    BYLINE_CLASS.test(`${element.attrs.class ?? ''} ${element.attrs.id ?? ''}`),
  );
  return [...rel, ...marked]
    .filter((element) => !inForm(element))
    .map((element) => textOf(element))
    .filter((text) => text.length > 0 && text.length <= BYLINE_MAX_CHARS);
}

/** Longest text a byline element may hold; longer ones are author boxes or whole headers. */
const BYLINE_MAX_CHARS = 80;

function dateFromTimeElements(root: HtmlElement): string | null {
  const times = findAll(root, (element) => element.tag === 'time' || element.attrs.itemprop === 'datePublished');
  // A time marked as the publication date, else one inside the article (a page header may show today's date).
  const preferred =
    times.find((element) => element.attrs.pubdate !== undefined || element.attrs.itemprop === 'datePublished') ??
    times.find((element) => insideArticle(element)) ??
    times[0];
  if (!preferred) return null;
  return toIsoDate(preferred.attrs.datetime ?? preferred.attrs.content ?? textOf(preferred));
}

/** The wire service a byline names as the author, alone or after the writers ("JANIE HAR, Associated Press"). */
function wireCredit(byline: string | null): string | null {
  if (!byline) return null;
  const lower = byline.toLowerCase().replace(/[.\s]+$/, '');
  for (const [name, canonical] of WIRE_SERVICES) {
    if (lower === name || lower.endsWith(` ${name}`) || lower.endsWith(`,${name}`)) return canonical;
  }
  return null;
}

/**
 * Title, byline, publication date, outlet, canonical URL, language and credits of a page, each from the most
 * reliable source the page offers: JSON-LD, then OpenGraph and other meta tags, then the markup, then the URL and
 * the text.
 */
export function extractMetadata(page: ParsedPage, inputs: MetadataInputs): PageMetadata {
  const { declared, text } = inputs;
  const meta = metaIndex(page);
  const canonicalLink = page.head.links.find((link) => /(?:^|\s)canonical(?:\s|$)/i.test(link.rel ?? ''));
  const url =
    absolute(canonicalLink?.href, inputs.url) ??
    absolute(meta.get('og:url'), inputs.url) ??
    absolute(declared.url, inputs.url) ??
    inputs.url;

  const declaredPublisher = declared.publisher && !/^https?:/i.test(declared.publisher) ? declared.publisher : null;
  const named = declaredPublisher ?? meta.get('og:site_name') ?? meta.get('application-name') ?? null;
  const outlet =
    (named && /^https?:\/\//i.test(named) ? domainOf(named) : named) ?? domainOf(url) ?? domainOf(inputs.url);

  const title =
    cleanTitle(meta.get('og:title') ?? null, outlet) ??
    declared.headline ??
    cleanTitle(meta.get('twitter:title') ?? null, outlet) ??
    cleanTitle(page.head.title, outlet, true) ??
    firstHeading(page.root);

  const byline =
    (declared.authors.length > 0 ? cleanByline(declared.authors.join(', ')) : null) ??
    AUTHOR_META.map((key) => cleanByline(meta.get(key))).find((name) => name !== null) ??
    bylineTexts(page.root)
      .map(cleanByline)
      .find((name) => name !== null) ??
    null;

  const published =
    toIsoDate(declared.datePublished) ??
    DATE_META.map((key) => toIsoDate(meta.get(key))).find((date) => date !== null) ??
    dateFromTimeElements(page.root) ??
    dateFromUrl(url) ??
    dateFromUrl(inputs.url) ??
    datelineDate(text) ??
    bylineTexts(page.root)
      .map(humanDate)
      .find((date) => date !== null) ??
    toIsoDate(declared.dateModified);

  const language =
    normaliseLanguage(page.head.lang) ??
    normaliseLanguage(meta.get('content-language') ?? meta.get('language') ?? meta.get('dc.language')) ??
    normaliseLanguage(declared.language) ??
    normaliseLanguage(meta.get('og:locale')) ??
    detectLanguage(text);

  const credits: string[] = [];
  for (const source of declared.sources) {
    const canonical = WIRE_SERVICES.get(source.toLowerCase()) ?? source;
    if (!credits.includes(canonical)) credits.push(canonical);
  }
  const wire = wireCredit(byline);
  if (wire && !credits.includes(wire)) credits.push(wire);

  return { title, byline, published, outlet, url, language, credits };
}
