import { describe, expect, it } from 'vitest';
import { contentStemSet, overlap } from './content-words.js';

describe('contentStemSet', () => {
  it('meets a compound written with and without its hyphen', () => {
    const shared = overlap(contentStemSet('the 40 pages of e-mails'), contentStemSet('forty pages of emails'));
    expect(shared.shared).toBe(2);
  });

  it('meets a plural in -ies with its singular', () => {
    expect(overlap(contentStemSet('two ferries'), contentStemSet('one ferry')).shared).toBe(1);
  });

  it('meets the -ing and -ed forms of a verb with its plain form', () => {
    expect(overlap(contentStemSet('we are making waves'), contentStemSet('they make waves')).shared).toBe(2);
    expect(overlap(contentStemSet('she wanted the ferry'), contentStemSet('she wants a ferry')).shared).toBe(2);
  });

  it('leaves function words out', () => {
    expect([...contentStemSet('they said that it was over')]).toEqual([]);
  });

  it('leaves out function words with a clitic, but keeps a content word with one', () => {
    expect([...contentStemSet("he'd say we’re sure they don't")]).toEqual(['sur']);
    expect([...contentStemSet("the harbour's pilots")]).toEqual(['harbo', 'pilot']);
  });
});
