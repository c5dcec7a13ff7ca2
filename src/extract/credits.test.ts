import { describe, expect, it } from 'vitest';
import { findCredits } from './credits.js';

describe('findCredits', () => {
  it('reads "as reported by" an outlet whose name has digits', () => {
    expect(findCredits('The mayor resigned on Monday, as reported by Radio7.')).toEqual(['Radio7']);
  });

  it('reads an agency named at the end of a sentence with "reports"', () => {
    expect(findCredits('The harbour will reopen next week, Portnews reports.')).toEqual(['Portnews']);
  });

  it('reads wire datelines in parentheses and canonicalises the name', () => {
    expect(findCredits('LISBON (AP) — The strike ended.')).toEqual(['AP']);
    expect(findCredits('Copyright 2024 The Associated Press. All rights reserved.')).toEqual(['AP']);
  });

  it('reads a wire sign-off on the last line', () => {
    expect(findCredits('The vote passed.\n\n— Reuters')).toEqual(['Reuters']);
  });

  it('reads a sign-off after 20,000 blank lines, and reads 20,000 blank lines without one in linear time', () => {
    const blank = '\n'.repeat(20_000);
    expect(findCredits(`The vote passed.${blank}— Reuters${blank}`)).toEqual(['Reuters']);
    expect(findCredits(`The vote passed.${blank}The end.`)).toEqual([]);
  });

  it('does not take a pronoun or a following sentence for an outlet', () => {
    expect(findCredits('The vote passed, he reported. Later that day the council met.')).toEqual([]);
    expect(findCredits('It was first reported by Citywire.\nFocus on the budget')).toEqual(['Citywire']);
  });

  it('lists each credit once, in order of appearance', () => {
    expect(findCredits('(Reuters) A said, Portnews reports. B said, as reported by Reuters.')).toEqual([
      'Reuters',
      'Portnews',
    ]);
  });
});

describe('findCredits on words that only look like credit labels', () => {
  it('needs a colon after "Credit" or "Source", so a venue called "Credit Union Arena" is no credit', () => {
    expect(findCredits('The band plays the Credit Union Arena on Friday.')).toEqual([]);
    expect(findCredits('Photo credit: Harbour Press')).toEqual(['Harbour Press']);
  });
});
