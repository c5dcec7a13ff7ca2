import type { Article, SourceDocument } from '../records/article.js';
import { contentId } from '../records/ids.js';
import { ItemError } from '../records/problem.js';
import { findCredits } from './credits.js';
import { extractHtml } from './html.js';
import { readPlainTextMetadata } from './plain-text.js';

/** Control characters other than tab and line breaks: common in binary files, rare in text. */
function countControlCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) count++;
  }
  return count;
}

function assertReadableText(item: string, text: string): void {
  if (text.trim().length === 0) throw new ItemError(item, 'empty: no article text');
  const controls = countControlCharacters(text);
  const replacements = text.match(/\uFFFD/g)?.length ?? 0;
  if (text.includes(String.fromCharCode(0)) || controls > text.length * 0.01)
    throw new ItemError(item, 'binary content, not text');
  if (replacements > Math.max(3, text.length * 0.02)) {
    throw new ItemError(item, 'undecodable text: too many invalid characters (wrong or unknown encoding?)');
  }
}

function domainOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function mergeCredits(...lists: string[][]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of lists.flat()) {
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

/** A document from any reader becomes an article: main text, metadata, credits, and the lines that are not the article. */
export function normalise(doc: SourceDocument): Article {
  const meta = doc.meta;
  if (doc.html !== undefined && doc.text === undefined) {
    const page = extractHtml(doc.html, { url: meta.url ?? null });
    assertReadableText(doc.item, page.text);
    const lines = readPlainTextMetadata(page.text);
    return {
      id: meta.id ?? contentId(doc.html),
      file: doc.file,
      url: meta.url ?? page.url,
      title: meta.title ?? page.title,
      byline: meta.byline ?? page.byline,
      published: meta.published ?? page.published ?? lines.published,
      outlet: meta.outlet ?? page.outlet ?? domainOf(meta.url ?? page.url),
      distributor: lines.distributor,
      language: meta.language ?? page.language,
      credits: mergeCredits(page.credits, lines.credits, findCredits(page.text)),
      text: page.text,
      boilerplate: lines.boilerplate,
    };
  }
  const text = doc.text ?? '';
  assertReadableText(doc.item, text);
  const lines = readPlainTextMetadata(text);
  return {
    id: meta.id ?? contentId(text),
    file: doc.file,
    url: meta.url ?? null,
    title: meta.title ?? null,
    byline: meta.byline ?? null,
    published: meta.published ?? lines.published,
    outlet: meta.outlet ?? lines.outlet ?? domainOf(meta.url),
    distributor: lines.distributor,
    language: meta.language ?? null,
    credits: mergeCredits(lines.credits, findCredits(text)),
    text,
    boilerplate: lines.boilerplate,
  };
}
