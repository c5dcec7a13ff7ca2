import { describe, expect, it } from 'vitest';
import { type ClaimRow, decodeClaims, encodeClaims, toStatedClaims } from './rows.js';
import { makeRecord } from './store-fixtures.js';

const ID = 'https://news.example/2025/04/02/a-long-article-address-that-is-the-id';
const record = makeRecord({
  id: ID,
  story: 's-1',
  text: 'Allies pledged 20 billion euros. "We stand together," said Ann Lee.',
  quotes: [{ text: 'We stand together', speaker: 'Ann Lee' }],
  figures: [{ text: '20 billion euros', value: 20e9, unit: 'EUR' }],
});

/** The claim rows the store would hold for the encoded claims, with `data` as given. */
function rowsOf(data: string[]): ClaimRow[] {
  return data.map((d, idx) => ({
    seq: idx + 1,
    article: ID,
    kind: idx === 0 ? 'quote' : 'figure',
    idx: 0,
    story: 's-1',
    published: null,
    start_at: 0,
    end_at: 0,
    sentence_text: '',
    data: d,
  }));
}

describe('claim rows', () => {
  it("store each claim's JSON without its article id, which the row holds", () => {
    const { fields } = encodeClaims(record.article, record.claims);
    const data = [fields[8], fields[17]] as string[];
    for (const json of data) expect(json).not.toContain(ID);
  });

  it('read back the claims exactly as extracted, keys in their order', () => {
    const encoded = encodeClaims(record.article, record.claims);
    const decoded = decodeClaims(ID, encoded);
    expect(decoded.quotes).toEqual(record.claims.quotes);
    expect(decoded.figures).toEqual(record.claims.figures);
    expect(Object.keys(decoded.quotes[0])).toEqual(Object.keys(record.claims.quotes[0]));
    const { fields } = encoded;
    const stated = toStatedClaims(ID, rowsOf([fields[8] as string, fields[17] as string]));
    expect(stated.quotes).toEqual(record.claims.quotes);
    expect(stated.figures).toEqual(record.claims.figures);
  });

  it('read rows written before the article left the JSON the same way', () => {
    const [quote] = record.claims.quotes;
    const [figure] = record.claims.figures;
    const stated = toStatedClaims(ID, rowsOf([JSON.stringify(quote), JSON.stringify(figure)]));
    expect(stated.quotes).toEqual([quote]);
    expect(stated.figures).toEqual([figure]);
  });
});
