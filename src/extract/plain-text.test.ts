import { describe, expect, it } from 'vitest';
import { readPlainTextMetadata } from './plain-text.js';

const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('readPlainTextMetadata', () => {
  it('reads date, distributor and original outlet from a scraper date line, and marks the line as boilerplate', () => {
    const text = ' date 2024-11-05 NEWSHUB - PortDaily) The port reopened today.\n\nWorkers returned.';
    const meta = readPlainTextMetadata(text);
    expect(meta.published).toBe('2024-11-05');
    expect(meta.distributor).toBe('NEWSHUB');
    expect(meta.outlet).toBe('PortDaily');
    expect(meta.credits).toEqual(['PortDaily']);
    expect(meta.boilerplate.map((span) => slice(text, span))).toEqual([' date 2024-11-05 NEWSHUB - PortDaily) ']);
  });

  it('reads a labelled date line', () => {
    const text = 'Published: 2023-02-01\nThe council met.';
    const meta = readPlainTextMetadata(text);
    expect(meta.published).toBe('2023-02-01');
    expect(slice(text, meta.boilerplate[0]).trim()).toBe('Published: 2023-02-01');
  });

  it('marks a sentence-case headline standing between paragraphs as a link to another story', () => {
    const text =
      'The council met on Monday.\n\nCity mayor announces new parking rules for the old town\n\nThe vote was close.';
    const meta = readPlainTextMetadata(text);
    expect(meta.boilerplate.map((span) => slice(text, span))).toEqual([
      'City mayor announces new parking rules for the old town',
    ]);
  });

  it('keeps Title Case section headings and the first line', () => {
    const text =
      'Harbour strike ends after three weeks\nThe strike ended.\nTalks on Pay and Working Hours\nBoth sides agreed.';
    expect(readPlainTextMetadata(text).boilerplate).toEqual([]);
  });

  it('marks "Read more" lines', () => {
    const text = 'The vote passed.\nRead more: council budget explained\nThe mayor spoke.';
    const meta = readPlainTextMetadata(text);
    expect(meta.boilerplate.map((span) => slice(text, span))).toEqual(['Read more: council budget explained']);
  });
});
