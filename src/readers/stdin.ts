import { NET_LIMITS } from '../net/limits.js';
import { problemOf } from '../records/problem.js';
import { textLines } from './byte-reader.js';
import { decodeText, looksBinary } from './charset.js';
import { readJsonlArticles } from './jsonl.js';
import type { ReadItem } from './types.js';

const NAME = 'stdin';

/** Chunks already read, then the rest of the stream. */
async function* replay(first: Uint8Array[], rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/**
 * Standard input: JSONL when its first non-blank character is `{` (streamed, one article per line, items
 * `stdin:N`), otherwise one plain-text article (or one HTML page when it starts with markup).
 */
export async function* readStdin(
  input: AsyncIterable<Uint8Array>,
  maxBytes = NET_LIMITS.maxBytes,
): AsyncGenerator<ReadItem> {
  const iterator = input[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let size = 0;
  let first = '';
  try {
    while (first === '') {
      const next = await iterator.next();
      if (next.done) break;
      seen.push(next.value);
      size += next.value.byteLength;
      first = Buffer.from(next.value)
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trimStart()
        .charAt(0);
    }
    if (first === '{') {
      yield* readJsonlArticles(textLines(replay(seen, iterator), maxBytes), NAME);
      return;
    }
    for (;;) {
      if (size > maxBytes) {
        yield { problem: { item: NAME, reason: `input exceeds the ${maxBytes}-byte cap` } };
        return;
      }
      const next = await iterator.next();
      if (next.done) break;
      seen.push(next.value);
      size += next.value.byteLength;
    }
  } catch (error) {
    yield { problem: problemOf(NAME, error) };
    return;
  }
  const bytes = Buffer.concat(seen);
  if (first === '') {
    yield { problem: { item: NAME, reason: 'empty input' } };
  } else if (looksBinary(bytes)) {
    yield { problem: { item: NAME, reason: 'binary input, not text, HTML or JSONL' } };
  } else {
    try {
      const text = decodeText(bytes, NAME);
      const markup = /^\s*<(!doctype html|html|head|body)\b/i.test(text);
      yield {
        doc: markup ? { item: NAME, file: NAME, html: text, meta: {} } : { item: NAME, file: NAME, text, meta: {} },
      };
    } catch (error) {
      yield { problem: problemOf(NAME, error) };
    }
  }
}
