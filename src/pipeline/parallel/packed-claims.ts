/**
 * An article's claims, and a story's findings, as bytes (V8's serialisation) on their way to the writer: claims
 * from a prepare worker, findings from a reconcile worker. The main thread only passes them on, so packing them
 * once where they are made spares it decoding and re-encoding many small objects on their two hops between threads
 * (a byte array crosses as one copy), and their garbage: ~150 objects an article for claims, ~3 kB an article of
 * findings at every reconcile. Both are packed as the store's values (`EncodedClaims`, `EncodedFindings`), which the
 * writer only has to unpack, not decode.
 */
import { deserialize, serialize } from 'node:v8';
import type { Article } from '../../records/article.js';
import type { ArticleClaims } from '../../records/claim.js';
import type { Finding } from '../../records/finding.js';
import { decodeClaims, encodeClaims, encodeFindings, isEncoded } from '../../store/rows.js';
import type { ArticleRecord, ClaimStatusRow, StoryFindings, WriteBatch } from '../../store/types.js';

export type PackedClaims = Uint8Array;
export type PackedFindings = Uint8Array;
export type PackedClaimStatuses = Uint8Array;

/** A record whose claims may still be packed. */
export type PendingRecord = Omit<ArticleRecord, 'claims'> & { claims: ArticleRecord['claims'] | PackedClaims };

/** A story's findings and its claims' statuses, which may still be packed, and how many findings there are. */
export type PendingStoryFindings = Omit<StoryFindings, 'findings' | 'claimStatuses'> & {
  findings: StoryFindings['findings'] | PackedFindings;
  claimStatuses?: ClaimStatusRow[] | PackedClaimStatuses;
  count: number;
};

/** A batch whose records' claims and stories' findings may still be packed. */
export type PendingBatch = Omit<WriteBatch, 'articles' | 'findings'> & {
  articles: PendingRecord[];
  findings?: PendingStoryFindings[];
};

function pack(value: unknown): Uint8Array {
  const bytes = serialize(value);
  // A view of a larger buffer would cross threads with all of that buffer.
  return bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

/** What `pack` made of a value, or the value itself if it was never packed. */
function unpack<T>(value: T | Uint8Array): T {
  return value instanceof Uint8Array ? (deserialize(value) as T) : value;
}

export function packClaims(article: Article, claims: ArticleClaims): PackedClaims {
  return pack(encodeClaims(article, claims));
}

/** The claims as the writer takes them: unpacked, still encoded if they were packed. */
function unpackForStore(claims: ArticleRecord['claims'] | PackedClaims): ArticleRecord['claims'] {
  return unpack(claims);
}

/** The claims as objects, for reconciling them. */
export function unpackClaims(article: string, claims: ArticleRecord['claims'] | PackedClaims): ArticleClaims {
  const unpacked = unpackForStore(claims);
  return isEncoded(unpacked) ? decodeClaims(article, unpacked) : unpacked;
}

/** Findings packed encoded as the store's values (`EncodedFindings`): the writer stores them without decoding. */
export function packFindings(findings: Finding[]): PackedFindings {
  return pack(encodeFindings(findings));
}

export function packClaimStatuses(statuses: ClaimStatusRow[]): PackedClaimStatuses {
  return pack(statuses);
}

function unpackStoryFindings({
  count: _count,
  findings,
  claimStatuses,
  ...entry
}: PendingStoryFindings): StoryFindings {
  const unpacked: StoryFindings = { ...entry, findings: unpack(findings) };
  if (claimStatuses) unpacked.claimStatuses = unpack(claimStatuses);
  return unpacked;
}

// Per record, a module-level function rather than a closure: V8 keeps its compiled code between batches.
function unpackRecord(record: PendingBatch['articles'][number]): ArticleRecord {
  return { ...record, claims: unpackForStore(record.claims) };
}

export function unpackBatch(batch: PendingBatch): WriteBatch {
  const { findings, ...rest } = batch;
  return {
    ...rest,
    articles: batch.articles.map(unpackRecord),
    ...(findings && { findings: findings.map(unpackStoryFindings) }),
  };
}
