/** The one place the server calls the pipeline: ingest source documents into the store and summarise. */
import type { SourceDocument } from '../records/article.js';
import type { Problem } from '../records/problem.js';
import type { Store } from '../store/types.js';

export interface IngestResult {
  problems: Problem[];
  [key: string]: unknown;
}

export type IngestDocuments = (store: Store, docs: SourceDocument[], problems: Problem[]) => Promise<IngestResult>;

export const ingestDocuments: IngestDocuments = async (_store, _docs, problems) => {
  // Replaced by the pipeline's ingest when it lands.
  return { ingested: 0, problems };
};
