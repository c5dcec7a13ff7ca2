import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ItemError } from '../records/problem.js';

/** Elements that repeat in feeds and OPML, always parsed as arrays so one item and many look the same. */
const REPEATED = new Set(['item', 'entry', 'link', 'outline', 'author', 'category', 'dc:creator']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  // Atom content may be inline XHTML: keep it as markup rather than as a parsed object tree.
  stopNodes: ['*.entry.content', '*.entry.summary'],
  isArray: (name) => REPEATED.has(name),
});

export type XmlNode = Record<string, unknown>;

/** Parses an XML document, or throws ItemError with the parser's reason and line. */
export function parseXml(xml: string, item: string): XmlNode {
  let text = xml;
  const verdict = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (verdict !== true) {
    // The commonest fault of real feeds is a bare `&` in a title or URL; escaping it is safe, so try that once.
    const repaired = escapeBareAmpersands(text);
    if (repaired === text || XMLValidator.validate(repaired, { allowBooleanAttributes: true }) !== true) {
      const { msg, line } = verdict.err;
      throw new ItemError(item, `malformed XML at line ${line}: ${msg}`);
    }
    text = repaired;
  }
  try {
    return parser.parse(text) as XmlNode;
  } catch (error) {
    throw new ItemError(item, `malformed XML: ${(error as Error).message}`);
  }
}

/** Escapes `&` that does not start a character or entity reference (`AT&T`, `?a=1&b=2`). */
export function escapeBareAmpersands(xml: string): string {
  return xml.replace(/&(?!#\d+;|#x[0-9a-f]+;|[a-z][\w.-]*;)/gi, '&amp;');
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes XML character references in raw element content kept by `stopNodes`. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of a parsed element: a string, or the `#text` of an element with attributes; '' when absent. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length > 0 ? textOf(value[0]) : '';
  if (value && typeof value === 'object') return textOf((value as XmlNode)['#text']);
  return '';
}

export function attrOf(value: unknown, name: string): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const attribute = (value as XmlNode)[`@_${name}`];
    return typeof attribute === 'string' ? attribute.trim() : '';
  }
  return '';
}

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function asNode(value: unknown): XmlNode | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first && typeof first === 'object' ? (first as XmlNode) : undefined;
}
