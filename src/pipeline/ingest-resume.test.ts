/** With the real stages: resuming from saved indexes, or rebuilding them, gives what one uninterrupted run gives. */
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import type { ReadItem } from '../readers/types.js';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.js';
import { STATE_KEYS, type Store } from '../store/types.js';
import { ingest } from './ingest.js';

const damText =
  'Engineers inspecting the Lowmere reservoir dam found cracks in its spillway on Monday. "The dam is safe for now, but repairs cannot wait," said chief engineer Petra Lund. Repairs will cost 3 million euros, the water board said.';

function doc(id: string, outlet: string, published: string, title: string, text: string): ReadItem {
  return { doc: { item: `reports.jsonl:${id}`, file: 'reports.jsonl', text, meta: { id, outlet, published, title } } };
}

const items: ReadItem[] = [
  doc('dam-1', 'Hill Gazette', '2025-06-10', 'Reservoir dam inspection finds cracks', damText),
  doc(
    'ferry-1',
    'Coast Weekly',
    '2025-06-10',
    'Island ferry adds evening crossing',
    'The island ferry company will add an evening crossing from July, its director Marta Kos said on Tuesday. Tickets will cost 12 euros.',
  ),
  doc('dam-copy', 'Valley Aggregator', '2025-06-11', 'Reservoir dam inspection finds cracks', damText),
  doc(
    'dam-2',
    'River Courier',
    '2025-06-11',
    'Lowmere dam needs urgent repairs',
    'Cracks were found in the spillway of the Lowmere reservoir dam during an inspection on Monday. Chief engineer Petra Lund said the dam was safe for now. The water board put the cost of repairs at 4 million euros.',
  ),
];

async function* stream(list: ReadItem[]): AsyncGenerator<ReadItem> {
  yield* list;
}

async function outcome(store: Store): Promise<string[]> {
  const all = await store.articlesInOrder(0, 100);
  return all.map((a) => `${a.article.id} story=${a.story} copyOf=${a.copy.copyOf ?? '-'}`);
}

describe('resuming ingest with the real stages', () => {
  const dir = useTempDir('resume');
  const stores: Store[] = [];
  const open = async (name: string) => {
    const store = await openSqliteStore(dir.file(`${name}.db`));
    stores.push(store);
    return store;
  };

  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
  });

  it('links the copy and groups the dam reports the same in one run, two runs, or two runs with lost state', async () => {
    const once = await open('once');
    await ingest(once, stream(items));
    const expected = await outcome(once);
    expect(expected.find((line) => line.startsWith('dam-copy'))).toContain('copyOf=dam-1');
    const stories = new Map(expected.map((line) => [line.split(' ')[0], line.split(' ')[1].slice('story='.length)]));
    expect(stories.get('dam-2')).toBe(stories.get('dam-1'));
    expect(stories.get('ferry-1')).not.toBe(stories.get('dam-1'));

    const twice = await open('twice');
    await ingest(twice, stream(items.slice(0, 2)));
    expect(await twice.getState(STATE_KEYS.indexedArticles)).toBe('2');
    await ingest(twice, stream(items.slice(2)));
    expect(await outcome(twice)).toEqual(expected);

    const lost = await open('lost');
    await ingest(lost, stream(items.slice(0, 2)));
    await lost.write({ articles: [], state: { [STATE_KEYS.indexedArticles]: 'lost' } });
    await ingest(lost, stream(items.slice(2)));
    expect(await outcome(lost)).toEqual(expected);
    expect((await lost.getStory(stories.get('dam-1') ?? ''))?.findings.length).toBeGreaterThan(0);
  });
});
