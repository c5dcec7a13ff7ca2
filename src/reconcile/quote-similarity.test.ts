import { describe, expect, it } from 'vitest';
import { compareWordings } from './quote-similarity.js';
import { wording } from './wording.js';

const relation = (a: string, b: string) => compareWordings(wording(a).words, wording(b).words).relation;

describe('compareWordings', () => {
  it('finds the same words verbatim, whatever the apostrophes and punctuation', () => {
    expect(relation('We won’t back down, not now.', "we won't back down not now")).toBe('verbatim');
  });

  it('treats a fragment quoted inside a longer quote as verbatim', () => {
    expect(
      relation('the harbour must stay open', 'We said it before: the harbour must stay open, whatever it costs.'),
    ).toBe('verbatim');
  });

  it('lets an ellipsis or brackets stand for cut words', () => {
    expect(
      relation('The budget is fair ... and it is final', 'The budget is fair to every district and it is final'),
    ).toBe('verbatim');
    expect(relation('I visited [the port] in May', 'I visited in May')).toBe('verbatim');
  });

  it('reads "&" as "and" and a censored word as the word', () => {
    expect(relation('salt & pepper on the table', 'salt and pepper on the table')).toBe('verbatim');
    expect(relation('this is a f*** disaster for us', 'this is a fucking disaster for us')).toBe('verbatim');
  });

  it('accepts a transliterated name spelt two ways', () => {
    expect(relation('Qaddafi has to go now', 'Gadhafi has to go now')).toBe('verbatim');
  });

  it('calls one changed word in the same quote drift', () => {
    expect(relation('they cannot believe what they are finding', 'they cannot believe what they are talking')).toBe(
      'drift',
    );
    expect(relation('We will never forget the ruin of the old town', 'We will never forget that devastation')).toBe(
      'drift',
    );
  });

  it('calls different sentences sharing common words unrelated', () => {
    expect(relation('We will meet again next week', 'The week was long and we were tired')).toBe('unrelated');
    expect(relation('thank you', 'thank you all for coming tonight')).toBe('verbatim');
    expect(relation('the plan is good for the city', 'the city is not ready for the plan')).toBe('unrelated');
  });
});

describe('compareWordings at the edges of quotes', () => {
  it('takes quotes that overlap at their ends for the same words', () => {
    expect(
      relation(
        'we have fifty members in tough races and thirty districts with no big race',
        'thirty districts with no big race and we call them orphans',
      ),
    ).toBe('verbatim');
  });

  it('takes an excerpt that starts one word differently inside a longer quote for the same words', () => {
    expect(
      relation(
        'I pledge to learn and grow from this experience',
        'Furthermore I would like to apologise to all and pledge to learn and grow from this experience',
      ),
    ).toBe('verbatim');
  });

  it('splits hyphenated words and drops hyphenated name particles and parenthetical insertions', () => {
    expect(relation('clear tax-filing guidance for all couples', 'clear tax filing guidance for all couples')).toBe(
      'verbatim',
    );
    expect(
      relation(
        'now it looks like (the strongman) al-Qaddafi is going to win',
        'now it looks like Gadhafi is going to win',
      ),
    ).toBe('verbatim');
  });
});

describe('compareWordings where the shorter quote has one word more at its edge', () => {
  it('calls words inserted after a shared first word drift', () => {
    expect(
      relation(
        'I quickly judged the two young ladies in a way',
        'I reacted to an article and quickly judged the two young ladies in a way',
      ),
    ).toBe('drift');
  });

  it('calls a contraction against the longer form drift', () => {
    expect(
      relation(
        'It’s not enough just to win more than the other side',
        'But it is not enough just to win more than the other side',
      ),
    ).toBe('drift');
  });

  it('does not call a longer remark with a third of its words changed drift', () => {
    expect(
      relation(
        'I cannot help but think that those remarks are far over the line',
        'I think if you make remarks like that you make remarks that are far over the line',
      ),
    ).toBe('unrelated');
  });

  it('takes two excerpts of one passage that overlap at their edges by a long run for the same words', () => {
    expect(
      relation(
        'has she not seen that the one thing you never do is start a land war in the north',
        'the one thing you never do is start a land war in the north, because every army that tried it failed',
      ),
    ).toBe('verbatim');
  });

  it('reads an ellipsis at the start of an excerpt as a cut, not as words changed', () => {
    expect(
      relation(
        '... you never do is start a land war in the north, because every army that tried it has failed',
        'has she not seen that the one thing you never do is start a land war in the north',
      ),
    ).toBe('verbatim');
  });
});
