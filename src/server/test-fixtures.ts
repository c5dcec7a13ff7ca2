/** A small invented store for the server's tests: two stories, hostile markup in titles, text and outlets. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../records/finding.js';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.js';
import { makeRecord } from '../store/store-fixtures.js';
import type { Store } from '../store/types.js';

export const HOSTILE = '<script>alert(1)</script>';

export const harbourText = `The council approved 40 ferries on Monday. "We will build the ${HOSTILE} pier today," said Mayor Ana Ruiz. Critics said the plan was late.`;
export const bayText =
  'Officials said 40 ferries were approved. "We will build the pier," Ruiz said. The vote was close.';
export const rainText = 'Rain fell on 3 towns in the valley. Farmers were glad.';

export const records = [
  makeRecord({
    id: 'art-harbour',
    story: 'story-harbour',
    title: `Council ${HOSTILE} approves ferries`,
    outlet: 'Harbour Post',
    published: '2025-06-01T08:00:00Z',
    text: harbourText,
    quotes: [{ text: `We will build the ${HOSTILE} pier today`, speaker: 'Ana Ruiz' }],
    figures: [{ text: '40 ferries', value: 40, unit: 'ferry' }],
  }),
  makeRecord({
    id: 'art-bay',
    story: 'story-harbour',
    title: 'Ferries approved',
    outlet: `Bay <img src=x onerror=alert(2)> News`,
    published: '2025-06-02T09:30:00Z',
    text: bayText,
    quotes: [{ text: 'We will build the pier', speaker: 'Ana Ruiz' }],
    figures: [{ text: '40 ferries', value: 40, unit: 'ferry' }],
  }),
  makeRecord({
    id: 'art-rain',
    story: 'story-rain',
    title: 'Rain in the valley',
    outlet: 'Valley Weather',
    published: '2025-05-01',
    text: rainText,
    figures: [{ text: '3 towns', value: 3, unit: 'town' }],
  }),
];

function ref(articleIndex: number, part: string) {
  const { article } = records[articleIndex];
  const start = article.text.indexOf(part);
  return { article: article.id, text: part, start, end: start + part.length };
}

export const harbourFindings: Finding[] = [
  {
    story: 'story-harbour',
    kind: 'figure',
    status: 'corroborated',
    summary: '40 ferries approved',
    sources: 2,
    claims: [ref(0, '40 ferries'), ref(1, '40 ferries')],
    value: 40,
    unit: 'ferry',
  },
  {
    story: 'story-harbour',
    kind: 'quote',
    status: 'quote-drift',
    summary: `Ruiz on the pier, in different words ${HOSTILE}`,
    sources: 2,
    claims: [ref(0, `We will build the ${HOSTILE} pier today`), ref(1, 'We will build the pier')],
    speaker: 'Ana Ruiz',
    note: 'One version adds "today".',
  },
];

export interface FixtureStore {
  store: Store;
  cleanup(): Promise<void>;
}

/** A fresh SQLite store in a temporary directory, optionally filled with the fixture records. */
export async function fixtureStore(filled = true): Promise<FixtureStore> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-server-'));
  const store = await openSqliteStore(join(dir, 'test.db'));
  if (filled) {
    await store.write({ articles: records, findings: [{ story: 'story-harbour', findings: harbourFindings }] });
  }
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
