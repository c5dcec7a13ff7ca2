import { describe, expect, it } from 'vitest';
import { HashList, wordHashes } from './word-hashes.js';

function hashes(text: string, skip: Array<{ start: number; end: number }> = []): number[] {
  const out = new HashList();
  wordHashes(text, 1, out, skip);
  return Array.from(out.values.subarray(0, out.length));
}

describe('wordHashes', () => {
  it('hashes words case-blind and keeps an apostrophe between letters inside the word', () => {
    const [a, b] = hashes("Don't STOP");
    expect(hashes("don't stop")).toEqual([a, b]);
    expect(hashes('don t stop')).toHaveLength(3);
    expect(hashes("rock'n'roll, 2024!")).toHaveLength(2);
  });

  it('leaves out boilerplate spans, ending the word they cut', () => {
    const text = 'alpha beta gamma delta';
    expect(hashes(text, [{ start: 6, end: 11 }])).toEqual(hashes('alpha gamma delta'));
    // Overlapping spans and a span cutting a word in two.
    expect(
      hashes(text, [
        { start: 3, end: 8 },
        { start: 5, end: 6 },
      ]),
    ).toEqual([...hashes('alp'), ...hashes('ta gamma delta')]);
    expect(hashes(text, [{ start: 0, end: 100 }])).toEqual([]);
  });
});
