import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate, inflateRaw } from 'node:zlib';

const gunzipAsync = promisify(gunzip);
const inflateAsync = promisify(inflate);
const inflateRawAsync = promisify(inflateRaw);
const brotliAsync = promisify(brotliDecompress);

/** Raised when a compressed body is corrupt, truncated or decodes to more than the cap. */
export class DecompressError extends Error {}

function explain(error: unknown, maxBytes: number, what: string): DecompressError {
  const code = (error as { code?: string }).code;
  if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
    return new DecompressError(`${what} decompresses to more than ${maxBytes} bytes`);
  }
  if (code === 'Z_BUF_ERROR' || /unexpected end/i.test(String((error as Error).message))) {
    return new DecompressError(`truncated ${what}`);
  }
  return new DecompressError(`corrupt ${what}: ${(error as Error).message}`);
}

/** Gunzips a whole buffer (all members), never allocating more than `maxBytes` for the output. */
export async function gunzipCapped(data: Buffer, maxBytes: number): Promise<Buffer> {
  try {
    return await gunzipAsync(data, { maxOutputLength: maxBytes });
  } catch (error) {
    throw explain(error, maxBytes, 'gzip data');
  }
}

/** Decodes an HTTP body by its Content-Encoding, with the same cap. Unknown encodings are returned as they are. */
export async function decodeContentEncoding(data: Buffer, encoding: string | undefined, maxBytes: number) {
  const name = (encoding ?? '').trim().toLowerCase();
  if (name === '' || name === 'identity') return data;
  try {
    if (name === 'gzip' || name === 'x-gzip') return await gunzipAsync(data, { maxOutputLength: maxBytes });
    if (name === 'br') return await brotliAsync(data, { maxOutputLength: maxBytes });
    if (name === 'deflate') {
      // Servers send both zlib-wrapped and raw deflate under this name.
      return await inflateAsync(data, { maxOutputLength: maxBytes }).catch((error: unknown) => {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw error;
        return inflateRawAsync(data, { maxOutputLength: maxBytes });
      });
    }
  } catch (error) {
    throw explain(error, maxBytes, `${name} body`);
  }
  return data;
}
