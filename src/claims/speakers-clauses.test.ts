import { describe, expect, it } from 'vitest';
import type { Quote } from '../records/claim.js';
import { layout } from '../text/layout.js';
import { extractEntities } from '../text/mentions.js';
import { extractQuotes } from './quotes.js';

function direct(text: string): Quote[] {
  const lay = layout(text);
  return extractQuotes(text, lay, extractEntities(text, lay), 'a1').filter((q) => q.direct);
}

describe('speakers: coordinated verbs', () => {
  it('gives a quote after "said ... and urged" to the subject of "said", not to a name earlier in the sentence', () => {
    const text =
      'Standing beside Mayor Lena Ortiz, Governor Tom Hale said the plan would pass and urged the council to "finish the job."';
    const [q] = direct(text);
    expect(q.text).toBe('finish the job.');
    expect(q.speaker).toBe('Tom Hale');
  });
});

describe('speakers: fragments inside reported clauses', () => {
  it('gives a fragment after "X said he ..." to X, the reporter of the clause', () => {
    const text =
      'A day after Governor Tom Hale backed the bill, his likely rival Carl Hobb said Monday he maintains the view he has held since he "first took office."';
    const [q] = direct(text);
    expect(q.text).toBe('first took office.');
    expect(q.speaker).toBe('Carl Hobb');
  });

  it('gives a fragment after "X said, suggesting that they believe ..." to X', () => {
    const text =
      '"I meant the hard-liners," Ada Quinn said, suggesting that they believe the city should sell the land rather than "keep it whole."';
    const quotes = direct(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ada Quinn', 'Ada Quinn']);
  });
});
