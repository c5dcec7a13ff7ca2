/** Turns API request bodies (one JSON article, or JSONL lines) into source documents, one problem per bad item. */
import type { ArticleInput, SourceDocument } from '../records/article.js';
import type { Problem } from '../records/problem.js';
import { ARTICLE_FIELDS } from './schemas.js';

export interface ParsedBatch {
  docs: SourceDocument[];
  problems: Problem[];
}

/** Why `value` is not an article, or null when it is one. */
export function articleInputProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object';
  const record = value as Record<string, unknown>;
  for (const field of ARTICLE_FIELDS) {
    const fieldValue = record[field];
    if (fieldValue !== undefined && fieldValue !== null && typeof fieldValue !== 'string') {
      return `field "${field}" must be a string`;
    }
  }
  const hasText = typeof record.text === 'string' && record.text.trim() !== '';
  const hasHtml = typeof record.html === 'string' && record.html.trim() !== '';
  if (!hasText && !hasHtml) return 'needs a non-empty "text" or "html"';
  return null;
}

export function toSourceDocument(input: ArticleInput, item: string): SourceDocument {
  const meta: SourceDocument['meta'] = {};
  for (const field of ['id', 'title', 'outlet', 'url', 'published', 'language'] as const) {
    const value = input[field];
    if (typeof value === 'string' && value.trim() !== '') meta[field] = value;
  }
  const doc: SourceDocument = { item, file: meta.url ?? item, meta };
  if (typeof input.text === 'string' && input.text.trim() !== '') doc.text = input.text;
  if (typeof input.html === 'string' && input.html.trim() !== '') doc.html = input.html;
  return doc;
}

export function parseArticle(value: unknown, item: string): ParsedBatch {
  const problem = articleInputProblem(value);
  if (problem) return { docs: [], problems: [{ item, reason: problem }] };
  return { docs: [toSourceDocument(value as ArticleInput, item)], problems: [] };
}

/** Parses a JSONL body: each non-blank line is one article; a bad line becomes a problem and the rest go on. */
export function parseJsonl(body: string, source = 'request'): ParsedBatch {
  const out: ParsedBatch = { docs: [], problems: [] };
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const item = `${source}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      out.problems.push({ item, reason: `invalid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = parseArticle(value, item);
    out.docs.push(...parsed.docs);
    out.problems.push(...parsed.problems);
  }
  return out;
}
