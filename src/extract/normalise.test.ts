import { describe, expect, it } from 'vitest';
import { ItemError } from '../records/problem.js';
import { normalise } from './normalise.js';

const doc = (fields: { text?: string; html?: string; meta?: Record<string, string> }) => ({
  item: 'item-1',
  file: 'item-1.txt',
  meta: {},
  ...fields,
});

describe('normalise', () => {
  it('keeps plain text exactly as given and reads its scraper date line', () => {
    const text = ' date 2024-03-01 HUB - Portnews) The port opened, Portnews reports.';
    const article = normalise(doc({ text }));
    expect(article.text).toBe(text);
    expect(article.published).toBe('2024-03-01');
    expect(article.outlet).toBe('Portnews');
    expect(article.distributor).toBe('HUB');
    expect(article.credits).toEqual(['Portnews']);
  });

  it('gives an article without an id a stable id from its content', () => {
    const first = normalise(doc({ text: 'The port opened.' }));
    const again = normalise(doc({ text: 'The port opened.' }));
    const other = normalise(doc({ text: 'The port closed.' }));
    expect(first.id).toBe(again.id);
    expect(first.id).not.toBe(other.id);
  });

  it('lets the record’s own fields win over what the text says', () => {
    const article = normalise(
      doc({
        text: ' date 2024-03-01 HUB - Portnews) Text.',
        meta: { id: 'x', published: '2024-03-02', outlet: 'Mine' },
      }),
    );
    expect([article.id, article.published, article.outlet]).toEqual(['x', '2024-03-02', 'Mine']);
  });

  it('takes the outlet from the URL’s domain when nothing else names it', () => {
    expect(normalise(doc({ text: 'Text.', meta: { url: 'https://www.example.org/a' } })).outlet).toBe('example.org');
  });

  it('extracts main text and metadata from HTML', () => {
    const html =
      '<html lang="en"><head><title>Port reopens | Portnews</title><meta property="og:site_name" content="Portnews"></head>' +
      '<body><article><h1>Port reopens</h1><p>The port reopened on Monday after a three-week strike, the harbour board said.</p>' +
      '<p>Ferries to the islands will run again from Tuesday, and the fishing fleet has already gone out.</p></article></body></html>';
    const article = normalise(doc({ html }));
    expect(article.text).toContain('The port reopened on Monday');
    expect(article.outlet).toBe('Portnews');
  });

  it('rejects an empty article, naming the item', () => {
    expect(() => normalise(doc({ text: '  \n ' }))).toThrow(ItemError);
    expect(() => normalise(doc({ text: '' }))).toThrow(/item-1: empty/);
  });

  it('rejects binary content and undecodable text', () => {
    expect(() => normalise(doc({ text: `PK${String.fromCharCode(3, 4, 0, 0)}binary` }))).toThrow(/binary/);
    expect(() => normalise(doc({ text: 'caf\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD text' }))).toThrow(/undecodable/);
  });
});
