import { Parser } from 'htmlparser2';
import { collapseWhitespace } from '../text/whitespace.js';

/** An element of the light tree the extractor works on. Text children are plain strings. */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}

export type HtmlNode = HtmlElement | string;

/** What the page says about itself outside the body text: the head, and JSON-LD blocks anywhere. */
export interface PageHead {
  title: string | null;
  lang: string | null;
  metas: Array<Record<string, string>>;
  links: Array<Record<string, string>>;
  jsonLd: string[];
}

export interface ParsedPage {
  root: HtmlElement;
  head: PageHead;
  /** True when the page nested deeper than the tree keeps (its deepest elements were flattened). */
  tooDeep: boolean;
}

/** Elements whose content is never article text; they are left out of the tree entirely. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'select',
  'textarea',
  'button',
  'title',
]);

/** Deepest nesting the tree keeps; real pages stay far below it. */
const MAX_DEPTH = 400;

export function isElement(node: HtmlNode): node is HtmlElement {
  return typeof node !== 'string';
}

/**
 * Parses HTML (tolerant of malformed markup) into a light tree without scripts, styles and other non-text
 * elements, collecting the title, meta and link tags and JSON-LD blocks on the way.
 */
export function parseHtml(html: string): ParsedPage {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [], parent: null };
  const head: PageHead = { title: null, lang: null, metas: [], links: [], jsonLd: [] };
  let current = root;
  let depth = 0;
  let skipDepth = 0;
  // Elements opened below MAX_DEPTH are flattened into their ancestor, so that walking the tree cannot overflow
  // the stack on pathological pages (thousands of unclosed tags).
  let flattened = 0;
  let tooDeep = false;
  let capture: 'title' | 'jsonld' | null = null;
  let captured = '';

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') head.metas.push(attrs);
        else if (name === 'link') head.links.push(attrs);
        else if (name === 'html' && head.lang === null) head.lang = attrs.lang ?? attrs['xml:lang'] ?? null;
        if (name === 'title' && head.title === null && skipDepth === 0) {
          capture = 'title';
          captured = '';
        } else if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) {
          capture = 'jsonld';
          captured = '';
        }
        if (skipDepth > 0 || SKIPPED.has(name)) {
          skipDepth++;
          return;
        }
        if (depth >= MAX_DEPTH) {
          flattened++;
          tooDeep = true;
          return;
        }
        const element: HtmlElement = { tag: name, attrs, children: [], parent: current };
        current.children.push(element);
        current = element;
        depth++;
      },
      ontext(text) {
        if (capture !== null) captured += text;
        if (skipDepth > 0) return;
        const last = current.children.length - 1;
        if (last >= 0 && typeof current.children[last] === 'string') {
          current.children[last] += text;
        } else {
          current.children.push(text);
        }
      },
      onclosetag(name) {
        if (capture === 'title' && name === 'title') {
          head.title = captured;
          capture = null;
        } else if (capture === 'jsonld' && name === 'script') {
          head.jsonLd.push(captured);
          capture = null;
        }
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (flattened > 0) {
          flattened--;
          return;
        }
        if (current.parent) {
          current = current.parent;
          depth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { root, head, tooDeep };
}

/** All elements under `node` (not itself) with the given tag, in document order. */
export function findAll(node: HtmlElement, test: (element: HtmlElement) => boolean, out: HtmlElement[] = []) {
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    if (test(child)) out.push(child);
    findAll(child, test, out);
  }
  return out;
}

/** Elements that start a new line of text when rendered. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** The text under a node on one line, whitespace collapsed (block elements are separated by a space). */
export function textOf(node: HtmlNode): string {
  if (typeof node === 'string') return collapseWhitespace(node);
  const parts: string[] = [];
  const walk = (element: HtmlElement) => {
    for (const child of element.children) {
      if (typeof child === 'string') parts.push(child);
      else if (BLOCK_TAGS.has(child.tag)) {
        parts.push(' ');
        walk(child);
        parts.push(' ');
      } else walk(child);
    }
  };
  walk(node);
  return collapseWhitespace(parts.join(''));
}
