import { describe, expect, it } from 'vitest';
import { collapseWhitespace, isWhitespace } from './whitespace.js';

const byRegex = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('collapseWhitespace', () => {
  it('returns text that is already on one line unchanged', () => {
    const text = 'Allies pledged more, the minister said.';
    expect(collapseWhitespace(text)).toBe(text);
  });

  it('collapses runs of spaces, tabs, newlines and Unicode spaces to one space and trims both ends', () => {
    expect(collapseWhitespace('  Two\t\tspaces\n and\u00a0a\u2009thin one  ')).toBe('Two spaces and a thin one');
    expect(collapseWhitespace('one trailing space ')).toBe('one trailing space');
    expect(collapseWhitespace(' one leading space')).toBe('one leading space');
  });

  it('gives an empty string for empty or blank text', () => {
    expect(collapseWhitespace('')).toBe('');
    expect(collapseWhitespace(' ')).toBe('');
    expect(collapseWhitespace(' \n\t\u3000')).toBe('');
  });

  it('agrees with the regular expression on every kind of whitespace and on characters next to them', () => {
    const pieces = [
      'a',
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u1680',
      '\u2000',
      '\u200a',
      '\u200b',
      '\u2028',
      '\u202f',
      '\u3000',
      '\ufeff',
      'é',
      '\u0085',
    ];
    for (const x of pieces)
      for (const y of pieces)
        for (const z of pieces) {
          const text = `${x}${y}b${z}`;
          expect(collapseWhitespace(text), JSON.stringify(text)).toBe(byRegex(text));
        }
  });
});

describe('isWhitespace', () => {
  it('matches what \\s matches for every UTF-16 code unit', () => {
    const mismatches: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) mismatches.push(code);
    }
    expect(mismatches).toEqual([]);
  });
});
