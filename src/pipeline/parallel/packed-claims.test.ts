import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../claims/index.js';
import { normalise } from '../../extract/normalise.js';
import { articleValues, claimValues, decodeFindings, encodeFindings } from '../../store/rows.js';
import { packClaims, unpackBatch, unpackClaims } from './packed-claims.js';
import { reconcileData, reconcileTaskPacked } from './reconcile-task.js';

const article = normalise({
  item: 'report.txt',
  file: 'report.txt',
  text: 'The council approved 40 new homes on Friday. "We have waited long enough," said mayor Ida Berg, who put the cost at 3 million euros.',
  meta: { id: 'homes-1', published: '2025-03-07' },
});

describe('packed claims', () => {
  it('unpack to claims equal to those packed, in a buffer of their own', () => {
    const claims = extractClaims(article);
    const packed = packClaims(article, claims);
    expect(packed.byteLength).toBe(packed.buffer.byteLength);
    expect(unpackClaims(article.id, packed)).toEqual(claims);
    expect(claims.quotes.length).toBeGreaterThan(0);
    expect(claims.figures.length).toBeGreaterThan(0);
  });

  it('leave claims that were never packed as they are', () => {
    const claims = extractClaims(article);
    expect(unpackClaims(article.id, claims)).toBe(claims);
  });

  it('reach the writer as the claim rows and extras that the store would encode from the claims themselves', () => {
    const claims = extractClaims(article);
    const copy = { article: article.id, copyOf: null, derivedFrom: null };
    const batch = unpackBatch({ articles: [{ article, copy, story: 's-1', claims: packClaims(article, claims) }] });
    const written = batch.articles[0];
    const plain = { article, copy, story: 's-1', claims };
    expect(claimValues(written, 7)).toEqual(claimValues(plain, 7));
    expect(articleValues(written, 7)).toEqual(articleValues(plain, 7));
    expect(claimValues(written, 7)).toHaveLength(claims.quotes.length + claims.figures.length);
  });
});

describe('packed findings', () => {
  const second = normalise({
    item: 'wire.txt',
    file: 'wire.txt',
    text: 'Councillors approved 40 new homes on Friday. "We have waited long enough," mayor Ida Berg said.',
    meta: { id: 'homes-2', published: '2025-03-07', outlet: 'Wire' },
  });
  const data = {
    story: { id: 's-1', title: null, articles: [article.id, second.id] },
    articles: [article, second],
    claims: [extractClaims(article), extractClaims(second)],
    copies: [
      { article: article.id, copyOf: null, derivedFrom: null },
      { article: second.id, copyOf: null, derivedFrom: null },
    ],
  };

  it('come back from a reconcile worker packed, encoded as the store values, with their count and sources', async () => {
    const plain = reconcileData(data);
    const packed = await reconcileTaskPacked(data);
    expect(plain.findings.length).toBeGreaterThan(0);
    expect(packed?.count).toBe(plain.findings.length);
    expect(packed?.sources).toBe(plain.sources);
    const batch = unpackBatch({
      articles: [],
      findings: [
        { story: 's-1', findings: packed?.findings ?? [], count: packed?.count ?? 0, sources: packed?.sources },
      ],
    });
    expect(batch.findings).toEqual([
      { story: 's-1', findings: encodeFindings(plain.findings), sources: plain.sources },
    ]);
    const [entry] = batch.findings ?? [];
    expect(decodeFindings(entry.findings)).toEqual(plain.findings);
  });
});
