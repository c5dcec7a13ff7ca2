import iconv from 'iconv-lite';

/**
 * How far into the bytes to look for a `<meta charset>` or `http-equiv` declaration. The WHATWG prescan reads
 * 1024 bytes; real pages put long scripts and comments first, so we read further at little cost.
 */
const PRESCAN_BYTES = 16_384;

/** WHATWG label aliases that differ from what iconv-lite would pick (browsers read latin1 as windows-1252). */
const LABEL_ALIASES: ReadonlyMap<string, string> = new Map([
  ['utf8', 'utf-8'],
  ['unicode-1-1-utf-8', 'utf-8'],
  ['ascii', 'windows-1252'],
  ['us-ascii', 'windows-1252'],
  ['iso-8859-1', 'windows-1252'],
  ['iso8859-1', 'windows-1252'],
  ['iso_8859-1', 'windows-1252'],
  ['latin1', 'windows-1252'],
  ['l1', 'windows-1252'],
  ['cp1252', 'windows-1252'],
  ['x-cp1252', 'windows-1252'],
  ['iso-8859-9', 'windows-1254'],
  ['latin5', 'windows-1254'],
  ['iso-8859-11', 'windows-874'],
  ['tis-620', 'windows-874'],
  ['gb2312', 'gbk'],
  ['gb_2312-80', 'gbk'],
  ['x-gbk', 'gbk'],
  ['chinese', 'gbk'],
  ['x-sjis', 'shift_jis'],
  ['ms_kanji', 'shift_jis'],
  ['ms932', 'shift_jis'],
  ['windows-31j', 'shift_jis'],
  ['utf-16', 'utf-16le'],
  ['unicode', 'utf-16le'],
  ['ucs-2', 'utf-16le'],
  ['ks_c_5601-1987', 'euc-kr'],
  ['x-mac-roman', 'macintosh'],
  ['mac', 'macintosh'],
]);

/** The decoder name for a charset label, or null for a label no decoder knows. */
export function charsetFromLabel(label: string): string | null {
  const key = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (key === '') return null;
  const name = LABEL_ALIASES.get(key) ?? key;
  if (name === 'utf-8') return name;
  return iconv.encodingExists(name) ? name : null;
}

function resolveLabel(label: string, where: string): string {
  const name = charsetFromLabel(label);
  if (name === null) throw new Error(`unknown charset "${label}" (from ${where})`);
  return name;
}

/** The charset parameter of a Content-Type header value, if any. */
export function charsetFromContentType(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return match ? match[2] : null;
}

/** The encoding a byte-order mark at the start of the bytes declares, and the mark's length. */
export function byteOrderMark(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return null;
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i;

/** The charset a page declares in its first bytes (`<meta charset>`, `http-equiv`, an XML declaration). */
export function prescanCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const withoutComments = head.replace(/<!--[\s\S]*?-->/g, '');
  const meta = META_CHARSET.exec(withoutComments);
  if (meta) return meta[1];
  const xml = XML_ENCODING.exec(withoutComments);
  return xml ? xml[1] : null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * Why bytes in `charset` cannot be decoded whole, or null: UTF-16 ending in half a code unit was cut, or is not text.
 * Shared by the page decoder here and the text and XML decoders (readers/charset.ts), so the reason reads the same.
 */
export function truncatedUtf16(bytes: Uint8Array, charset: string): string | null {
  return charset.startsWith('utf-16') && bytes.length % 2 === 1
    ? `${charset.toUpperCase()} text with an odd number of bytes: truncated, or not text`
    : null;
}

/** Whether every character above ASCII in `text` is U+FFFD, the mark of a byte that was not UTF-8. */
function onlyReplacementsAboveAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 && code !== 0xfffd) return false;
  }
  return true;
}

/**
 * Bytes declared to be UTF-8. When they are not, and not one sequence above ASCII in them is UTF-8, the
 * declaration is wrong (a Latin-1 page under a site-wide `charset=utf-8`) and they are read as windows-1252, so
 * "café" is not stored as "caf\uFFFD". Bytes that are UTF-8 in places keep U+FFFD where they are not.
 */
export function decodeDeclaredUtf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const lenient = lenientUtf8.decode(bytes);
    return onlyReplacementsAboveAscii(lenient)
      ? iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252')
      : lenient;
  }
}

/** Bytes that declare no encoding: UTF-8 when they are valid UTF-8, else windows-1252 (the commonest legacy one). */
export function decodeUndeclared(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return decodeWith(bytes, 'windows-1252');
  }
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  if (charset === 'utf-8') return decodeDeclaredUtf8(bytes);
  const truncated = truncatedUtf16(bytes, charset);
  if (truncated) throw new Error(truncated);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
}

/**
 * Decodes the bytes of an HTML page the way a browser would: a byte-order mark first, then the charset of the
 * HTTP Content-Type header, then one declared in the page, else UTF-8, falling back to windows-1252 when the
 * bytes are not valid UTF-8. An unknown declared charset is an error naming the label.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const bom = byteOrderMark(bytes);
  if (bom) return decodeWith(bytes.subarray(bom.skip), bom.charset);
  const headerLabel = contentType ? charsetFromContentType(contentType) : null;
  if (headerLabel) return decodeWith(bytes, resolveLabel(headerLabel, 'the Content-Type header'));
  const metaLabel = prescanCharset(bytes);
  if (metaLabel) {
    let charset = resolveLabel(metaLabel, 'the page');
    // A page read byte by byte as ASCII cannot really be UTF-16; browsers treat that declaration as UTF-8.
    if (charset.startsWith('utf-16')) charset = 'utf-8';
    return decodeWith(bytes, charset);
  }
  return decodeUndeclared(bytes);
}
