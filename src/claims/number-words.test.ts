import { describe, expect, it } from 'vitest';
import { parseNumberWords, scaleValue } from './number-words.js';

describe('parseNumberWords', () => {
  it.each([
    ['three', 3],
    ['twenty-eight', 28],
    ['twenty billion', 2e10],
    ['a dozen', 12],
    ['one hundred and five', 105],
    ['twenty-eight thousand six hundred forty-two', 28642],
    ['a million', 1e6],
    ['four thousand', 4000],
  ])('reads %s', (phrase, value) => {
    expect(parseNumberWords(phrase)).toBe(value);
  });

  it('rejects words that are no number', () => {
    expect(parseNumberWords('many')).toBeUndefined();
    expect(parseNumberWords('')).toBeUndefined();
  });
});

describe('scaleValue', () => {
  it('reads scale words, plurals and abbreviations', () => {
    expect(scaleValue('billion')).toBe(1e9);
    expect(scaleValue('millions')).toBe(1e6);
    expect(scaleValue('bn')).toBe(1e9);
    expect(scaleValue('k')).toBe(1e3);
    expect(scaleValue('crore')).toBe(1e7);
  });
});
