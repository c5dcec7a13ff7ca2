import { DecompressError, decodeContentEncoding } from '../net/decompress.js';
import { problemOf } from '../records/problem.js';
import { ByteReader } from './byte-reader.js';
import { decodePage } from './charset.js';
import { fileChunks, isGzipBytes } from './files.js';
import type { ReadItem } from './types.js';

/** Header blocks (WARC or HTTP) longer than this are malformed: real ones are a few hundred bytes. */
const MAX_HEADER_BYTES = 64 * 1024;
const MAX_HEADER_LINE = 16 * 1024;

type Headers = Map<string, string>;

class BadRecord extends Error {}

/** Reads `Name: value` lines up to the blank line that ends a header block, within `budget` bytes. */
async function readHeaderBlock(reader: ByteReader, budget: number): Promise<{ headers: Headers; bytes: number }> {
  const headers: Headers = new Map();
  let bytes = 0;
  let last = '';
  for (;;) {
    const line = await reader.readLine(MAX_HEADER_LINE);
    if (line === null) throw new BadRecord('header block cut off by the end of the file');
    bytes += line.length;
    if (bytes > budget) throw new BadRecord('header block too long');
    const text = line.toString('latin1').replace(/\r?\n$/, '');
    if (text === '') return { headers, bytes };
    if (/^[ \t]/.test(text) && last) {
      headers.set(last, `${headers.get(last)} ${text.trim()}`);
      continue;
    }
    const colon = text.indexOf(':');
    if (colon <= 0) throw new BadRecord(`malformed header line "${text.slice(0, 60)}"`);
    last = text.slice(0, colon).trim().toLowerCase();
    const value = text.slice(colon + 1).trim();
    headers.set(last, headers.has(last) ? `${headers.get(last)}, ${value}` : value);
  }
}

/** Undoes HTTP chunked transfer coding; null when the body is not validly chunked (some crawlers store it decoded). */
function dechunk(body: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) return null;
    const size = Number.parseInt(body.toString('latin1', at, lineEnd).split(';')[0], 16);
    if (!Number.isFinite(size) || size < 0) return null;
    if (size === 0) return Buffer.concat(parts);
    const start = lineEnd + 2;
    if (start + size > body.length) return null;
    parts.push(body.subarray(start, start + size));
    at = start + size + 2;
  }
}

function isHtmlType(contentType: string | undefined): boolean {
  return !contentType || /^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType);
}

/** Skips to the next line that starts a WARC record, after a malformed one. False at the end of the file. */
async function resync(reader: ByteReader): Promise<string | null> {
  for (;;) {
    const line = await reader.readLine(MAX_HEADER_LINE);
    if (line === null) return null;
    const text = line.toString('latin1');
    if (/^WARC\/\d/.test(text)) return text;
  }
}

interface WarcOptions {
  maxBytes: number;
}

/**
 * HTML pages from a WARC or WARC.gz file, streamed record by record: `response` records with an HTTP 200 and an HTML
 * content type become documents (decoded by the HTTP header's charset), other records are skipped quietly, and a
 * malformed record is reported (`file#offset`) before reading on from the next record it can find.
 */
export async function* readWarcFile(path: string, options: WarcOptions): AsyncGenerator<ReadItem> {
  const reader = ByteReader.from(fileChunks(path));
  let records = 0;
  let pendingVersion: string | null = null;
  try {
    for (;;) {
      const start = reader.offset;
      let version = pendingVersion;
      pendingVersion = null;
      if (version === null) {
        const line = await reader.readLine(MAX_HEADER_LINE);
        if (line === null) break;
        version = line.toString('latin1');
        if (version.trim() === '') continue;
      }
      let where = `${path}#offset-${start}`;
      try {
        if (!/^WARC\/\d/.test(version)) throw new BadRecord('expected a WARC/1.x version line');
        records++;
        const { headers } = await readHeaderBlock(reader, MAX_HEADER_BYTES);
        const length = Number(headers.get('content-length'));
        if (!headers.has('content-length') || !Number.isInteger(length) || length < 0) {
          throw new BadRecord('missing or invalid Content-Length');
        }
        const id = headers.get('warc-record-id')?.replace(/^<|>$/g, '');
        if (id) where = `${path}#${id}`;
        const item = where;
        const type = headers.get('warc-type');
        const blockType = headers.get('content-type') ?? '';
        if (type !== 'response' || !/application\/http/i.test(blockType)) {
          if ((await reader.skip(length)) < length) throw new BadRecord('record cut off by the end of the file');
          continue;
        }
        const http = await readHttpResponse(reader, length);
        if (http.kind === 'bad') throw new BadRecord(http.reason);
        if (http.kind === 'skip') continue;
        if (http.bodyLength > options.maxBytes) {
          await reader.skip(http.bodyLength);
          yield {
            problem: { item, reason: `HTML body of ${http.bodyLength} bytes exceeds the ${options.maxBytes}-byte cap` },
          };
          continue;
        }
        const raw = await reader.read(http.bodyLength);
        if (raw.length < http.bodyLength) throw new BadRecord('record cut off by the end of the file');
        try {
          let body = raw;
          if (/chunked/i.test(http.headers.get('transfer-encoding') ?? '')) body = dechunk(body) ?? body;
          // Some crawlers store the payload decoded but keep the header: decode only what is really compressed.
          const encoding = http.headers.get('content-encoding');
          const stillGzip = !/gzip/i.test(encoding ?? '') || isGzipBytes(body);
          if (stillGzip) body = await decodeContentEncoding(body, encoding, options.maxBytes);
          const url = headers.get('warc-target-uri')?.replace(/^<|>$/g, '');
          const html = decodePage(body, item, http.headers.get('content-type'));
          if (!http.headers.has('content-type') && !/<(html|!doctype|body|p)\b/i.test(html)) continue;
          if (html.trim() === '') continue;
          yield { doc: { item, file: path, html, meta: url ? { url } : {} } };
        } catch (error) {
          const reason = error instanceof DecompressError ? error.message : problemOf(item, error).reason;
          yield { problem: { item, reason } };
        }
      } catch (error) {
        if (!(error instanceof BadRecord)) throw error;
        yield { problem: { item: where, reason: `bad WARC record: ${error.message}` } };
        pendingVersion = await resync(reader);
        if (pendingVersion === null) break;
      }
    }
    if (records === 0) yield { problem: { item: path, reason: 'no WARC records (empty or not a WARC file)' } };
  } catch (error) {
    yield { problem: problemOf(path, error) };
  }
}

type HttpHead =
  | { kind: 'html'; headers: Headers; bodyLength: number }
  | { kind: 'skip' }
  | { kind: 'bad'; reason: string };

/** Reads the HTTP status line and headers of a response record; skips the rest unless it is a 200 HTML page. */
async function readHttpResponse(reader: ByteReader, length: number): Promise<HttpHead> {
  const statusLine = await reader.readLine(MAX_HEADER_LINE);
  if (statusLine === null) return { kind: 'bad', reason: 'record cut off by the end of the file' };
  const status = statusLine.toString('latin1').match(/^HTTP\/\d(?:\.\d)?\s+(\d{3})/);
  if (!status) {
    await reader.skip(length - statusLine.length);
    return { kind: 'bad', reason: 'response record without an HTTP status line' };
  }
  let head: { headers: Headers; bytes: number };
  try {
    head = await readHeaderBlock(reader, Math.min(MAX_HEADER_BYTES, length - statusLine.length));
  } catch (error) {
    if (!(error instanceof BadRecord)) throw error;
    return { kind: 'bad', reason: `HTTP headers: ${error.message}` };
  }
  const bodyLength = length - statusLine.length - head.bytes;
  if (status[1] !== '200' || !isHtmlType(head.headers.get('content-type'))) {
    if ((await reader.skip(bodyLength)) < bodyLength)
      return { kind: 'bad', reason: 'record cut off by the end of the file' };
    return { kind: 'skip' };
  }
  return { kind: 'html', headers: head.headers, bodyLength };
}
