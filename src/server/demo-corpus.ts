/** The bundled example corpus (examples/corpus/articles.jsonl), found from this module whether run from src or dist. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../pipeline/ingest.js';
import type { IngestSummary } from '../pipeline/ingest-summary.js';
import { readSources } from '../readers/index.js';
import type { Store } from '../store/types.js';

const CORPUS = join('examples', 'corpus', 'articles.jsonl');

export function demoCorpusPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, CORPUS);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`the demo corpus ${CORPUS} is missing from this installation`);
    dir = parent;
  }
}

export function ingestDemoCorpus(store: Store): Promise<IngestSummary> {
  return ingest(store, readSources([demoCorpusPath()]));
}
