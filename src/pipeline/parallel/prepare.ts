/**
 * The order-free part of ingest for one document: normalise it and extract its claims. Runs in a worker thread
 * (prepare-worker.ts) or inline; a document that fails becomes a problem naming it.
 */
import { cappedClaimsNote, extractClaims } from '../../claims/index.js';
import { normalise } from '../../extract/normalise.js';
import type { Article, SourceDocument } from '../../records/article.js';
import type { ArticleClaims } from '../../records/claim.js';
import { type Problem, problemOf } from '../../records/problem.js';
import { type PackedClaims, packClaims } from './packed-claims.js';

export type Prepared<Claims = ArticleClaims> =
  /** `note`: what the user is told about an article stored with some of its claims left out (`cappedClaimsNote`). */
  | { item: string; article: Article; claims: Claims; note?: string; problem?: undefined }
  | { item: string; problem: Problem; article?: undefined; claims?: undefined };

export function prepareDocument(doc: SourceDocument): Prepared {
  try {
    const article = normalise(doc);
    return { item: doc.item, article, claims: extractClaims(article) };
  } catch (error) {
    return { item: doc.item, problem: problemOf(doc.item, error) };
  }
}

/** `prepareDocument` with the claims packed, for the main thread to pass on unread (see packed-claims.ts). */
export function prepareDocumentPacked(doc: SourceDocument): Prepared<PackedClaims> {
  const prepared = prepareDocument(doc);
  if (prepared.problem) return prepared;
  const note = cappedClaimsNote(prepared.claims);
  return { ...prepared, claims: packClaims(prepared.article, prepared.claims), ...(note && { note }) };
}
