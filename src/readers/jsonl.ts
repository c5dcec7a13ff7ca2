import type { ArticleInput, SourceDocument } from '../records/article.js';
import { ItemError, problemOf } from '../records/problem.js';
import { LINE_TOO_LONG, textLines } from './byte-reader.js';
import { fileChunks } from './files.js';
import type { ReadItem } from './types.js';

const STRING_FIELDS = ['id', 'text', 'html', 'title', 'outlet', 'url', 'published', 'language'] as const;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * One JSONL line as a document, or an ItemError naming the line and what is wrong with it. Numeric ids are taken
 * as their decimal text (dumps often number their records); every other field must be a string when present.
 */
export function parseArticleLine(line: string, item: string, file: string): SourceDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new ItemError(item, `malformed JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ItemError(item, `expected a JSON object, got ${describe(value)}`);
  }
  const record = value as Record<string, unknown>;
  const input: ArticleInput = {};
  for (const field of STRING_FIELDS) {
    const raw = record[field];
    if (raw === undefined || raw === null) continue;
    if (field === 'id' && typeof raw === 'number' && Number.isFinite(raw)) {
      input.id = String(raw);
      continue;
    }
    if (typeof raw !== 'string') throw new ItemError(item, `field "${field}" must be a string, got ${describe(raw)}`);
    input[field] = raw;
  }
  const { text, html, ...meta } = input;
  if (text === undefined && html === undefined) throw new ItemError(item, 'missing text and html');
  if (!text?.trim() && !html?.trim()) throw new ItemError(item, 'empty text and html');
  const doc: SourceDocument = { item, file, meta };
  if (text !== undefined) doc.text = text;
  if (html !== undefined) doc.html = html;
  return doc;
}

/**
 * Articles from JSONL lines: one per non-blank line; a bad line becomes a problem named `name:line` and the rest
 * go on. `lines` is the whole text, or any (async) iterable of lines without their endings.
 */
export async function* readJsonlArticles(
  lines: string | AsyncIterable<string> | Iterable<string>,
  name: string,
): AsyncGenerator<ReadItem> {
  if (typeof lines === 'string') lines = lines.split(/\r?\n/);
  let number = 0;
  let nonBlank = 0;
  for await (const raw of lines) {
    number++;
    const item = `${name}:${number}`;
    if (raw === LINE_TOO_LONG) {
      nonBlank++;
      yield { problem: { item, reason: 'line longer than the size cap' } };
      continue;
    }
    const line = number === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    nonBlank++;
    try {
      yield { doc: parseArticleLine(line, item, name) };
    } catch (error) {
      yield { problem: problemOf(item, error) };
    }
  }
  if (nonBlank === 0) yield { problem: { item: name, reason: 'empty file' } };
}

/** A JSONL file (or .jsonl.gz), streamed line by line. */
export async function* readJsonlFile(path: string, maxLineBytes: number): AsyncGenerator<ReadItem> {
  try {
    yield* readJsonlArticles(textLines(fileChunks(path), maxLineBytes), path);
  } catch (error) {
    yield { problem: problemOf(path, error) };
  }
}
