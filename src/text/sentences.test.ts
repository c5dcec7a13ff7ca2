import { describe, expect, it } from 'vitest';
import { layout } from './layout.js';
import { paragraphs } from './paragraphs.js';
import { sentences } from './sentences.js';

const texts = (text: string, spans: Array<{ start: number; end: number }>) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('paragraphs', () => {
  it('splits on blank lines and on single line breaks between sentences', () => {
    const text = 'First line.\nSecond line.\n\nThird.';
    expect(texts(text, paragraphs(text))).toEqual(['First line.', 'Second line.', 'Third.']);
  });

  it('joins a hard-wrapped line that continues in lower case', () => {
    const text = 'The council met on Monday and\nvoted to close the port.\n\nNext.';
    expect(texts(text, paragraphs(text))).toEqual(['The council met on Monday and\nvoted to close the port.', 'Next.']);
  });

  it('reads a 200 kB paragraph of single-newline lines in linear time, ending it only where a line ends a sentence', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `the council line ${i} goes on`);
    const text = `${lines.join('\n')}.\nthe next one starts here`;
    const found = paragraphs(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toEqual({ start: 0, end: text.lastIndexOf('.') + 1 });
  });

  it('cuts 5,000 boilerplate lines out of the layout in linear time', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `Line ${i}.`).join('\n\n');
    const cuts = paragraphs(text).filter((_, i) => i % 2 === 1);
    const kept = layout(text, cuts).paragraphs;
    expect(kept).toHaveLength(2500);
    expect(texts(text, kept.slice(0, 2))).toEqual(['Line 0.', 'Line 2.']);
  });
});

describe('sentences', () => {
  it('splits 5,000 stopless lines, each its own paragraph, in linear time', () => {
    const text = `${Array.from({ length: 5000 }, (_, i) => `Speaker ${i}: we will`).join('\n')}\nThe end. Done.`;
    const found = texts(text, sentences(text));
    expect(found).toHaveLength(5002);
    expect(found.slice(0, 2)).toEqual(['Speaker 0: we will', 'Speaker 1: we will']);
    expect(found.slice(-2)).toEqual(['The end.', 'Done.']);
  });

  it('does not split after titles, initials and dotted abbreviations', () => {
    const text = 'Mr. Sola met Dr. J. Brandt in the U.S. capital on Jan. 5. They spoke.';
    expect(texts(text, sentences(text))).toEqual([
      'Mr. Sola met Dr. J. Brandt in the U.S. capital on Jan. 5.',
      'They spoke.',
    ]);
  });

  it('keeps a closing quotation mark with its sentence', () => {
    const text = '“We are ready.” The mayor left. "Are you?" she asked.';
    expect(texts(text, sentences(text))).toEqual(['“We are ready.”', 'The mayor left.', '"Are you?" she asked.']);
  });

  it('does not split inside a number', () => {
    const text = 'Prices rose 3.5 percent. Wages fell.';
    expect(texts(text, sentences(text))).toEqual(['Prices rose 3.5 percent.', 'Wages fell.']);
  });
});

describe('layout', () => {
  it('leaves boilerplate out of paragraphs and sentences', () => {
    const text = ' date 2024-01-01 HUB - Port) The port opened.\n\nOther story headline here today\n\nIt rained.';
    const boilerplate = [
      { start: 0, end: text.indexOf('The port') },
      { start: text.indexOf('Other'), end: text.indexOf('today') + 5 },
    ];
    const { sentences: spans } = layout(text, boilerplate);
    expect(texts(text, spans)).toEqual(['The port opened.', 'It rained.']);
  });
});
