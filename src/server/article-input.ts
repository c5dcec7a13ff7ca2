/**
 * Request bodies as reader items, read exactly as `corroborate ingest` reads a JSONL file: one JSON article, or
 * JSONL lines where a bad line becomes a problem and the rest go on.
 */

import { parseArticleLine, readJsonlArticles } from '../readers/jsonl.js';
import type { ReadItem } from '../readers/types.js';
import type { ArticleInput } from '../records/article.js';
import { ApiError } from './errors.js';

/** Items are named `request` (one article) or `request:LINE` (a batch) in problems. */
export const REQUEST_ITEM = 'request';

/** One article: throws `invalid_request` naming the reason when it is not usable. */
export function singleArticleItems(body: ArticleInput): ReadItem[] {
  try {
    return [{ doc: parseArticleLine(JSON.stringify(body), REQUEST_ITEM, REQUEST_ITEM) }];
  } catch (error) {
    throw new ApiError('invalid_request', error instanceof Error ? error.message : String(error));
  }
}

export async function jsonlItems(body: string): Promise<ReadItem[]> {
  if (body.trim() === '') throw new ApiError('invalid_request', 'the JSONL batch is empty');
  const items: ReadItem[] = [];
  for await (const item of readJsonlArticles(body.split(/\r?\n/), REQUEST_ITEM)) items.push(item);
  return items;
}

export async function* asAsync<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}
