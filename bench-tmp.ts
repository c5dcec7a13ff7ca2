import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { extractClaims } from './src/claims/index.ts';
import { addToCopyIndex, createCopyIndex } from './src/dedup/copy-index.ts';
import { normalise } from './src/extract/normalise.ts';
import { reconcileStory } from './src/reconcile/index.ts';
import { assignStory, createStoryIndex } from './src/stories/story-index.ts';
import { ingest } from './src/pipeline/ingest.ts';
import { readSources } from './src/readers/index.ts';
import { demoCorpusPath } from './src/server/demo-corpus.ts';
import { startServer } from './src/server/listen.ts';
import { openStore } from './src/store/index.ts';
const stages = {
  normalise, extractClaims,
  openCopies() { const i = createCopyIndex(); return { add: (a: any) => addToCopyIndex(i, a), save: () => '' }; },
  openStories() { const i = createStoryIndex(); return { add: (a: any, c: any) => assignStory(i, a, c), save: () => '' }; },
  reconcile: reconcileStory,
};
const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const store = await openStore(join(mkdtempSync(join(tmpdir(), 'prev-')), 'd.db'));
await ingest(store, readSources([demoCorpusPath()]), { stages: stages as any });
const server = await startServer({ store, port: 0, host: '127.0.0.1' });
const id = (await store.listStories({})).items.find((s) => s.articles === 4)!.id;
const url = `${server.url}/api/stories/${id}`;
console.log('bytes', (await (await fetch(url)).text()).length);
let t = performance.now(); for (let i = 0; i < 500; i++) await store.getStory(id); console.log('getStory ms', (performance.now() - t) / 500);
const r = await autocannon({ url, connections: 10, duration: 5, workers: 1 });
console.log(r.requests.average, r.latency.p50, r.latency.p99, r.errors, r.non2xx);
await server.close(); await store.close();
