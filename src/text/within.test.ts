import { describe, expect, it } from 'vitest';
import { indexWithin, lastIndexWithin } from './within.js';

describe('searching for a character within a window', () => {
  const text = 'a, b, c, d';

  it('finds what indexOf and lastIndexOf find when the match lies in the window', () => {
    expect(indexWithin(text, ',', 2, text.length)).toBe(text.indexOf(',', 2));
    expect(lastIndexWithin(text, ',', 0, 6)).toBe(text.lastIndexOf(',', 6));
    expect(lastIndexWithin(text, ',', 0, 4)).toBe(4);
  });

  it('stops at the edge of the window instead of searching the rest of the text', () => {
    expect(indexWithin(text, ',', 2, 4)).toBe(-1);
    expect(lastIndexWithin(text, ',', 5, 6)).toBe(-1);
  });

  it('keeps windows that run past either end of the text inside it', () => {
    expect(indexWithin(text, 'd', -5, 99)).toBe(9);
    expect(lastIndexWithin(text, 'a', -5, 99)).toBe(0);
  });
});
