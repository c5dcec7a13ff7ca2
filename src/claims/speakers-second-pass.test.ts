import { describe, expect, it } from 'vitest';
import type { Quote } from '../records/claim.js';
import { layout } from '../text/layout.js';
import { extractEntities } from '../text/mentions.js';
import { extractQuotes } from './quotes.js';

function run(text: string): Quote[] {
  const lay = layout(text);
  return extractQuotes(text, lay, extractEntities(text, lay), 'a1');
}
const direct = (text: string): Quote[] => run(text).filter((q) => q.direct);
const reported = (text: string): Quote[] => run(text).filter((q) => !q.direct);
const mention = (text: string, q: Quote): string => text.slice(q.speakerStart ?? 0, q.speakerEnd ?? 0);

describe('speakers: topic phrases', () => {
  it('gives the quote to the pronoun after "Of X," resolved to the previous subject, not to X', () => {
    const text =
      'Senator Walt Brand toured a mill in Dayton. Mayor Carl Hobb was not there. Of Hobb, he said, “I want him to do well.”';
    const [q] = direct(text);
    expect(mention(text, q)).toBe('he');
    expect(q.speaker).not.toBe('Carl Hobb');
  });

  it('reads "About X," before a named speaker as a topic', () => {
    const text = 'Mayor Carl Hobb spoke on Friday. About Hobb, Senator Walt Brand said, “He has done a fine job here.”';
    const [q] = direct(text);
    expect(q.speaker).toBe('Walt Brand');
  });
});

describe('speakers: questions and answers', () => {
  it('gives a question to the one who asks, not the one asked', () => {
    const text = 'Host Nora Vale asked Smith, “You have been privy to this?”';
    const [q] = direct(text);
    expect(q.speaker).toBe('Nora Vale');
  });

  it('gives "His response:" after a question to the one asked', () => {
    const text =
      'Host John Roe asked Tom Smith about the leak. “You have been privy to this?” Roe asked. His response: “Well, I have people who tell me things.”';
    const quotes = direct(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['John Roe', 'Tom Smith']);
  });

  it('gives "he replied" after a question to the one asked', () => {
    const text =
      'Host John Roe asked Smith, “You have been privy to this?” He replied, “Well, I have people who tell me.”';
    const quotes = direct(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['John Roe', 'Smith']);
  });

  it('keeps a reply with the asker when the asker is named', () => {
    const text =
      'Host John Roe asked Smith, “Were you there?” Smith said nothing. Roe replied, “Then we will never know.”';
    const quotes = direct(text);
    expect(quotes[quotes.length - 1].speaker).toBe('John Roe');
  });
});

describe('speakers: credit lines', () => {
  it('does not report an outlet that a sentence is credited to, and keeps the speaker of its speech', () => {
    const text = 'The ministry said the strike hit a fuel depot, Ukrinform reports.';
    const all = reported(text);
    expect(all).toHaveLength(1);
    expect(all[0].text).toBe('the strike hit a fuel depot');
    expect(all[0].speaker).toBe('The ministry');
  });

  it('does not turn narration credited to a wire service into its speech', () => {
    expect(reported('Prices rose sharply across the region in March, Reuters reported.')).toEqual([]);
    expect(reported('Prices rose sharply across the region in March, as reported by Interfax.')).toEqual([]);
  });

  it('never makes a wire service a person', () => {
    const text = 'Ukrinform said the talks had ended.';
    const lay = layout(text);
    const entities = extractEntities(text, lay);
    expect(entities.find((e) => e.name === 'Ukrinform')?.type).toBe('organization');
  });
});

describe('speakers: descriptions and dates', () => {
  it('resolves "the ex-congressman" to the person given that role in an appositive', () => {
    const text =
      'Bob Lane, a seven-term congressman, spoke on Monday. “We will win this fight,” the ex-congressman said.';
    const [q] = direct(text);
    expect(q.speaker).toBe('Bob Lane');
    expect(mention(text, q)).toBe('the ex-congressman');
  });

  it('resolves "the congressman" to a representative named with Rep.', () => {
    const text = 'Rep. Bob Lane spoke on Monday. “We will win this fight,” the congressman said.';
    const [q] = direct(text);
    expect(q.speaker).toBe('Bob Lane');
  });

  it('resolves "the group" to the organisation named just before', () => {
    const text = 'The Green Earth group held a rally on Monday. The group said the river was badly polluted.';
    const [r] = reported(text);
    expect(r.speaker).toBe('Green Earth');
  });

  it('resolves "the statement" to whoever issued it', () => {
    const text = 'The Acme Corporation issued a statement on Monday. The statement said the plant would stay open.';
    const [r] = reported(text);
    expect(r.speaker).toBe('Acme Corporation');
    expect(r.text).toBe('the plant would stay open');
  });

  it('keeps the description when the text does not say who', () => {
    const text = '“We will win this fight,” the seven-term congressman said.';
    const [q] = direct(text);
    expect(q.speaker).toBe('the seven-term congressman');
  });

  it('never puts a weekday inside a name', () => {
    const text = 'President Barack Obama Monday said the deal was good for workers.';
    const [r] = reported(text);
    expect(r.speaker).toBe('Barack Obama');
  });
});

describe('reported speech: more forms', () => {
  const one = (text: string): Quote => {
    const all = reported(text);
    expect(all).toHaveLength(1);
    return all[0];
  };

  it('reads X said he wants ... with no "that"', () => {
    const r = one('Governor Ann Lee said she wants the budget balanced by June.');
    expect(r.text).toBe('she wants the budget balanced by June');
    expect(r.speaker).toBe('Ann Lee');
  });

  it('reads X told reporters ... and X told a paper in a place ... that', () => {
    expect(one('Governor Ann Lee told reporters she would sign the bill.').text).toBe('she would sign the bill');
    const r = one('Ann Lee told a town hall in Salem, Ohio on Monday that the plan is dead.');
    expect(r.text).toBe('the plan is dead');
    expect(r.speaker).toBe('Ann Lee');
  });

  it('reads warned, insisted, denied and vowed with or without "that"', () => {
    expect(one('Senator Tom Reed warned that the deal would collapse.').text).toBe('the deal would collapse');
    expect(one('Senator Tom Reed insisted the deal would hold.').text).toBe('the deal would hold');
    expect(one('Senator Tom Reed vowed he would fight the plan.').text).toBe('he would fight the plan');
  });

  it('reads X said Thursday (that) ... and X said in a statement ...', () => {
    expect(one('Senator Tom Reed said Thursday the deal would hold.').text).toBe('the deal would hold');
    expect(one('Senator Tom Reed said on Friday he met the governor.').text).toBe('he met the governor');
    expect(one('Senator Tom Reed said in a statement the deal would hold.').text).toBe('the deal would hold');
    expect(one('Senator Tom Reed said earlier on Friday during a news conference that he may wait a year.').text).toBe(
      'he may wait a year',
    );
  });

  it('reads a trailing "according to X"', () => {
    const r = one('Turnout rose by a fifth in the county, according to a count by the Acme Corporation.');
    expect(r.text).toBe('Turnout rose by a fifth in the county');
    expect(r.speaker).toBe('a count by the Acme Corporation');
  });

  it('reads X, who runs a group, says ...', () => {
    const r = one('Chris Cox, who runs the lobbying arm, says the rules would not have stopped the attacks.');
    expect(r.speaker).toBe('Chris Cox');
    expect(r.text).toBe('the rules would not have stopped the attacks');
  });

  it('gives X’s statement said ... to X', () => {
    const text = 'Senator Tom Reed’s statement said the plan would fail the state.';
    const r = one(text);
    expect(r.speaker).toBe('Tom Reed');
    expect(mention(text, r)).toBe('Senator Tom Reed’s statement');
  });

  it('reads X has said ... and ends a report in a relative clause at its comma', () => {
    expect(one('Senator Tom Reed has said the plan would fail the state.').text).toBe('the plan would fail the state');
    const r = one('Senator Tom Reed, who said he was troubled by the vote, left early.');
    expect(r.text).toBe('he was troubled by the vote');
    expect(r.speaker).toBe('Tom Reed');
  });

  it('reads a participle after a comma: ..., saying ...', () => {
    const r = one('Marco Rubio changed his pick on Sunday, saying he was rooting for Denver.');
    expect(r.speaker).toBe('Marco Rubio');
    expect(r.text).toBe('he was rooting for Denver');
  });

  it('reads a second verb joined by "and": ... and says ...', () => {
    const r = one('Jeb Bush is comparing the orders to the immigration plan and says the president is wrong.');
    expect(r.speaker).toBe('Jeb Bush');
    expect(r.text).toBe('the president is wrong');
  });

  it('reads a counted group as the speaker: 52 percent of voters say ...', () => {
    const r = one('In the poll, 52 percent of voters say they would consider the senator.');
    expect(r.speaker).toBe('52 percent of voters');
    expect(r.text).toBe('they would consider the senator');
  });

  it('reads a parenthetical "X said," in the middle of the sentence as reporting the whole sentence', () => {
    const r = one('The emails were on many work topics, the Acme Times said, including speeches.');
    expect(r.text).toBe('The emails were on many work topics, the Acme Times said, including speeches');
    expect(r.speaker).toBe('Acme Times');
  });

  it('reads a closing "X said." as reporting the clause before it', () => {
    const r = one('The emails were on many work topics, the Acme Times said.');
    expect(r.text).toBe('The emails were on many work topics');
  });

  it('does not report a verb used between commas as an aside (", say, single digits")', () => {
    expect(reported('Even if Ann Lee narrows the gap to, say, single digits, she could gain.')).toEqual([]);
  });

  it('does not take a name after ", said" for the start of a reported clause', () => {
    const all = reported('The talks may build bridges to Mr. Reed, said David Axelrod, a former adviser.');
    expect(all.every((q) => !q.text.startsWith('David Axelrod'))).toBe(true);
  });

  it('returns a reported clause holding a quoted fragment both as the fragment and as reported speech', () => {
    const text = 'Senator Tom Reed said that the plan was “a total disaster” for the state.';
    const all = run(text);
    expect(all.filter((q) => q.direct).map((q) => q.text)).toEqual(['a total disaster']);
    expect(all.filter((q) => !q.direct).map((q) => q.text)).toEqual(['the plan was “a total disaster” for the state']);
  });

  it('finds two reports in one sentence', () => {
    const all = reported('Ann Lee said the bridge will open in May, and Tom Reed said the road will close in June.');
    expect(all.map((q) => q.speaker)).toEqual(['Ann Lee', 'Tom Reed']);
  });

  it('reads a finding of a poll or report: A new poll shows ... / The survey found that ...', () => {
    const r = one('A new Acme poll shows the senator leading the governor by six points.');
    expect(r.speaker).toBe('A new Acme poll');
    expect(r.text).toBe('the senator leading the governor by six points');
    expect(one('The April survey found that most voters were still undecided.').text).toBe(
      'most voters were still undecided',
    );
  });

  it('does not read "found" with a subject that reports nothing', () => {
    expect(reported('The police found the car in a field near the river.')).toEqual([]);
  });

  it('reads a reported question: X asked Y whether ...', () => {
    const r = one('A reporter asked Senator Tom Reed whether he would run again next year.');
    expect(r.speaker).toBe('A reporter');
    expect(r.text).toBe('whether he would run again next year');
  });

  it('reads a title-case headline: X Says ...', () => {
    const r = one('Senator Tom Reed Says He Will Not Run Again.');
    expect(r.speaker).toBe('Tom Reed');
    expect(r.text).toBe('He Will Not Run Again');
  });

  it('reads X told a paper, ...', () => {
    const r = one('Instead, Ann Lee told the Acme Herald, her plan would merely be to wait.');
    expect(r.speaker).toBe('Ann Lee');
    expect(r.text).toBe('her plan would merely be to wait');
  });

  it('does not report a verb followed by a quotation or by a question word', () => {
    expect(reported('Ann Lee said, “The bridge will open in May.”')).toEqual([]);
    expect(reported('Ann Lee said what the plan would cost was unclear.')).toEqual([]);
  });
});

describe('an amount before a verb of saying', () => {
  it('is not taken for a speaker ("The €3 billion pledged this year adds to ...")', () => {
    const text = 'The €3 billion pledged this year adds to the roughly €9 billion given in 2023.';
    const parts = layout(text);
    const quotes = extractQuotes(text, parts, extractEntities(text, parts), 'a');
    expect(quotes.filter((q) => !q.direct)).toEqual([]);
  });
});

describe('a manner adverb after the verb of saying', () => {
  it('is left out of the reported content ("stated clearly he had ...")', () => {
    const text = 'In a debate in March, Sola stated clearly she had never served on the harbour board.';
    const parts = layout(text);
    const [report] = extractQuotes(text, parts, extractEntities(text, parts), 'a').filter((q) => !q.direct);
    expect(report?.text).toBe('she had never served on the harbour board');
  });
});
