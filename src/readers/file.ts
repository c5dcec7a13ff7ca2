import { NET_LIMITS } from '../net/limits.js';
import { ItemError, problemOf } from '../records/problem.js';
import { decodePage, decodeText, decodeXml, looksBinary } from './charset.js';
import { fileChunks, readFileBytes } from './files.js';
import { readJsonlFile } from './jsonl.js';
import { kindByExtension, type SourceKind, sniffKind } from './source-kind.js';
import type { ReadItem, ReadOptions } from './types.js';
import { readWarcFile } from './warc.js';
import { readXmlDocument } from './web.js';

/** The first bytes of a file (after gunzip), enough to tell its kind. */
async function headOf(path: string): Promise<Buffer> {
  for await (const chunk of fileChunks(path)) return chunk;
  return Buffer.alloc(0);
}

function checkContent(path: string, bytes: Buffer): void {
  if (bytes.length === 0 || (bytes.length < 4096 && bytes.toString('latin1').trim() === '')) {
    throw new ItemError(path, 'empty file');
  }
  if (looksBinary(bytes)) throw new ItemError(path, 'binary file, not text, HTML, JSONL, WARC or XML');
}

export interface SniffOptions {
  /**
   * Read a file of no known extension whose first bytes look like nothing more specific as plain text. Yes for a
   * file named on its own; no for a file found in a folder, where such files are stylesheets, scripts and notes
   * that sit beside the pages, and are reported instead.
   */
  plainTextByContent: boolean;
}

/**
 * One file, read by its extension (`kind`), else by what its first bytes look like: a folder saved by a crawler
 * holds pages named `story.php` or `index.html?id=3`.
 */
export async function* readFile(
  path: string,
  options: ReadOptions,
  known?: SourceKind,
  sniff: SniffOptions = { plainTextByContent: true },
): AsyncGenerator<ReadItem> {
  const maxBytes = options.maxBytes ?? NET_LIMITS.maxDecompressedBytes;
  try {
    let kind = known ?? kindByExtension(path);
    if (kind === null) {
      const head = await headOf(path);
      checkContent(path, head);
      kind = sniffKind(head);
      if (kind === 'text' && !sniff.plainTextByContent) {
        throw new ItemError(
          path,
          'not read: its name ends in no extension we know and it is not HTML, XML, WARC or JSONL',
        );
      }
    }
    if (kind === 'jsonl') return yield* readJsonlFile(path, maxBytes);
    if (kind === 'warc') return yield* readWarcFile(path, { maxBytes });
    const bytes = await readFileBytes(path, maxBytes);
    checkContent(path, bytes);
    if (kind === 'xml') return yield* readXmlDocument(decodeXml(bytes, path), path, null, options);
    if (kind === 'html') return yield { doc: { item: path, file: path, html: decodePage(bytes, path), meta: {} } };
    yield { doc: { item: path, file: path, text: decodeText(bytes, path), meta: {} } };
  } catch (error) {
    yield { problem: problemOf(path, error) };
  }
}
