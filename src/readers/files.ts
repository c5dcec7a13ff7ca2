import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { DecompressError, gunzipCapped } from '../net/decompress.js';
import { NET_LIMITS } from '../net/limits.js';
import { ItemError } from '../records/problem.js';

export const isGzipPath = (path: string): boolean => /\.gz$/i.test(path);

export function isGzipBytes(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function unreadable(path: string, error: unknown): ItemError {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return new ItemError(path, 'no such file or directory');
  if (code === 'EACCES' || code === 'EPERM') return new ItemError(path, 'permission denied');
  if (code === 'EISDIR') return new ItemError(path, 'is a directory');
  return new ItemError(path, `unreadable: ${error instanceof Error ? error.message : String(error)}`);
}

/** A whole file's bytes, gunzipped when it is gzip, refusing files (or decompressed contents) over `maxBytes`. */
export async function readFileBytes(path: string, maxBytes = NET_LIMITS.maxDecompressedBytes): Promise<Buffer> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.size > maxBytes) throw new ItemError(path, `file of ${info.size} bytes exceeds the ${maxBytes}-byte cap`);
    bytes = await readFile(path);
  } catch (error) {
    throw error instanceof ItemError ? error : unreadable(path, error);
  }
  return gunzipIfNeeded(path, bytes, maxBytes);
}

export async function gunzipIfNeeded(item: string, bytes: Buffer, maxBytes: number): Promise<Buffer> {
  if (!isGzipBytes(bytes)) return bytes;
  try {
    return await gunzipCapped(bytes, maxBytes);
  } catch (error) {
    if (error instanceof DecompressError) throw new ItemError(item, error.message);
    throw error;
  }
}

/**
 * A file as a stream of chunks, gunzipped on the fly when it starts with the gzip magic, for readers that must not
 * hold the whole file (JSONL dumps, WARC crawls). Errors come out of the iteration as ItemError naming the file.
 */
export async function* fileChunks(path: string): AsyncGenerator<Buffer> {
  let gzip: boolean;
  try {
    const handle = await open(path, 'r');
    try {
      const head = Buffer.alloc(2);
      await handle.read(head, 0, 2, 0);
      gzip = isGzipBytes(head);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw unreadable(path, error);
  }
  const raw = createReadStream(path);
  const stream = gzip ? raw.pipe(createGunzip()) : raw;
  if (gzip) raw.on('error', (error) => stream.destroy(error));
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    if (error instanceof ItemError) throw error;
    const code = (error as { code?: string }).code ?? '';
    const message = error instanceof Error ? error.message : String(error);
    if (code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(message)) throw new ItemError(path, 'truncated gzip');
    if (code.startsWith('Z_')) throw new ItemError(path, `corrupt gzip: ${message}`);
    throw unreadable(path, error);
  } finally {
    stream.destroy();
    raw.destroy();
  }
}
