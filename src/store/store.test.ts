/** One suite, run against every backend: SQLite always, PostgreSQL when CORROBORATE_TEST_PG names a server. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../records/finding.js';
import { claimStatuses } from './claim-status.js';
import { encodeFindings } from './rows.js';
import { makeRecord } from './store-fixtures.js';
import { backends, type Place } from './test-backends.js';
import type { ArticleRecord, Store } from './types.js';

const harbour = {
  a: makeRecord({
    id: 'art-a',
    story: 'story-harbour',
    outlet: 'Coastal Times',
    published: '2025-04-02T09:00:00Z',
    title: 'Harbour bridge closes after storm damage',
    text: 'The harbour bridge closed on Tuesday. "We will reopen it within a week," said Mayor Ilse Brandt. Repairs will cost 4 million euros.',
    quotes: [{ text: 'We will reopen it within a week', speaker: 'Ilse Brandt' }],
    figures: [{ text: '4 million euros', value: 4_000_000, unit: 'EUR', kind: 'money' }],
  }),
  b: makeRecord({
    id: 'art-b',
    story: 'story-harbour',
    outlet: 'Valley Post',
    published: '2025-04-03',
    title: 'Storm shuts harbour bridge',
    text: 'Storm damage shut the harbour bridge. Repairs will cost 5 million euros, engineers said. Traffic was diverted.',
    figures: [{ text: '5 million euros', value: 5_000_000, unit: 'EUR', kind: 'money' }],
  }),
  copy: makeRecord({
    id: 'art-copy',
    story: 'story-harbour',
    outlet: 'Aggregator Daily',
    published: '2025-04-03T12:00:00Z',
    title: 'Harbour bridge closes after storm damage',
    text: 'The harbour bridge closed on Tuesday. "We will reopen it within a week," said Mayor Ilse Brandt. Repairs will cost 4 million euros.',
    copyOf: 'art-a',
    quotes: [{ text: 'We will reopen it within a week', speaker: 'Ilse Brandt' }],
    figures: [{ text: '4 million euros', value: 4_000_000, unit: 'EUR', kind: 'money' }],
  }),
};

const orchard = makeRecord({
  id: 'art-orchard',
  story: 'story-orchard',
  outlet: 'Valley Post',
  published: '2025-03-20',
  title: 'Orchard harvest breaks record',
  text: 'Growers picked 12,000 tonnes of apples this autumn. "It was our best year," said grower Tomas Weil.',
  quotes: [{ text: 'It was our best year', speaker: 'Tomas Weil' }],
  figures: [{ text: '12,000 tonnes', value: 12_000, unit: 'tonne' }],
});

const undated = makeRecord({
  id: 'art-undated',
  story: 'story-museum',
  outlet: null,
  published: null,
  title: null,
  text: 'The museum reopened its east wing.',
});

function figureConflict(): Finding {
  const a = harbour.a.claims.figures[0];
  const b = harbour.b.claims.figures[0];
  return {
    story: 'story-harbour',
    kind: 'figure',
    status: 'conflict',
    summary: 'Repair cost: 4 million euros vs 5 million euros',
    sources: 2,
    claims: [
      { article: 'art-a', text: a.text, start: a.start, end: a.end },
      { article: 'art-b', text: b.text, start: b.start, end: b.end },
    ],
    value: 4_000_000,
    unit: 'EUR',
  };
}

function quoteSingle(): Finding {
  const q = harbour.a.claims.quotes[0];
  return {
    story: 'story-harbour',
    kind: 'quote',
    status: 'single-source',
    summary: 'Ilse Brandt: reopen within a week',
    sources: 1,
    claims: [{ article: 'art-a', text: q.text, start: q.start, end: q.end }],
    speaker: 'Ilse Brandt',
  };
}

async function seed(store: Store): Promise<void> {
  await store.write({ articles: [harbour.a, harbour.b, orchard] });
  await store.write({
    articles: [harbour.copy, undated],
    findings: [{ story: 'story-harbour', findings: [figureConflict(), quoteSingle()] }],
  });
}

for (const backend of backends) {
  const title = backend.skipReason
    ? `store on ${backend.name} (skipped: ${backend.skipReason})`
    : `store on ${backend.name}`;
  if (backend.skipReason) console.warn(`${backend.name} store tests skipped: ${backend.skipReason}`);

  describe.skipIf(backend.skipReason !== null)(title, () => {
    let place: Place;
    let store: Store;

    beforeEach(async () => {
      place = backend.place();
      store = await place.open();
    });

    afterEach(async () => {
      await store.close();
      await place.cleanup();
    });

    it('records its migrations and keeps data when reopened', async () => {
      await seed(store);
      await store.close();
      store = await place.open();
      expect((await store.counts()).articles).toBe(5);
    });

    it('returns an article exactly as written, with its copy link, story and claims', async () => {
      await seed(store);
      const detail = await store.getArticle('art-copy');
      expect(detail?.article).toEqual(harbour.copy.article);
      expect(detail?.copy).toEqual({ article: 'art-copy', copyOf: 'art-a', derivedFrom: null });
      expect(detail?.story).toBe('story-harbour');
      expect(detail?.storyTitle).toBe('Harbour bridge closes after storm damage');
      expect(detail?.claims).toEqual(harbour.copy.claims);
    });

    it('returns null for an unknown article or story', async () => {
      await seed(store);
      expect(await store.getArticle('nope')).toBeNull();
      expect(await store.getStory('nope')).toBeNull();
    });

    it('stores an article once however often it is written, keeping the first version', async () => {
      await store.write({ articles: [harbour.a, harbour.a] });
      const changed: ArticleRecord = { ...harbour.a, article: { ...harbour.a.article, title: 'Changed' } };
      await store.write({ articles: [changed] });
      expect((await store.counts()).articles).toBe(1);
      expect((await store.getArticle('art-a'))?.article.title).toBe(harbour.a.article.title);
      expect((await store.getStory('story-harbour'))?.summary.articles).toBe(1);
    });

    it('reports which articles are stored', async () => {
      await store.write({ articles: [harbour.a] });
      expect(await store.hasArticle('art-a')).toBe(true);
      expect(await store.hasArticle('art-b')).toBe(false);
      expect([...(await store.storedArticles(['art-b', 'art-a', 'art-a']))]).toEqual(['art-a']);
    });

    it('stores nothing of a batch that fails part way, and the same batch written again completes', async () => {
      await store.write({ articles: [orchard] });
      const broken = { ...harbour.b, story: null as unknown as string };
      await expect(
        store.write({ articles: [harbour.a, broken], state: { 'copy-index': 'after-batch' } }),
      ).rejects.toThrow();
      expect(await store.hasArticle('art-a')).toBe(false);
      expect(await store.getState('copy-index')).toBeNull();
      expect((await store.searchClaims({ article: 'art-a' })).total).toBe(0);
      expect((await store.counts()).articles).toBe(1);
      await store.write({ articles: [harbour.a, harbour.b], state: { 'copy-index': 'after-batch' } });
      expect((await store.counts()).articles).toBe(3);
      expect(await store.getState('copy-index')).toBe('after-batch');
    });

    it('lists stories newest first with article, independent-source and finding counts', async () => {
      await seed(store);
      const { total, items } = await store.listStories();
      expect(total).toBe(3);
      expect(items.map((s) => s.id)).toEqual(['story-harbour', 'story-orchard', 'story-museum']);
      const [harbourStory] = items;
      expect(harbourStory).toMatchObject({
        title: 'Harbour bridge closes after storm damage',
        articles: 3,
        sources: 2,
        outlets: ['Aggregator Daily', 'Coastal Times', 'Valley Post'],
        firstPublished: '2025-04-02T09:00:00Z',
        lastPublished: '2025-04-03T12:00:00Z',
      });
      expect(harbourStory.findings).toEqual({
        corroborated: 0,
        conflict: 1,
        'single-source': 1,
        'quote-drift': 0,
        'quote-vs-paraphrase': 0,
      });
      expect(items[2]).toMatchObject({ title: null, articles: 1, sources: 1, outlets: [], lastPublished: null });
    });

    it('filters stories by date and by words in their articles, and pages through them', async () => {
      await seed(store);
      expect((await store.listStories({ since: '2025-04-01' })).items.map((s) => s.id)).toEqual(['story-harbour']);
      expect((await store.listStories({ q: 'apples' })).items.map((s) => s.id)).toEqual(['story-orchard']);
      expect((await store.listStories({ q: 'HARBOUR Bridge' })).items.map((s) => s.id)).toEqual(['story-harbour']);
      expect((await store.listStories({ q: 'harv*' })).items.map((s) => s.id)).toEqual(['story-orchard']);
      expect((await store.listStories({ q: 'harbour apples' })).total).toBe(0);
      const second = await store.listStories({ limit: 1, offset: 1 });
      expect(second.total).toBe(3);
      expect(second.items.map((s) => s.id)).toEqual(['story-orchard']);
    });

    it('finds words in articles the way it splits a search: numbers at their commas, addresses at their dots', async () => {
      await store.write({
        articles: [
          makeRecord({
            id: 'art-port',
            story: 'story-port',
            text: 'The port hired 1,500 staff; write to jobs@port.example.',
          }),
        ],
      });
      expect((await store.listStories({ q: '500 staff' })).items.map((s) => s.id)).toEqual(['story-port']);
      expect((await store.listStories({ q: 'jobs port' })).items.map((s) => s.id)).toEqual(['story-port']);
      expect((await store.listStories({ q: 'exam*' })).items.map((s) => s.id)).toEqual(['story-port']);
    });

    it('stores an article of more words than a search index takes, and finds it by its first ones', async () => {
      const text = `Dredging report. ${Array.from({ length: 120_000 }, (_, i) => `w${i}`).join(' ')}.`;
      await store.write({ articles: [makeRecord({ id: 'art-dump', story: 'story-dump', text })] });
      expect((await store.getArticle('art-dump'))?.article.text === text).toBe(true);
      expect((await store.listStories({ q: 'dredging w1' })).items.map((s) => s.id)).toEqual(['story-dump']);
      expect((await store.listStories({ q: `dredging ${'w'.repeat(3000)}` })).total).toBe(0);
      expect((await store.searchClaims({ q: 'w'.repeat(3000) })).total).toBe(0);
    });

    it('treats search operators and quotes as plain words', async () => {
      await seed(store);
      for (const q of ['"unbalanced', 'NEAR(harbour', 'harbour OR', '-bridge', "it's", 'a:b', '()', '***']) {
        await expect(store.listStories({ q })).resolves.toBeDefined();
        await expect(store.searchClaims({ q })).resolves.toBeDefined();
      }
      expect((await store.listStories({ q: '()' })).total).toBe(3);
    });

    it('returns a story with its articles in date order, their claims and its findings', async () => {
      await seed(store);
      const story = await store.getStory('story-harbour');
      expect(story?.articles.map((a) => a.article.id)).toEqual(['art-a', 'art-b', 'art-copy']);
      expect(story?.claims.map((c) => c.article)).toEqual(['art-a', 'art-b', 'art-copy']);
      expect(story?.claims[1]).toEqual(harbour.b.claims);
      expect(story?.findings).toEqual([figureConflict(), quoteSingle()]);
    });

    it('reads a story’s members for reconciling: the same articles, quotes and figures as the whole story, with its title', async () => {
      await seed(store);
      const story = await store.getStory('story-harbour');
      const members = await store.getStoryMembers('story-harbour');
      expect(members?.title).toBe(story?.summary.title);
      expect(members?.articles).toEqual(story?.articles);
      expect(members?.claims).toEqual(
        story?.claims.map(({ article, quotes, figures }) => ({ article, quotes, figures })),
      );
      expect(members?.claims.some((c) => c.quotes.length > 0 && c.figures.length > 0)).toBe(true);
      const claims = (members?.claims ?? []).flatMap(({ article, quotes, figures }) => [
        ...quotes.map((q) => ({ article, kind: 'quote', start: q.start, end: q.end })),
        ...figures.map((f) => ({ article, kind: 'figure', start: f.start, end: f.end })),
      ]);
      const spans = members?.spans ?? [];
      const byPlace = (a: { article: string; start: number }, b: { article: string; start: number }) =>
        a.article.localeCompare(b.article) || a.start - b.start;
      expect(spans.map(({ key: _key, ...span }) => span).sort(byPlace)).toEqual(claims.sort(byPlace));
      expect(new Set(spans.map((span) => span.key)).size).toBe(claims.length);
      expect(await store.getStoryMembers('nope')).toBeNull();
    });

    it('reads several stories’ members at once, each as read alone, leaving out stories it does not hold', async () => {
      await seed(store);
      const ids = ['story-orchard', 'nope', 'story-harbour', 'story-orchard'];
      const many = await store.getStoriesMembers(ids);
      expect([...many.keys()].sort()).toEqual(['story-harbour', 'story-orchard']);
      for (const id of ['story-harbour', 'story-orchard'])
        expect(many.get(id)).toEqual(await store.getStoryMembers(id));
      expect(many.get('story-harbour')?.articles.map((a) => a.article.id)).toEqual(['art-a', 'art-b', 'art-copy']);
      expect((await store.getStoriesMembers([])).size).toBe(0);
    });

    it('stores the claim statuses given with a story’s findings, as worked out where its claims were read', async () => {
      await seed(store);
      const members = await store.getStoryMembers('story-harbour');
      const corroborated: Finding = { ...figureConflict(), status: 'corroborated' };
      const worked = [...claimStatuses(members?.spans ?? [], [corroborated])];
      expect(worked).toHaveLength(2);
      await store.write({
        articles: [],
        findings: [{ story: 'story-harbour', findings: [corroborated], claimStatuses: worked }],
      });
      expect((await store.searchClaims({ status: 'corroborated' })).total).toBe(2);
      expect((await store.searchClaims({ status: 'conflict' })).total).toBe(0);
      // Given, they are not worked out again: a status left out is not stored.
      await store.write({
        articles: [],
        findings: [{ story: 'story-harbour', findings: [corroborated], claimStatuses: worked.slice(0, 1) }],
      });
      expect((await store.searchClaims({ status: 'corroborated' })).total).toBe(1);
    });

    it('replaces a story’s findings and the statuses of its claims', async () => {
      await seed(store);
      expect((await store.searchClaims({ status: 'conflict' })).items.map((c) => c.article)).toEqual([
        'art-b',
        'art-a',
      ]);
      const corroborated: Finding = { ...figureConflict(), status: 'corroborated' };
      await store.write({ articles: [], findings: [{ story: 'story-harbour', findings: [corroborated] }] });
      expect((await store.getStory('story-harbour'))?.findings).toEqual([corroborated]);
      expect((await store.searchClaims({ status: 'conflict' })).total).toBe(0);
      expect((await store.searchClaims({ status: 'single-source' })).total).toBe(0);
      expect((await store.searchClaims({ status: 'corroborated' })).total).toBe(2);
      expect((await store.listStories()).items[0].findings.corroborated).toBe(1);
      expect((await store.counts()).findings).toBe(1);
    });

    it('stores findings given encoded as the store’s values exactly as the same findings given as objects', async () => {
      await seed(store);
      const findings: Finding[] = [{ ...figureConflict(), status: 'corroborated' }, quoteSingle()];
      await store.write({ articles: [], findings: [{ story: 'story-harbour', findings: encodeFindings(findings) }] });
      expect((await store.getStory('story-harbour'))?.findings).toEqual(findings);
      expect((await store.listStories()).items.find((s) => s.id === 'story-harbour')?.findings).toMatchObject({
        corroborated: 1,
        'single-source': 1,
        conflict: 0,
      });
      // Without statuses given, the store works them out from the decoded findings.
      expect((await store.searchClaims({ status: 'corroborated' })).total).toBe(2);
    });

    it('takes a story’s independent-source count from the pipeline when given', async () => {
      await seed(store);
      await store.write({
        articles: [],
        findings: [{ story: 'story-harbour', findings: [quoteSingle()], sources: 1 }],
      });
      expect((await store.getStory('story-harbour'))?.summary.sources).toBe(1);
      await store.write({ articles: [], findings: [{ story: 'story-orchard', findings: [] }] });
      expect((await store.getStory('story-orchard'))?.summary.sources).toBe(1);
    });

    it('keeps a story’s counts, dates, sources and title as recomputed from all its articles, in any arrival order', async () => {
      const spec = (id: string, published: string | null, more: Partial<Parameters<typeof makeRecord>[0]> = {}) =>
        makeRecord({ id, story: 'story-mixed', text: `Text of ${id}.`, published, outlet: `Outlet ${id}`, ...more });
      const arrivals: ArticleRecord[][] = [
        [spec('m-5', null, { title: null })],
        [spec('m-4', null)],
        [spec('m-3', '2025-05-03', { title: null, outlet: 'Shared' })],
        [spec('m-6', '2025-05-09', { outlet: 'Shared' }), spec('m-2', '2025-05-03', { outlet: null })],
        [spec('m-1', '2025-05-03', { copyOf: 'm-6' }), spec('m-0', '2025-05-01', { derivedFrom: 'm-6', title: null })],
        [spec('m-7', '2025-05-01', { outlet: 'm-2' })],
        [spec('m-8', '2025-04-30', { copyOf: 'm-6', outlet: 'Outlet m-8' })],
      ];
      const stored: ArticleRecord[] = [];
      const order = (a: ArticleRecord, b: ArticleRecord) => {
        const [pa, pb] = [a.article.published, b.article.published];
        if ((pa === null) !== (pb === null)) return pa === null ? 1 : -1;
        if (pa !== pb) return (pa ?? '') < (pb ?? '') ? -1 : 1;
        return a.article.id < b.article.id ? -1 : 1;
      };
      for (const batch of arrivals) {
        await store.write({ articles: batch });
        stored.push(...batch);
        const dates = stored.flatMap((r) => (r.article.published === null ? [] : [r.article.published])).sort();
        const originals = stored.filter((r) => r.copy.copyOf === null && r.copy.derivedFrom === null);
        const titled = stored.filter((r) => r.article.title !== null).sort(order);
        expect((await store.getStory('story-mixed'))?.summary).toMatchObject({
          articles: stored.length,
          sources: new Set(originals.map((r) => r.article.outlet ?? r.article.id)).size,
          firstPublished: dates[0] ?? null,
          lastPublished: dates.at(-1) ?? null,
          title: titled[0]?.article.title ?? null,
        });
      }
      expect((await store.getStory('story-mixed'))?.summary).toMatchObject({
        articles: 9,
        sources: 4,
        firstPublished: '2025-04-30',
        title: 'Title of m-8',
      });
    });

    it('keeps the last source count given for a story in a write, even when a later entry gives none', async () => {
      await seed(store);
      await store.write({
        articles: [],
        findings: [
          { story: 'story-harbour', findings: [], sources: 5 },
          { story: 'story-harbour', findings: [], sources: 4 },
          { story: 'story-harbour', findings: [quoteSingle()] },
        ],
      });
      const summary = (await store.getStory('story-harbour'))?.summary;
      expect(summary?.sources).toBe(4);
      expect(summary?.findings['single-source']).toBe(1);
    });

    it('counts sources again from the articles once a story whose count the pipeline gave gains an article', async () => {
      await seed(store);
      await store.write({ articles: [], findings: [{ story: 'story-harbour', findings: [], sources: 7 }] });
      expect((await store.getStory('story-harbour'))?.summary.sources).toBe(7);
      const more = makeRecord({ id: 'art-d', story: 'story-harbour', text: 'More.', outlet: 'Coastal Times' });
      await store.write({ articles: [more] });
      expect((await store.getStory('story-harbour'))?.summary.sources).toBe(2);
    });

    it('returns claims exactly as written, whatever their key order or characters', async () => {
      const record = makeRecord({
        id: 'art-odd',
        story: 'story-odd',
        text: 'Prices rose 5 percent. "Fine \u{1F600} words," said Ann.',
        quotes: [{ text: 'Fine \u{1F600} words', speaker: 'Ann' }],
        figures: [{ text: '5 percent', value: 5, unit: '%' }],
      });
      const [quote] = record.claims.quotes;
      const [figure] = record.claims.figures;
      const { text, ...rest } = quote;
      const reordered = { text, ...rest };
      const nul = { ...quote, speaker: 'A\u0000nn', cue: undefined };
      const ranged = { ...figure, valueMax: 7, change: 'up' as const };
      const odd: ArticleRecord = {
        ...record,
        claims: { ...record.claims, quotes: [quote, reordered, nul], figures: [ranged, figure] },
      };
      await store.write({ articles: [odd] });
      const expected = JSON.parse(JSON.stringify(odd.claims));
      expect((await store.getArticle('art-odd'))?.claims).toEqual(expected);
      expect(Object.keys((await store.getArticle('art-odd'))?.claims.quotes[1] ?? {})).toEqual(Object.keys(reordered));
      expect((await store.getStory('story-odd'))?.claims).toEqual([expected]);
      const ledger = await store.searchClaims({ article: 'art-odd', kind: 'quote' });
      expect(ledger.items.map((c) => c.quote)).toEqual(expected.quotes);
    });

    /** Stores an article of `text` with one figure, `7 tonnes`, and reads its claim back from the ledger. */
    async function storedTonnes(id: string, text: string) {
      await store.write({
        articles: [
          makeRecord({ id, story: `story-${id}`, text, figures: [{ text: '7 tonnes', value: 7, unit: 't' }] }),
        ],
      });
      const [entry] = (await store.searchClaims({ article: id })).items;
      return entry;
    }

    it('keeps at most 200 characters of an over-long sentence either side of its claim, and the claim whole', async () => {
      const filler = 'x'.repeat(5000);
      const text = `${filler} 7 tonnes of grain ${filler}.`;
      const entry = await storedTonnes('art-blob', text);
      const claimAt = text.indexOf('7 tonnes');
      expect(entry.sentenceText).toBe(text.slice(claimAt - 200, claimAt + '7 tonnes'.length + 200));
      expect(entry.figure?.sentence).toEqual({ start: 0, end: text.length });
      expect((await store.searchClaims({ q: 'grain' })).items.map((c) => c.article)).toEqual(['art-blob']);
    });

    it('keeps a long sentence whole, however far from its claim it reaches', async () => {
      const clause = 'and the convoy moved on through the valley ';
      const text = `Officials said 7 tonnes of grain arrived ${clause.repeat(40)}before dawn.`;
      expect(text.length).toBeGreaterThan(1500);
      expect((await storedTonnes('art-long', text)).sentenceText).toBe(text);
    });

    it('gives an article the findings that hold its claims', async () => {
      await seed(store);
      expect((await store.getArticle('art-b'))?.findings).toEqual([figureConflict()]);
      expect((await store.getArticle('art-copy'))?.findings).toEqual([]);
    });

    it('searches the claims ledger by kind, unit, date, words and status', async () => {
      await seed(store);
      const all = await store.searchClaims();
      expect(all.total).toBe(7);
      expect(all.items.map((c) => `${c.article}/${c.kind}`)).toEqual([
        'art-copy/figure',
        'art-copy/quote',
        'art-b/figure',
        'art-a/figure',
        'art-a/quote',
        'art-orchard/figure',
        'art-orchard/quote',
      ]);
      const quotes = await store.searchClaims({ kind: 'quote', q: 'Brandt' });
      expect(quotes.items.map((c) => c.article)).toEqual(['art-copy', 'art-a']);
      expect(quotes.items[1]).toMatchObject({
        kind: 'quote',
        story: 'story-harbour',
        outlet: 'Coastal Times',
        title: 'Harbour bridge closes after storm damage',
        url: 'https://example.test/art-a',
        published: '2025-04-02T09:00:00Z',
        status: 'single-source',
        sentenceText: '"We will reopen it within a week," said Mayor Ilse Brandt.',
        quote: harbour.a.claims.quotes[0],
      });
      expect(quotes.items[0].status).toBeNull();
      const euros = await store.searchClaims({ unit: 'EUR', since: '2025-04-03' });
      expect(euros.items.map((c) => c.figure?.value)).toEqual([4_000_000, 5_000_000]);
      expect((await store.searchClaims({ unit: 'tonne', kind: 'quote' })).total).toBe(0);
      expect((await store.searchClaims({ q: 'apples' })).items.map((c) => c.kind)).toEqual(['figure']);
      expect((await store.searchClaims({ story: 'story-orchard', limit: 1 })).items).toHaveLength(1);
      const harbourClaims = await store.searchClaims({ story: 'story-harbour', kind: 'figure' });
      expect(harbourClaims.items.map((c) => c.article)).toEqual(['art-copy', 'art-b', 'art-a']);
      expect((await store.searchClaims({ story: 'story-orchard' })).total).toBe(2);
      expect((await store.searchClaims({ story: 'story-museum' })).total).toBe(0);
    });

    it('returns articles in the order they were stored, from an offset', async () => {
      await store.write({ articles: [orchard, harbour.b] });
      await store.write({ articles: [harbour.a, harbour.b, undated] });
      expect((await store.articlesInOrder(0, 10)).map((a) => a.article.id)).toEqual([
        'art-orchard',
        'art-b',
        'art-a',
        'art-undated',
      ]);
      const tail = await store.articlesInOrder(2, 1);
      expect(tail.map((a) => a.article.id)).toEqual(['art-a']);
      expect(tail[0]).toEqual({ article: harbour.a.article, copy: harbour.a.copy, story: 'story-harbour' });
    });

    it('keeps state blobs, replacing them on write', async () => {
      expect(await store.getState('story-index')).toBeNull();
      await store.setState('story-index', '{"v":1}');
      await store.write({ articles: [], state: { 'story-index': '{"v":2}', 'feed-state': '[]' } });
      expect(await store.getState('story-index')).toBe('{"v":2}');
      expect(await store.getState('feed-state')).toBe('[]');
    });

    it('keeps binary state in parts, in order, each write replacing every earlier part of its key', async () => {
      expect(await store.getStateParts('copy-index')).toBeNull();
      const first = [Uint8Array.from([1, 2, 3]), Uint8Array.from([0, 255]), Uint8Array.from([9])];
      await store.write({ articles: [], stateParts: { 'copy-index': first } });
      expect((await store.getStateParts('copy-index'))?.map((part) => [...part])).toEqual([[1, 2, 3], [0, 255], [9]]);
      const view = new Uint8Array(Uint32Array.from([0x04030201, 0x08070605]).buffer, 4, 4);
      await store.write({ articles: [], stateParts: { 'copy-index': [view] } });
      expect((await store.getStateParts('copy-index'))?.map((part) => [...part])).toEqual([[5, 6, 7, 8]]);
      await expect(
        store.write({ articles: [{ ...orchard, story: null as unknown as string }], stateParts: { 'copy-index': [] } }),
      ).rejects.toThrow();
      expect(await store.getStateParts('copy-index')).toHaveLength(1);
    });

    it('counts articles, stories, quotes, figures and findings', async () => {
      await seed(store);
      expect(await store.counts()).toEqual({ articles: 5, stories: 3, quotes: 3, figures: 4, findings: 2 });
    });

    it('serialises concurrent writes without losing any', async () => {
      await Promise.all([
        store.write({ articles: [harbour.a] }),
        store.write({ articles: [harbour.b] }),
        store.write({ articles: [orchard] }),
      ]);
      expect((await store.counts()).articles).toBe(3);
    });
  });
}
