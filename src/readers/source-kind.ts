/** How a file is read. `xml` is a feed (RSS, Atom, RDF) or an OPML list, told apart by its root element. */
export type SourceKind = 'text' | 'html' | 'jsonl' | 'warc' | 'xml';

const BY_EXTENSION: Array<[RegExp, SourceKind]> = [
  [/\.(txt|text|md)$/i, 'text'],
  [/\.(html?|xhtml)(\.gz)?$/i, 'html'],
  [/\.(jsonl|ndjson)(\.gz)?$/i, 'jsonl'],
  [/\.warc(\.gz)?$/i, 'warc'],
  [/\.(xml|rss|atom|rdf|opml)(\.gz)?$/i, 'xml'],
];

/** The kind a file's name says it is, or null for names we do not know (then the content decides). */
export function kindByExtension(path: string): SourceKind | null {
  for (const [pattern, kind] of BY_EXTENSION) if (pattern.test(path)) return kind;
  return null;
}

/** The kind the first bytes of a (decompressed) file suggest; `text` when nothing more specific matches. */
export function sniffKind(head: Uint8Array): SourceKind {
  const start = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 1024))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^WARC\/\d/.test(start)) return 'warc';
  if (/^\{/.test(start)) return 'jsonl';
  if (/^<\?xml/i.test(start)) return /<(html|!doctype html)/i.test(start) ? 'html' : 'xml';
  if (/^<(rss|feed|rdf:RDF|opml)\b/i.test(start)) return 'xml';
  if (/^<(!doctype html|html|head|body)\b/i.test(start) || /^<!--/.test(start)) return 'html';
  return 'text';
}

/** The kind a Content-Type header names, or null when the body must be sniffed. */
export function kindByContentType(contentType: string | null): SourceKind | null {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (/(rss|atom|rdf|opml)\+xml$|^(application|text)\/xml$|^text\/x-opml$/.test(type)) return 'xml';
  if (type === 'application/x-ndjson' || type === 'application/jsonl' || type === 'application/x-jsonlines')
    return 'jsonl';
  if (type === 'application/warc') return 'warc';
  return null;
}
