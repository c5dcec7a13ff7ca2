/**
 * How many items a run will read, when that is cheap to know: every source is a local JSONL file (one item a
 * line). Used for the progress ETA; anything else (directories, WARC, feeds, URLs, stdin) gives null.
 */
import { createReadStream, statSync } from 'node:fs';

const LINE_FILES = /\.(jsonl|ndjson)$/i;
const NEWLINE = 10;

async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = NEWLINE;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) lines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1];
  }
  return last === NEWLINE ? lines : lines + 1;
}

export async function estimateItems(sources: string[]): Promise<number | null> {
  let total = 0;
  for (const source of sources) {
    if (!LINE_FILES.test(source)) return null;
    try {
      if (!statSync(source).isFile()) return null;
      total += await countLines(source);
    } catch {
      return null;
    }
  }
  return total;
}
