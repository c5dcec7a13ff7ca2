import { describe, expect, it } from 'vitest';
import { searchVector, searchWords, tsQuery } from './fts-query.js';

describe('searchVector', () => {
  it('lists each word of the texts once, lower-cased and quoted, split as a query is', () => {
    expect(searchVector('The Port said 1,500 tugs; the port@harbour.org.', null, 'Über-Tugs')).toBe(
      "'the' 'port' 'said' '1' '500' 'tugs' 'harbour' 'org' 'über'",
    );
    const { words } = searchWords('PORT 1,500 über');
    expect(words.every((word) => searchVector('The Port said 1,500 tugs', 'Über').includes(`'${word}'`))).toBe(true);
  });

  it('is empty for texts without words', () => {
    expect(searchVector(null, '', ' -- ')).toBe('');
  });

  it('leaves out a word longer than PostgreSQL takes, and words past 1 MB of them, keeping the first ones', () => {
    expect(searchVector(`short ${'x'.repeat(3000)} tail`)).toBe("'short' 'tail'");
    const many = Array.from({ length: 200_000 }, (_, i) => `w${i}`).join(' ');
    const vector = searchVector(many);
    expect(Buffer.byteLength(vector)).toBeLessThan(1_048_575);
    expect(vector.startsWith("'w0' 'w1' 'w2'")).toBe(true);
    expect(vector).not.toContain("'w199999'");
  });
});

describe('tsQuery', () => {
  it('asks for every word, the last one as a prefix when asked', () => {
    expect(tsQuery(['port', 'tu'], true)).toBe("'port' & 'tu':*");
    expect(tsQuery([], false)).toBeNull();
  });

  it('matches nothing when a word is longer than a search index keeps', () => {
    expect(tsQuery(['port', 'x'.repeat(3000)], false)).toBe("'0' & !'0'");
    expect(tsQuery(['é'.repeat(700)], true)).toBe(`'${'é'.repeat(700)}':*`);
  });
});
