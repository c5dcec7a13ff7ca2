import { ItemError } from '../records/problem.js';
import { asArray, asNode, attrOf, decodeEntities, parseXml, textOf, type XmlNode } from './xml.js';

/** One entry of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, with what the feed says about it. */
export interface FeedItem {
  /** guid / Atom id / rdf:about, else the link, else a hash-free key of title and date: what `watch` remembers. */
  id: string;
  link: string | null;
  title: string | null;
  /** ISO 8601 when the feed's date could be read, else the feed's own string. */
  published: string | null;
  author: string | null;
  /** The feed's own text for the item (content:encoded, else description / content / summary), as HTML. */
  content: string | null;
}

export interface Feed {
  format: 'rss' | 'atom' | 'rdf';
  title: string | null;
  link: string | null;
  items: FeedItem[];
}

export interface Opml {
  title: string | null;
  /** Feed URLs, in document order, without repeats. */
  feeds: string[];
}

export type XmlSource = { kind: 'feed'; feed: Feed } | { kind: 'opml'; opml: Opml };

function isoDate(raw: string): string | null {
  if (!raw) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return raw;
  const time = Date.parse(raw);
  return Number.isNaN(time) ? raw : new Date(time).toISOString();
}

const orNull = (text: string): string | null => (text === '' ? null : text);

/** Titles may carry markup (Atom `type="html"`); a title is plain text. */
const plainTitle = (text: string): string | null =>
  orNull(
    text
      .replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );

/** Raw Atom content kept as markup by the parser: unwrap CDATA and decode escaped HTML unless it is inline XHTML. */
function atomContent(value: unknown): string {
  const node = asNode(value);
  const raw = typeof value === 'string' ? value : textOf(node ?? value);
  const unwrapped = raw.replace(/^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/, '$1');
  if (unwrapped !== raw) return unwrapped.trim();
  return attrOf(node, 'type') === 'xhtml' ? unwrapped.trim() : decodeEntities(unwrapped).trim();
}

function authorNames(values: unknown[]): string | null {
  const names = values.map((value) => textOf(asNode(value)?.name ?? value)).filter(Boolean);
  return names.length > 0 ? names.join(', ') : null;
}

function rssItem(node: XmlNode, rdf: boolean): FeedItem {
  const link = orNull(textOf(node.link)) ?? (rdf ? orNull(attrOf(node, 'rdf:about')) : null);
  const title = plainTitle(textOf(node.title));
  const published = isoDate(textOf(node.pubDate) || textOf(node['dc:date']));
  const content = orNull(textOf(node['content:encoded'])) ?? orNull(textOf(node.description));
  const guid = textOf(node.guid) || (rdf ? attrOf(node, 'rdf:about') : '');
  const author = authorNames(asArray(node['dc:creator'])) ?? authorNames(asArray(node.author));
  return { id: guid || link || `${title ?? ''}|${published ?? ''}`, link, title, published, author, content };
}

function atomLink(node: XmlNode): string | null {
  const links = asArray(node.link).map((value) => asNode(value) ?? {});
  const alternate = links.find((link) => ['', 'alternate'].includes(attrOf(link, 'rel'))) ?? links[0];
  return alternate ? orNull(attrOf(alternate, 'href')) : null;
}

function atomEntry(node: XmlNode): FeedItem {
  const link = atomLink(node);
  const title = plainTitle(textOf(node.title));
  const published = isoDate(textOf(node.published) || textOf(node.updated));
  const content = orNull(atomContent(node.content)) ?? orNull(atomContent(node.summary));
  const id = textOf(node.id) || link || `${title ?? ''}|${published ?? ''}`;
  return { id, link, title, published, author: authorNames(asArray(node.author)), content };
}

function collectOutlines(outlines: unknown[], into: string[], seen: Set<string>): void {
  for (const value of outlines) {
    const node = asNode(value);
    if (!node) continue;
    const url = attrOf(node, 'xmlUrl') || attrOf(node, 'xmlurl');
    if (url && !seen.has(url)) {
      seen.add(url);
      into.push(url);
    }
    collectOutlines(asArray(node.outline), into, seen);
  }
}

/** Reads an RSS 2.0, Atom, RSS 1.0 (RDF) feed or an OPML list from XML text; ItemError when it is none of them. */
export function parseXmlSource(xml: string, item: string): XmlSource {
  const root = parseXml(xml, item);
  const rss = asNode(root.rss);
  if (rss) {
    const channel = asNode(rss.channel) ?? {};
    const items = asArray(channel.item).map((value) => rssItem(asNode(value) ?? {}, false));
    return {
      kind: 'feed',
      feed: { format: 'rss', title: orNull(textOf(channel.title)), link: orNull(textOf(channel.link)), items },
    };
  }
  const atom = asNode(root.feed);
  if (atom) {
    const items = asArray(atom.entry).map((value) => atomEntry(asNode(value) ?? {}));
    return { kind: 'feed', feed: { format: 'atom', title: orNull(textOf(atom.title)), link: atomLink(atom), items } };
  }
  const rdf = asNode(root['rdf:RDF']);
  if (rdf) {
    const channel = asNode(rdf.channel) ?? {};
    const items = asArray(rdf.item).map((value) => rssItem(asNode(value) ?? {}, true));
    return {
      kind: 'feed',
      feed: { format: 'rdf', title: orNull(textOf(channel.title)), link: orNull(textOf(channel.link)), items },
    };
  }
  const opml = asNode(root.opml);
  if (opml) {
    const feeds: string[] = [];
    collectOutlines(asArray(asNode(opml.body)?.outline), feeds, new Set());
    return { kind: 'opml', opml: { title: orNull(textOf(asNode(opml.head)?.title)), feeds } };
  }
  throw new ItemError(item, 'XML is not an RSS, Atom, RDF feed or OPML list');
}
