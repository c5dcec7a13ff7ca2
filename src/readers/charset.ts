import iconv from 'iconv-lite';
import {
  byteOrderMark,
  charsetFromContentType,
  charsetFromLabel,
  decodeDeclaredUtf8,
  decodeHtml,
  decodeUndeclared,
  truncatedUtf16,
} from '../extract/decode.js';
import { ItemError } from '../records/problem.js';

/** The encoding a byte-order mark declares, if the bytes start with one. */
export function bomCharset(bytes: Uint8Array): string | undefined {
  return byteOrderMark(bytes)?.charset;
}

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`). */
export function xmlDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 200)).toString('latin1');
  return head.match(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i)?.[1];
}

/** Decodes bytes with a charset label through iconv-lite; a BOM wins over the label. ItemError for unknown labels. */
function decodeWith(bytes: Uint8Array, label: string, item: string, where: string): string {
  const bom = byteOrderMark(bytes);
  const name = bom?.charset ?? charsetFromLabel(label);
  if (!name) throw new ItemError(item, `unknown encoding "${label}" (from ${where})`);
  if (name === 'utf-8') return decodeDeclaredUtf8(bytes.subarray(bom?.skip ?? 0));
  const truncated = truncatedUtf16(bytes, name);
  if (truncated) throw new ItemError(item, truncated);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name, { stripBOM: true });
}

/** A plain-text file: BOM, else UTF-8, else windows-1252. */
export function decodeText(bytes: Uint8Array, item: string): string {
  const bom = bomCharset(bytes);
  return bom ? decodeWith(bytes, bom, item, 'the byte-order mark') : decodeUndeclared(bytes);
}

/** An XML document (feed, OPML): BOM, then the HTTP header's charset, then the XML declaration, then UTF-8. */
export function decodeXml(bytes: Uint8Array, item: string, contentType?: string | null): string {
  const bom = bomCharset(bytes);
  if (bom) return decodeWith(bytes, bom, item, 'the byte-order mark');
  const header = contentType ? charsetFromContentType(contentType) : null;
  if (header) return decodeWith(bytes, header, item, 'the Content-Type header');
  const declared = xmlDeclaredCharset(bytes);
  if (declared) return decodeWith(bytes, declared, item, 'the XML declaration');
  return decodeUndeclared(bytes);
}

/** An HTML page, decoded by the extractor's rules (BOM, header, meta prescan, UTF-8, windows-1252). */
export function decodePage(bytes: Uint8Array, item: string, contentType?: string | null): string {
  try {
    return decodeHtml(bytes, contentType);
  } catch (error) {
    throw new ItemError(
      item,
      error instanceof Error ? error.message.replace(/^unknown charset/, 'unknown encoding') : String(error),
    );
  }
}

/** A control character that text does not contain (tab, line breaks, form feed and escape are text's own). */
function isForeignControl(code: number): boolean {
  return code < 9 || (code > 13 && code < 32 && code !== 27);
}

/**
 * True when the bytes look like a binary file (NUL or many control characters) rather than text. Text with a
 * UTF-16 byte-order mark is judged by its 16-bit code units, where every ASCII character carries a zero byte.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const bom = byteOrderMark(bytes);
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8192));
  let units = sample.length;
  let unitAt = (i: number): number => sample[i];
  if (bom?.charset === 'utf-16le' || bom?.charset === 'utf-16be') {
    const { skip } = bom;
    units = Math.floor((sample.length - skip) / 2);
    unitAt =
      bom.charset === 'utf-16le' ? (i) => sample.readUInt16LE(skip + 2 * i) : (i) => sample.readUInt16BE(skip + 2 * i);
  }
  let control = 0;
  for (let i = 0; i < units; i++) {
    const code = unitAt(i);
    if (code === 0) return true;
    if (isForeignControl(code)) control++;
  }
  return units > 0 && control / units > 0.1;
}
