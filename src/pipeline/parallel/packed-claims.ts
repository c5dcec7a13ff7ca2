/**
 * An article's claims as bytes (V8's serialisation) on their way from a prepare worker to the writer. The main
 * thread only passes claims on, so packing them once in the worker spares it decoding and re-encoding ~150 small
 * objects an article on their two hops between threads (a byte array crosses as one copy), and their garbage.
 */
import { deserialize, serialize } from 'node:v8';
import type { ArticleClaims } from '../../records/claim.js';
import type { ArticleRecord, WriteBatch } from '../../store/types.js';

export type PackedClaims = Uint8Array;

/** A record whose claims may still be packed. */
export type PendingRecord = Omit<ArticleRecord, 'claims'> & { claims: ArticleClaims | PackedClaims };

/** A batch whose records' claims may still be packed. */
export type PendingBatch = Omit<WriteBatch, 'articles'> & { articles: PendingRecord[] };

export function packClaims(claims: ArticleClaims): PackedClaims {
  const bytes = serialize(claims);
  // A view of a larger buffer would cross threads with all of that buffer.
  return bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

export function unpackClaims(claims: ArticleClaims | PackedClaims): ArticleClaims {
  return claims instanceof Uint8Array ? (deserialize(claims) as ArticleClaims) : claims;
}

export function unpackBatch(batch: PendingBatch): WriteBatch {
  return { ...batch, articles: batch.articles.map((record) => ({ ...record, claims: unpackClaims(record.claims) })) };
}
