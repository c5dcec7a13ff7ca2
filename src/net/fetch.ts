import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { forbiddenAddressReason } from './address-policy.js';
import { DecompressError, decodeContentEncoding } from './decompress.js';
import { NET_LIMITS, USER_AGENT } from './limits.js';

export interface SafeFetchOptions {
  /** Allow loopback, private, link-local and other special addresses (tests, intranets). */
  allowPrivate?: boolean;
  /** Per attempt, headers and body together. */
  timeoutMs?: number;
  /** Largest body on the wire. */
  maxBytes?: number;
  /** Largest body after Content-Encoding is undone. */
  maxDecompressedBytes?: number;
  maxRedirects?: number;
  /** Further attempts after network errors, timeouts, 429 and 5xx. */
  retries?: number;
  /** First backoff in ms, doubled on each further attempt. */
  retryBaseMs?: number;
  /** Conditional GET: the ETag and Last-Modified of the copy the caller has. */
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
}

export interface FetchResult {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  /** True on 304: the caller's copy (etag / lastModified) is current and `body` is empty. */
  notModified: boolean;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  /** The body with Content-Encoding undone. */
  body: Buffer;
  /** Attempts made for the last hop (1 when the first succeeded). */
  attempts: number;
}

/** A fetch that failed for good: refused address, too large, too many redirects, an HTTP error, or retries spent. */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly retryable = false,
    readonly status?: number,
  ) {
    super(`${url}: ${reason}`);
    this.name = 'FetchError';
  }
}

class RefusedAddressError extends Error {
  readonly code = 'ECORROBORATE_REFUSED';
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
]);

/** A DNS lookup that refuses the connection when any resolved address is forbidden: checked where it is used. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      if (!allowPrivate) {
        for (const { address } of addresses) {
          const reason = forbiddenAddressReason(address);
          if (reason) {
            return callback(new RefusedAddressError(`${hostname} resolves to ${address}, a ${reason}`), '', 0);
          }
        }
      }
      if (addresses.length === 0) return callback(new Error(`${hostname} has no address`), '', 0);
      if ((options as { all?: boolean }).all) {
        (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      } else {
        callback(null, addresses[0].address, addresses[0].family);
      }
    });
  };
}

function checkTarget(url: URL, allowPrivate: boolean): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(url.href, `refused: only http and https URLs are fetched, not ${url.protocol}`);
  }
  if (url.username || url.password) throw new FetchError(url.href, 'refused: URLs with credentials are not fetched');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && isIP(host)) {
    const reason = forbiddenAddressReason(host);
    if (reason) throw new FetchError(url.href, `refused: ${host} is a ${reason} (use --allow-private to allow it)`);
  }
}

/** The options with every default filled in. */
type Settings = Required<Omit<SafeFetchOptions, 'etag' | 'lastModified'>> &
  Pick<SafeFetchOptions, 'etag' | 'lastModified'>;

interface Hop {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function flatHeaders(response: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** One request, no redirects followed, no retries. */
function requestOnce(url: URL, options: Settings) {
  return new Promise<Hop>((resolve, reject) => {
    const headers: Record<string, string> = {
      'user-agent': USER_AGENT,
      accept: options.accept,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(url, {
      method: 'GET',
      headers,
      agent: false,
      lookup: guardedLookup(options.allowPrivate),
    });
    const timer = setTimeout(() => {
      request.destroy(new FetchError(url.href, `timed out after ${options.timeoutMs} ms`, true));
    }, options.timeoutMs);
    const fail = (error: unknown) => {
      clearTimeout(timer);
      reject(toFetchError(url.href, error));
    };
    request.on('error', fail);
    request.on('response', (response) => {
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        request.destroy();
        return fail(new FetchError(url.href, `response of ${declared} bytes exceeds the ${options.maxBytes}-byte cap`));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          request.destroy(new FetchError(url.href, `response exceeds the ${options.maxBytes}-byte cap`));
          return;
        }
        chunks.push(chunk);
      });
      response.on('error', fail);
      response.on('close', () => {
        if (!response.complete) fail(new FetchError(url.href, 'connection closed mid-body', true));
      });
      response.on('end', () => {
        clearTimeout(timer);
        resolve({ status: response.statusCode ?? 0, headers: flatHeaders(response), body: Buffer.concat(chunks) });
      });
    });
    request.end();
  });
}

function toFetchError(url: string, error: unknown): FetchError {
  if (error instanceof FetchError) return error;
  if (error instanceof RefusedAddressError) {
    return new FetchError(url, `refused: ${error.message} (use --allow-private to allow it)`);
  }
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  const retryable = RETRYABLE_CODES.has(code) || /socket hang up/i.test(message);
  return new FetchError(url, code && !message.includes(code) ? `${code}: ${message}` : message, retryable);
}

function backoffMs(attempt: number, base: number, retryAfter: string | undefined): number {
  const doubling = base * 2 ** attempt;
  const asked = retryAfter && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) * 1000 : 0;
  return Math.min(Math.max(doubling, asked), NET_LIMITS.retryMaxMs);
}

/** One hop with retries: network errors, timeouts, 429 and 5xx are tried again with exponential backoff. */
async function requestWithRetries(url: URL, options: Settings) {
  for (let attempt = 0; ; attempt++) {
    let retryAfter: string | undefined;
    let failure: FetchError;
    try {
      const hop = await requestOnce(url, options);
      if (hop.status < 500 && hop.status !== 429) return { hop, attempts: attempt + 1 };
      retryAfter = hop.headers['retry-after'];
      failure = new FetchError(url.href, `HTTP ${hop.status}`, true, hop.status);
    } catch (error) {
      failure = toFetchError(url.href, error);
      if (!failure.retryable) throw failure;
    }
    if (attempt >= options.retries) {
      const tries = attempt + 1;
      throw new FetchError(
        url.href,
        `${failure.reason} (after ${tries} attempt${tries > 1 ? 's' : ''})`,
        false,
        failure.status,
      );
    }
    await sleep(backoffMs(attempt, options.retryBaseMs, retryAfter));
  }
}

/**
 * GETs a URL with the protections a crawler of untrusted links needs: only http(s); loopback, private, link-local
 * and special addresses refused unless `allowPrivate` (checked on the resolved addresses, at connect time, on every
 * redirect hop); size caps before and after decompression; a timeout; bounded redirects and retries with backoff;
 * conditional GET. Resolves with the body for 2xx and with `notModified` for 304; throws FetchError otherwise.
 */
export async function safeFetch(target: string, options: SafeFetchOptions = {}): Promise<FetchResult> {
  const settings: Settings = {
    allowPrivate: options.allowPrivate ?? false,
    timeoutMs: options.timeoutMs ?? NET_LIMITS.timeoutMs,
    maxBytes: options.maxBytes ?? NET_LIMITS.maxBytes,
    maxDecompressedBytes: options.maxDecompressedBytes ?? options.maxBytes ?? NET_LIMITS.maxDecompressedBytes,
    maxRedirects: options.maxRedirects ?? NET_LIMITS.maxRedirects,
    retries: options.retries ?? NET_LIMITS.retries,
    retryBaseMs: options.retryBaseMs ?? NET_LIMITS.retryBaseMs,
    accept: options.accept ?? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    etag: options.etag,
    lastModified: options.lastModified,
  };
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new FetchError(target, 'not a valid URL');
  }
  for (let hops = 0; ; hops++) {
    checkTarget(url, settings.allowPrivate);
    const { hop, attempts } = await requestWithRetries(url, settings);
    const location = hop.headers.location;
    if (REDIRECT_STATUSES.has(hop.status) && location) {
      if (hops >= settings.maxRedirects) {
        throw new FetchError(target, `more than ${settings.maxRedirects} redirects`);
      }
      try {
        url = new URL(location, url);
      } catch {
        throw new FetchError(url.href, `redirect to an invalid URL: ${location}`);
      }
      continue;
    }
    const result = {
      url: url.href,
      status: hop.status,
      headers: hop.headers,
      contentType: hop.headers['content-type'] ?? null,
      etag: hop.headers.etag ?? null,
      lastModified: hop.headers['last-modified'] ?? null,
      attempts,
    };
    if (hop.status === 304) return { ...result, notModified: true, body: Buffer.alloc(0) };
    if (hop.status < 200 || hop.status >= 300) throw new FetchError(url.href, `HTTP ${hop.status}`, false, hop.status);
    try {
      const body = await decodeContentEncoding(
        hop.body,
        hop.headers['content-encoding'],
        settings.maxDecompressedBytes,
      );
      return { ...result, notModified: false, body };
    } catch (error) {
      if (error instanceof DecompressError) throw new FetchError(url.href, error.message);
      throw error;
    }
  }
}
