import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../claims/index.js';
import { normalise } from '../../extract/normalise.js';
import { packClaims, unpackBatch, unpackClaims } from './packed-claims.js';

const article = normalise({
  item: 'report.txt',
  file: 'report.txt',
  text: 'The council approved 40 new homes on Friday. "We have waited long enough," said mayor Ida Berg, who put the cost at 3 million euros.',
  meta: { id: 'homes-1', published: '2025-03-07' },
});

describe('packed claims', () => {
  it('unpack to claims equal to those packed, in a buffer of their own', () => {
    const claims = extractClaims(article);
    const packed = packClaims(claims);
    expect(packed.byteLength).toBe(packed.buffer.byteLength);
    expect(unpackClaims(packed)).toEqual(claims);
    expect(claims.quotes.length).toBeGreaterThan(0);
  });

  it('leave claims that were never packed as they are, in a batch too', () => {
    const claims = extractClaims(article);
    expect(unpackClaims(claims)).toBe(claims);
    const copy = { article: article.id, copyOf: null, derivedFrom: null };
    const batch = unpackBatch({ articles: [{ article, copy, story: 's-1', claims: packClaims(claims) }] });
    expect(batch.articles[0].claims).toEqual(claims);
  });
});
