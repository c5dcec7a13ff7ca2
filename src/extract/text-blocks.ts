import { collapseWhitespace, isWhitespace } from '../text/whitespace.js';
import { BLOCK_TAGS, type HtmlElement } from './html-tree.js';

/** A run of text between two block boundaries, as it would render: one paragraph, heading or list item. */
export interface TextBlock {
  text: string;
  /** The nearest block-level element holding the text. */
  owner: HtmlElement;
  /** Characters of the text inside links. */
  linkChars: number;
  /** Characters of the link the block opens with (a headline linking to another story), 0 if it opens with text. */
  leadingLinkChars: number;
  /** The tag of the nearest enclosing heading, list item, table cell or quote, else of the owner. */
  kind: string;
}

const KIND_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'blockquote', 'pre', 'figcaption']);

/** Elements whose boundaries break a line in rendered text, beyond the usual block elements. */
const BREAKS = new Set([...BLOCK_TAGS, 'br', 'figure', 'caption', 'legend', 'option', 'body']);

/**
 * Length of a text once runs of whitespace are collapsed to one space (without building that string), whitespace
 * read as `collapseWhitespace` reads it.
 */
function collapsedLength(text: string): number {
  let length = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = isWhitespace(code);
    if (space && inSpace) continue;
    inSpace = space;
    length++;
  }
  return length;
}

function isWide(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af);
}

function isLatin(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Joins the text nodes of a block. Where an element boundary falls between Chinese, Japanese or Korean and Latin
 * letters, a space keeps the two words apart (as typesetters leave a gap there and word tokenisers need one).
 */
function joinParts(parts: string[]): string {
  if (parts.length === 1) return parts[0];
  let out = '';
  let last = -1;
  for (const part of parts) {
    if (part.length === 0) continue;
    const first = part.charCodeAt(0);
    if (last >= 0 && ((isWide(last) && isLatin(first)) || (isLatin(last) && isWide(first)))) out += ' ';
    out += part;
    last = part.charCodeAt(part.length - 1);
  }
  return out;
}

/**
 * Splits the text under `root` into blocks as a browser would lay it out, skipping the elements `skip` says
 * to skip. Whitespace is collapsed inside each block, except in `pre`.
 */
export function textBlocks(root: HtmlElement, skip: (element: HtmlElement) => boolean): TextBlock[] {
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let leadingLinkChars = 0;
  let leading = true;
  let owner: HtmlElement = root;
  let kind = 'p';
  let linkDepth = 0;
  let preDepth = 0;

  const flush = () => {
    if (parts.length === 0) return;
    const raw = joinParts(parts);
    parts = [];
    const text = preDepth > 0 ? raw.replace(/^\s*\n|\s+$/g, '') : collapseWhitespace(raw);
    if (text.length > 0) {
      blocks.push({ text, owner, linkChars: Math.min(linkChars, text.length), leadingLinkChars, kind });
    }
    linkChars = 0;
    leadingLinkChars = 0;
    leading = true;
  };

  const walk = (element: HtmlElement, blockOwner: HtmlElement, blockKind: string) => {
    for (const child of element.children) {
      if (typeof child === 'string') {
        if (parts.length === 0) {
          if (!/\S/.test(child)) continue;
          owner = blockOwner;
          kind = blockKind;
        }
        parts.push(child);
        const length = collapsedLength(child);
        if (linkDepth > 0) linkChars += length;
        if (leading && linkDepth > 0) leadingLinkChars += length;
        else if (/\S/.test(child)) leading = false;
        continue;
      }
      if (skip(child)) continue;
      const breaks = BREAKS.has(child.tag);
      if (breaks) flush();
      if (child.tag === 'a') linkDepth++;
      if (child.tag === 'pre') preDepth++;
      const childKind = KIND_TAGS.has(child.tag) ? child.tag : blockKind;
      walk(child, breaks ? child : blockOwner, childKind);
      if (child.tag === 'a') {
        linkDepth--;
        if (linkDepth === 0 && leadingLinkChars > 0) leading = false;
      }
      if (breaks) flush();
      if (child.tag === 'pre') preDepth--;
    }
  };
  walk(root, root, kind);
  flush();
  return blocks;
}
