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
});

describe('sentences', () => {
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
