/**
 * Very long inputs (a transcript without full stops, a pasted table, a paragraph of stray marks): what is found in
 * them is what the same words say in an ordinary text. Each search here is bounded near its anchor; searched to the
 * ends of the whole text, these inputs took seconds to minutes.
 */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../records/claim.js';
import { layout } from '../text/layout.js';
import { extractEntities } from '../text/mentions.js';
import { extractFigures } from './figures.js';
import { quotedSpans } from './quote-marks.js';
import { extractQuotes } from './quotes.js';

const REPEATS = 2000;

function quotes(text: string): Quote[] {
  const l = layout(text);
  return extractQuotes(text, l, extractEntities(text, l), 'art-1');
}

describe('very long texts', () => {
  it('finds no quote in a paragraph of stray single opening marks, and the quote of the next paragraph', () => {
    const text = `${'‘word '.repeat(REPEATS)}and so on.\n\nShe called it ‘a bold plan’ today.`;
    const spans = quotedSpans(text, layout(text).paragraphs).map((q) => text.slice(q.start, q.end));
    expect(spans).toEqual(['a bold plan']);
  });

  it('reads numbers after stray curly quotes as figures, and after capitalised names as part of the name', () => {
    const text = `${'“word 5 '.repeat(REPEATS)}and the Škoda 120 was sold.`;
    const found = extractFigures(text, layout(text), '2025-04-02', 'art-1');
    expect(found).toHaveLength(REPEATS);
    expect(found.every((f) => f.text === '5')).toBe(true);
  });

  it('gives a pronoun the nearest fitting name, though thousands of names came before it in the sentence', () => {
    const names = Array.from({ length: REPEATS }, (_, i) => `Mr. Reed${String.fromCharCode(97 + (i % 26))}`);
    const text = `Headline\n\n${names.join(' and ')} met Mary Lane, and she said the talks would go on.`;
    const l = layout(text);
    const mary = extractEntities(text, l).find((e) => e.name === 'Mary Lane');
    const she = text.indexOf(' she ') + 1;
    expect(mary?.mentions.map((m) => text.slice(m.start, m.end))).toContain('she');
    expect(mary?.mentions.some((m) => m.start === she)).toBe(true);
  });

  it('attributes each quote of a sentence that holds thousands of quotes', () => {
    const unit = '“We will act,” Jane Doe said, ';
    const text = `Headline\n\n${unit.repeat(REPEATS)}and left.`;
    const direct = quotes(text).filter((q) => q.direct);
    expect(direct).toHaveLength(REPEATS);
    expect(direct.every((q) => q.speaker === 'Jane Doe')).toBe(true);
  });

  it('finds reported speech at the end of a sentence that runs on for many thousands of words', () => {
    const text = `Headline\n\n${'then came another item '.repeat(REPEATS)}and the minister said the roads would reopen.`;
    const reported = quotes(text).filter((q) => !q.direct);
    expect(reported.map((q) => q.speaker)).toEqual(['the minister']);
    expect(reported[0].text).toBe('the roads would reopen');
  });
});
