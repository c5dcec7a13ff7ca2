import { describe, expect, it } from 'vitest';
import { article } from '../../test/support/fixtures.js';
import { countSources, sourceGroups } from './independence.js';

describe('sourceGroups', () => {
  it('counts a copy and its original as one source', () => {
    const articles = [article('a', 'x'), article('b', 'x'), article('c', 'y')];
    const groups = sourceGroups(articles, [{ article: 'b', copyOf: 'a', derivedFrom: null }]);
    expect(countSources(['a', 'b', 'c'], groups)).toBe(2);
  });

  it('counts two articles crediting the same original as one source', () => {
    const articles = [
      article('a', 'x', { credits: ['AP'] }),
      article('b', 'y', { credits: ['AP'] }),
      article('c', 'z'),
    ];
    expect(countSources(['a', 'b', 'c'], sourceGroups(articles, []))).toBe(2);
  });

  it('counts an article from the outlet another credits as the same source', () => {
    const articles = [
      article('a', 'x', { outlet: 'Portnews' }),
      article('b', 'y', { outlet: 'Other', credits: ['Portnews'] }),
    ];
    expect(countSources(['a', 'b'], sourceGroups(articles, []))).toBe(1);
  });

  it('keeps articles with different outlets and credits independent', () => {
    const articles = [article('a', 'x', { credits: ['Radio7'] }), article('b', 'y', { credits: ['Portnews'] })];
    expect(countSources(['a', 'b'], sourceGroups(articles, []))).toBe(2);
  });
});
