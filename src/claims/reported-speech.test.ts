import { describe, expect, it } from 'vitest';
import type { Quote } from '../records/claim.js';
import { layout } from '../text/layout.js';
import { extractEntities } from '../text/mentions.js';
import { extractQuotes } from './quotes.js';

function reported(text: string): Quote[] {
  const lay = layout(text);
  return extractQuotes(text, lay, extractEntities(text, lay), 'a1').filter((q) => !q.direct);
}

describe('reported speech: relative clauses', () => {
  it('reads "Name who said ..." without a comma as the named person speaking', () => {
    const text =
      'The plan that upset Mayor Ann Lee also drew the ire of Judge Mara Quill who said she was puzzled by the filing.';
    const [r] = reported(text);
    expect(r?.speaker).toBe('Mara Quill');
    expect(r?.text).toBe('she was puzzled by the filing');
  });

  it('does not read "people who say" as a named speaker', () => {
    const text = 'Local people who say the bridge is unsafe have stayed home.';
    expect(reported(text).map((r) => r.speaker)).not.toContain('Local');
  });
});

describe('reported speech: documents', () => {
  it('gives "issued a statement saying that ..." to whoever issued it', () => {
    const text = 'Union chief Dara Pell later issued a statement saying that the union had not changed its stance.';
    const [r] = reported(text);
    expect(r?.speaker).toBe('Dara Pell');
    expect(r?.text).toBe('the union had not changed its stance');
  });

  it('leaves a participle after a plain noun alone', () => {
    const text = 'Tom Reyes watched the crowd saying goodbye to the team.';
    expect(reported(text)).toHaveLength(0);
  });
});

describe('reported speech: programme titles', () => {
  it('reads "said on “Show Name” that ..." as reported speech', () => {
    const text = 'Senator Ona Brill said on “Weekend Roundtable” that a small group of members had begun to waver.';
    const [r] = reported(text);
    expect(r?.speaker).toBe('Ona Brill');
    expect(r?.text).toBe('a small group of members had begun to waver');
  });

  it('reads "told Outlet’s “Show” that ..." as reported speech', () => {
    const text = 'Ona Brill told WXNN’s “Morning Desk” that nobody doubted the mayor’s plan.';
    const [r] = reported(text);
    expect(r?.speaker).toBe('Ona Brill');
    expect(r?.text).toBe('nobody doubted the mayor’s plan');
  });
});

describe('reported speech: appositives', () => {
  it('gives the clause to the name before a long appositive, not to a body named inside it', () => {
    const text =
      'Dan Roker, a lifelong farmer and chairman of the State Water Resources Board, said last week the new dams were not needed.';
    const [r] = reported(text);
    expect(r?.speaker).toBe('Dan Roker');
    expect(r?.text).toBe('the new dams were not needed');
  });
});

describe('reported speech: clause openings', () => {
  it('reads "said her colleague had ..." as a clause, not "her" as an object', () => {
    const text = 'The client hired a new firm. Lena Voss said her colleague had not worked on the case.';
    const [r] = reported(text);
    expect(r?.speaker).toBe('Lena Voss');
    expect(r?.text).toBe('her colleague had not worked on the case');
  });

  it('reads "said no decision had ..." as a clause, but not "said no to ..."', () => {
    const clause = reported('Counsel Mark Dunn said no final decision had been made about an appeal.');
    expect(clause.map((r) => r.text)).toEqual(['no final decision had been made about an appeal']);
    expect(reported('Counsel Mark Dunn said no to the offer from the city.')).toHaveLength(0);
  });

  it('gives the clause to a name set off by an appositive with an abbreviated place', () => {
    const text = 'Rosa Grant, of Salem, Ore., said she had waited six hours to vote.';
    const [r] = reported(text);
    expect(r?.speaker).toBe('Rosa Grant');
    expect(r?.text).toBe('she had waited six hours to vote');
  });
});

describe('reported speech: after a quotation', () => {
  it('reads ", adding that ..." after the attribution of an opening quote', () => {
    const text = '“We see no link to the storm,” Mayor Ivo Lind said, adding that the roads would reopen by Friday.';
    const [r] = reported(text);
    expect(r?.speaker).toBe('Ivo Lind');
    expect(r?.text).toBe('the roads would reopen by Friday');
  });
});

describe('reported speech: asides before "that"', () => {
  it('reads "says at a stop in City, State, that ..." as one clause', () => {
    const text = 'Senator Ona Brill says at a campaign stop in Dayton, Ohio, that the mill will reopen in spring.';
    const [r] = reported(text);
    expect(r?.speaker).toBe('Ona Brill');
    expect(r?.text).toBe('the mill will reopen in spring');
  });

  it('leaves "however" out of the clause after "said, however, that"', () => {
    const [r] = reported('Mayor Ivo Lind said, however, that the roads would stay closed.');
    expect(r?.text).toBe('the roads would stay closed');
  });
});
