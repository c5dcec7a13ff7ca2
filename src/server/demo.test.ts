/** The pages over the bundled demo corpus, run through the real pipeline into a fresh SQLite file. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import type { IngestSummary } from '../pipeline/ingest-summary.js';
import { openStore } from '../store/index.js';
import type { Store, StorySummary } from '../store/types.js';
import { buildApp } from './app.js';
import { ingestDemoCorpus } from './demo-corpus.js';

const dir = useTempDir('demo', 'all');
let store: Store;
let app: FastifyInstance;
let summary: IngestSummary;
let stories: StorySummary[];

beforeAll(async () => {
  store = await openStore(dir.file('demo.db'));
  summary = await ingestDemoCorpus(store);
  stories = (await store.listStories({ limit: 100 })).items;
  app = buildApp({ store });
});

afterAll(async () => {
  await app?.close();
  await store?.close();
});

function storyAbout(word: string): StorySummary {
  const story = stories.find((s) => s.title?.includes(word));
  if (!story) throw new Error(`no story about ${word}: ${stories.map((s) => s.title).join(' | ')}`);
  return story;
}

describe('the demo corpus', () => {
  it('ingests every article without a problem', () => {
    expect(summary.rejected).toBe(0);
    expect(summary.stored).toBe(13);
  });

  it('groups the reports of each event into one story, apart from the unrelated ones', () => {
    expect(storyAbout('Harwick').articles).toBe(3);
    expect(storyAbout('Kelvania').articles).toBe(4);
    expect(storyAbout('Calder').articles).toBe(3);
    expect(stories.length).toBe(6);
  });

  it('does not count the syndicated copy of the wire report as an independent source', () => {
    const aid = storyAbout('Kelvania');
    expect(aid.sources).toBe(3);
  });

  it('finds corroborated and conflicting claims', () => {
    const totals = { corroborated: 0, conflict: 0 };
    for (const story of stories) {
      totals.corroborated += story.findings.corroborated;
      totals.conflict += story.findings.conflict;
    }
    expect(totals.corroborated).toBeGreaterThan(0);
    expect(totals.conflict).toBeGreaterThan(0);
  });

  it('renders each multi-source story page with its findings and every source side by side', async () => {
    for (const word of ['Harwick', 'Kelvania', 'Calder']) {
      const story = storyAbout(word);
      const page = await app.inject({ url: `/stories/${encodeURIComponent(story.id)}` });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('class="finding ');
      expect(page.body.match(/<section class="column"/g)?.length).toBe(story.articles);
    }
  });

  it('renders the story list, the ledger and every article page', async () => {
    const list = await app.inject({ url: '/' });
    for (const story of stories) expect(list.body).toContain(`/stories/${encodeURIComponent(story.id)}`);
    const ledger = await app.inject({ url: '/claims?q=billion' });
    expect(ledger.statusCode).toBe(200);
    expect(ledger.body).toContain('<ol class="ledger">');
    for (const story of stories) {
      const detail = await store.getStory(story.id);
      for (const stored of detail?.articles ?? []) {
        const page = await app.inject({ url: `/articles/${encodeURIComponent(stored.article.id)}` });
        expect(page.statusCode).toBe(200);
      }
    }
  });
});
