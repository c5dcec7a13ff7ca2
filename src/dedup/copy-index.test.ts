import { describe, expect, it } from 'vitest';
import { article, FOOTER, HEADER, LONG_PAGE, REWRITE, WIRE_STORY } from '../../test/fixtures/copies-and-stories.js';
import { addToCopyIndex, createCopyIndex, loadCopyIndex, saveCopyIndex } from './copy-index.js';

const paragraphs = WIRE_STORY.split('\n\n');

describe('copy detection', () => {
  it('finds a syndicated copy with a different header and footer', () => {
    const index = createCopyIndex();
    const original = article(WIRE_STORY, { id: 'original' });
    expect(addToCopyIndex(index, original).copyOf).toBeNull();
    const copy = addToCopyIndex(index, article(`${HEADER}\n\n${WIRE_STORY}\n\n${FOOTER}`, { id: 'copy' }));
    expect(copy).toEqual({ article: 'copy', copyOf: 'original', derivedFrom: null });
  });

  it('finds a copy with a paragraph cut', () => {
    const index = createCopyIndex();
    addToCopyIndex(index, article(WIRE_STORY, { id: 'original' }));
    const cut = [...paragraphs.slice(0, 2), ...paragraphs.slice(3)].join('\n\n');
    expect(addToCopyIndex(index, article(cut, { id: 'cut' })).copyOf).toBe('original');
  });

  it('leaves a rewrite in other words alone', () => {
    const index = createCopyIndex();
    addToCopyIndex(index, article(WIRE_STORY, { id: 'original' }));
    expect(addToCopyIndex(index, article(REWRITE, { id: 'rewrite' })).copyOf).toBeNull();
  });

  it('finds a short wire story contained in a longer page', () => {
    const index = createCopyIndex();
    addToCopyIndex(index, article(WIRE_STORY, { id: 'wire' }));
    expect(addToCopyIndex(index, article(LONG_PAGE, { id: 'page' })).copyOf).toBe('wire');
  });

  it('finds an excerpt of an earlier, longer page', () => {
    const index = createCopyIndex();
    addToCopyIndex(index, article(LONG_PAGE, { id: 'page' }));
    const excerpt = paragraphs.slice(0, 3).join('\n\n');
    expect(addToCopyIndex(index, article(excerpt, { id: 'excerpt' })).copyOf).toBe('page');
  });

  it('finds an exact duplicate whatever its case and punctuation', () => {
    const index = createCopyIndex();
    addToCopyIndex(index, article(WIRE_STORY, { id: 'original' }));
    const shouted = WIRE_STORY.toUpperCase().replace(/,/g, ' ');
    expect(addToCopyIndex(index, article(shouted, { id: 'same' })).copyOf).toBe('original');
  });

  it('points a copy of a copy at the earliest original', () => {
    const index = createCopyIndex();
    addToCopyIndex(index, article(WIRE_STORY, { id: 'a' }));
    addToCopyIndex(index, article(`${HEADER}\n\n${WIRE_STORY}`, { id: 'b' }));
    expect(addToCopyIndex(index, article(`${HEADER}\n\n${WIRE_STORY}\n\n${FOOTER}`, { id: 'c' })).copyOf).toBe('a');
  });

  it('links articles crediting the same original as derived, not as copies', () => {
    const index = createCopyIndex();
    addToCopyIndex(index, article(WIRE_STORY, { id: 'first', credits: ['The Associated Press'] }));
    const link = addToCopyIndex(index, article(REWRITE, { id: 'second', credits: ['AP'] }));
    expect(link).toEqual({ article: 'second', copyOf: null, derivedFrom: 'first' });
  });

  it('does not link two different stories from the same agency', () => {
    const index = createCopyIndex();
    addToCopyIndex(index, article(WIRE_STORY, { id: 'fire', credits: ['Reuters'] }));
    const other =
      'The central bank of Vestria raised its main interest rate by half a point on Thursday, citing stubborn inflation in housing and energy, and signalled that further increases were possible before the end of the year. Markets had expected a smaller move.';
    expect(addToCopyIndex(index, article(other, { id: 'bank', credits: ['Reuters'] })).derivedFrom).toBeNull();
  });

  it('forgets originals once they are older than the window', () => {
    const index = createCopyIndex({ windowDays: 10 });
    addToCopyIndex(index, article(WIRE_STORY, { id: 'old', published: '2024-01-01' }));
    for (let day = 2; day <= 25; day++) {
      addToCopyIndex(index, article(`Filler item ${day}.`, { published: `2024-01-${String(day).padStart(2, '0')}` }));
    }
    const late = addToCopyIndex(index, article(`${HEADER}\n\n${WIRE_STORY}`, { id: 'late', published: '2024-01-26' }));
    expect(late.copyOf).toBeNull();
    expect(index.generations.every((gen) => !gen.ids.includes('old'))).toBe(true);
  });

  it('continues identically after saving and loading', () => {
    const run = (reload: boolean) => {
      let index = createCopyIndex();
      addToCopyIndex(index, article(WIRE_STORY, { id: 'a', credits: ['AFP'] }));
      addToCopyIndex(index, article(LONG_PAGE, { id: 'b' }));
      if (reload) index = loadCopyIndex(saveCopyIndex(index));
      return [
        addToCopyIndex(index, article(`${HEADER}\n\n${WIRE_STORY}`, { id: 'c' })),
        addToCopyIndex(index, article(REWRITE, { id: 'd', credits: ['Agence France-Presse'] })),
      ];
    };
    expect(run(true)).toEqual(run(false));
    expect(run(true).map((link) => link.copyOf)).toEqual(['a', null]);
  });

  it('gives the same links for the same input', () => {
    const texts = [WIRE_STORY, REWRITE, LONG_PAGE, `${HEADER}\n\n${WIRE_STORY}`];
    const links = () => {
      const index = createCopyIndex();
      return texts.map((text, i) => addToCopyIndex(index, article(text, { id: `x${i}` })));
    };
    expect(links()).toEqual(links());
  });
});
