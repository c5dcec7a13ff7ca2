import { chromium } from 'playwright-core';
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
const store = await openStore(join(mkdtempSync(join(tmpdir(), 'prev-')), 'd.db'));
console.log(await ingest(store, readSources([demoCorpusPath()]), { stages: stages as any }));
const list = await store.listStories({});
for (const s of list.items) console.log(s.id, s.articles, s.sources, s.title, JSON.stringify(s.findings));
for (const s of list.items) { const d = await store.getStory(s.id); for (const f of d!.findings) console.log('  ', s.id, f.status, f.kind, f.summary); }
const server = await startServer({ store, port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
console.log(server.url);
if (process.env.SHOTS) {
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
for (const [name, vp] of [['d', { width: 1280, height: 900 }], ['p', { width: 390, height: 844 }]] as const) {
  const page = await browser.newPage({ viewport: vp });
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  const aid = list.items.find((s) => s.title?.includes('Kelvania'))!.id;
  const budget = list.items.find((s) => s.title?.includes('Harwick'))!.id;
  for (const [slug, url] of [['list', '/'], ['aid', '/stories/' + aid], ['budget', '/stories/' + budget], ['article', '/articles/estorian-herald-aid'], ['claims', '/claims']]) {
    await page.goto(server.url + url);
    await page.screenshot({ path: `/tmp/demo-${name}-${slug}.png`, fullPage: true }); await page.screenshot({ path: `/tmp/demo-${name}-${slug}-top.png` });
  }
}
await browser.close(); await server.close(); await store.close();
}
