import { stat } from 'node:fs/promises';
import { problemOf } from '../records/problem.js';
import { walkDirectory } from './directory.js';
import { readFile } from './file.js';
import { readStdin } from './stdin.js';
import type { ReadItem, ReadOptions } from './types.js';
import { readUrl } from './web.js';

const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

/** One source: `-` (stdin), an http(s) URL, a directory (recursive) or a file. */
export async function* readSource(source: string, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  if (source === '-') return yield* readStdin(options.stdin ?? process.stdin, options.maxBytes);
  if (isUrl(source)) return yield* readUrl(source, options);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(source)).isDirectory();
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === 'ENOENT' ? 'no such file or directory' : `unreadable: ${(error as Error).message}`;
    return yield { problem: { item: source, reason } };
  }
  if (!isDirectory) return yield* readFile(source, options);
  let files = 0;
  try {
    for await (const entry of walkDirectory(source)) {
      files++;
      yield* readFile(entry.path, options, entry.kind ?? undefined, { plainTextByContent: false });
    }
  } catch (error) {
    yield { problem: problemOf(source, error) };
  }
  if (files === 0) yield { problem: { item: source, reason: 'directory holds no files' } };
}

/**
 * Every document from every source, in order: each yields documents, and every item that cannot be read becomes a
 * `{problem}` naming it and why, while the rest go on.
 */
export async function* readSources(sources: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  for (const source of sources) yield* readSource(source, options);
}
