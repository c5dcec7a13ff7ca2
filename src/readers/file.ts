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

/** One file, read by its extension (`kind`), else by what its first bytes look like. */
export async function* readFile(path: string, options: ReadOptions, known?: SourceKind): AsyncGenerator<ReadItem> {
  const maxBytes = options.maxBytes ?? NET_LIMITS.maxDecompressedBytes;
  try {
    let kind = known ?? kindByExtension(path);
    if (kind === null) {
      const head = await headOf(path);
      checkContent(path, head);
      kind = sniffKind(head);
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
