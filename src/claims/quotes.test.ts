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

describe('extractQuotes: offsets', () => {
  it('gives offsets into the text exactly as given, with the marks left out', () => {
    const text = 'Intro line.\n\n“We will stay,” Jane Doe said.';
    const [q] = direct(text);
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.text).toBe('We will stay,');
    expect(q.article).toBe('a1');
    expect(text.slice(q.sentence.start, q.sentence.end)).toBe('“We will stay,” Jane Doe said.');
  });

  it('sorts quotes and reported speech by start', () => {
    const text = 'Mayor Tom Hill said that the bridge will open in May. “It is a great day for the city,” Hill added.';
    const all = run(text);
    expect(all.map((q) => q.direct)).toEqual([false, true]);
    expect(all[0].start).toBeLessThan(all[1].start);
  });
});

describe('extractQuotes: attributions', () => {
  it('takes the speaker after the quote: “...,” X said', () => {
    const text = 'Senator Mary Stone spoke. “We will win this fight,” Stone said.';
    const [q] = direct(text);
    expect(q.speaker).toBe('Mary Stone');
    expect(mention(text, q)).toBe('Stone');
    expect(q.cue).toBe('said');
  });

  it('takes the speaker after the verb: “...,” said X', () => {
    const text = '“The deal is done,” said Sen. Ted Cruz, R-Texas.';
    const [q] = direct(text);
    expect(q.speaker).toBe('Ted Cruz');
  });

  it('takes the speaker before the quote: X said: “...”', () => {
    const text = 'President Donald Trump said: “We are going to build it.”';
    const [q] = direct(text);
    expect(q.speaker).toBe('Donald Trump');
    expect(mention(text, q)).toBe('Donald Trump');
  });

  it('takes the speaker of a colon label: X: “...”', () => {
    const text = 'Rutte: “This alliance is here to stay.”';
    const [q] = direct(text);
    expect(q.speaker).toBe('Rutte');
    expect(q.cue).toBe(':');
  });

  it('takes the speaker of according to X', () => {
    const text = 'According to Mark Rutte, “the commitment is crystal clear.”';
    const [q] = direct(text);
    expect(q.speaker).toBe('Mark Rutte');
    expect(q.cue).toBe('According to');
  });

  it('gives both pieces of an interrupted quote the same speaker', () => {
    const text = '“We will never forget,” Rutte said, “and we will keep helping Ukraine.”';
    const qs = direct(text);
    expect(qs.map((q) => q.text)).toEqual(['We will never forget,', 'and we will keep helping Ukraine.']);
    expect(qs.map((q) => q.speaker)).toEqual(['Rutte', 'Rutte']);
  });

  it('resolves a pronoun to the person named before', () => {
    const text = 'NATO Secretary General Mark Rutte spoke in Brussels. “We will never forget Bucha,” he said.';
    const [q] = direct(text);
    expect(q.speaker).toBe('Mark Rutte');
    expect(mention(text, q)).toBe('he');
  });

  it('resolves a surname to the full name given earlier', () => {
    const text = 'NATO Secretary General Mark Rutte arrived.\n\n“Allies continue our support,” Rutte said.';
    const [q] = direct(text);
    expect(q.speaker).toBe('Mark Rutte');
    expect(mention(text, q)).toBe('Rutte');
  });

  it('gives a quote-only paragraph the speaker of the attribution before it', () => {
    const text =
      '“Allies continue our support to Ukraine,” Rutte said.\n\n“We will never forget that devastation. Russia continues to wage war.”';
    const qs = direct(text);
    expect(qs).toHaveLength(2);
    expect(qs[1].speaker).toBe('Rutte');
  });

  it('gives the second quote sentence the speaker of the first', () => {
    const text = '“We will never forget the disaster in Bucha,” he said. “The war threatens global security.”';
    const pre = 'Mark Rutte spoke on Wednesday. ';
    const qs = direct(pre + text);
    expect(qs.map((q) => q.speaker)).toEqual(['Mark Rutte', 'Mark Rutte']);
  });

  it('reads honorifics and titles off the name', () => {
    const text = 'Mrs. Jane Clark runs the bakery. “Business is slow,” Mrs. Clark said.';
    const [q] = direct(text);
    expect(q.speaker).toBe('Jane Clark');
  });

  it('resolves a description when the text says which entity it is', () => {
    const text =
      'The New York Times published an editorial on Sunday. “The plan is reckless,” the influential daily wrote.';
    const [q] = direct(text);
    expect(q.speaker).toBe('New York Times');
    expect(mention(text, q)).toBe('the influential daily');
  });

  it('lets an organisation speak', () => {
    const text = '“We regret the error,” the Acme Corporation said in a statement.';
    const [q] = direct(text);
    expect(q.speaker).toBe('Acme Corporation');
  });

  it('names an unnamed speaker by the words the text uses', () => {
    const text = '“The talks have stalled,” a senior official said.';
    const [q] = direct(text);
    expect(q.speaker).toBe('a senior official');
  });

  it('says null when the text does not say who spoke', () => {
    const text =
      'Some background sentence without people in it.\n\n“Nothing will ever be the same again after this week.”';
    const qs = direct(text);
    expect(qs).toHaveLength(1);
    expect(qs[0].speaker).toBeNull();
    expect(qs[0].speakerStart).toBeNull();
  });

  it('attributes a partial quote of a phrase to the sentence subject', () => {
    const text = 'Rutte urged allies to raise military budgets “well beyond 3%” of GDP.';
    const [q] = direct(text);
    expect(q.text).toBe('well beyond 3%');
    expect(q.speaker).toBe('Rutte');
  });

  it('drops a short unattributed title in quotes', () => {
    expect(direct('The film “Trainwreck” opened in July.')).toEqual([]);
  });

  it('keeps one speaker over a quote that runs over paragraphs', () => {
    const text =
      'Jane Doe said:\n\n“The first part of the statement is long and goes on.\n\n“The second part ends it.”';
    const qs = direct(text);
    expect(qs).toHaveLength(2);
    expect(qs.map((q) => q.speaker)).toEqual(['Jane Doe', 'Jane Doe']);
  });

  it('gives a quote over paragraphs the speaker named at its end', () => {
    const text = '“The first part of the statement is long and goes on.\n\n“The second part ends it,” Jane Doe said.';
    const qs = direct(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Jane Doe', 'Jane Doe']);
  });

  it('keeps apostrophes from opening quotes', () => {
    const text = "Rutte said the allies don't agree, and that NATO's plan isn't final.";
    expect(direct(text)).toEqual([]);
  });
});

describe('extractQuotes: harder attributions', () => {
  it('takes a name followed by any verb after a comma-closed quote', () => {
    const text = '“They would have gone to the only bill with support,” Toomey fumed on Tuesday.';
    const [q] = direct(text);
    expect(q.speaker).toBe('Toomey');
    expect(q.cue).toBe('fumed');
  });

  it('skips an appositive between the name and the verb', () => {
    const text =
      "''We're going to have to come to terms with it,'' Trent Lott, who was majority leader under George W. Bush, told lawmakers.";
    const [q] = direct(text);
    expect(q.speaker).toBe('Trent Lott');
    expect(q.cue).toBe('told');
  });

  it('skips a party and state in parentheses', () => {
    const text = 'Donald Trump tweeted first. Then Rep. Paul Ryan (R-WI) said “such images have no place here.”';
    const [q] = direct(text);
    expect(q.speaker).toBe('Paul Ryan');
  });

  it('takes an attribution that closes the quote’s sentence', () => {
    const text = '"Let me thank the thousands of volunteers who worked so hard" for the victory, Sanders said.';
    const [q] = direct(text);
    expect(q.speaker).toBe('Sanders');
  });

  it('gives a participle the subject of the verb before it', () => {
    const text = 'Ryan and Trump will meet next week, Spicer said, adding, “They need to sit down and talk.”';
    const [q] = direct(text);
    expect(q.speaker).toBe('Spicer');
  });

  it('reads an inverted attribution that opens the sentence', () => {
    const text = 'Said Dorothy Poynter, who grew up with him, “We were all so proud of him.”';
    const [q] = direct(text);
    expect(q.speaker).toBe('Dorothy Poynter');
  });

  it('takes the speaker from a line that signs a quote paragraph', () => {
    const text =
      '"We are going to enter the next recession without that consensus."\n\nJosh Bivens, Economic Policy Institute';
    const [q] = direct(text);
    expect(q.speaker).toBe('Josh Bivens');
  });

  it('takes the speaker from a dash signature after the quote', () => {
    const text = 'She spoke last.\n\n"Almost all new income is going to the top 1 percent."\n\n- Bernie Sanders.';
    const [q] = direct(text);
    expect(q.speaker).toBe('Bernie Sanders');
    const inline = 'He insisted the party was "still the first force in Spain, and will stay so." -- Kim Hjelmgaard.';
    expect(direct(inline)[0].speaker).toBe('Kim Hjelmgaard');
  });

  it('drops a term mentioned in quotes', () => {
    const text = 'Rubio was part of the so-called “Gang of Eight,” which wrote the bill, Cruz said.';
    expect(direct(text)).toEqual([]);
  });

  it('drops a show title after a possessive', () => {
    const text = 'She told ABC’s “Good Morning America” on Monday that the interview was cordial.';
    expect(direct(text)).toEqual([]);
  });

  it('does not take a pronoun after says for the speaker', () => {
    const text = 'Donald Trump says he’s “winning the war on terrorism,” despite the polls.';
    const [q] = direct(text);
    expect(q.speaker).toBe('Donald Trump');
  });
});

describe('extractQuotes: reported speech', () => {
  it('reports X noted that ... with the pronoun resolved', () => {
    const text =
      'NATO Secretary General Mark Rutte spoke in Brussels. He noted that the threat from Russia remains serious.';
    const [r] = reported(text);
    expect(r.speaker).toBe('Mark Rutte');
    expect(mention(text, r)).toBe('He');
    expect(r.text).toBe('the threat from Russia remains serious');
    expect(r.cue).toBe('noted');
  });

  it('reports X said the ... without that', () => {
    const text = 'Governor Ann Lee said the state budget would be balanced by June.';
    const [r] = reported(text);
    expect(r.speaker).toBe('Ann Lee');
    expect(r.text).toBe('the state budget would be balanced by June');
  });

  it('reports a clause followed by ", officials said"', () => {
    const text = 'The bridge will reopen to traffic next week, officials said.';
    const [r] = reported(text);
    expect(r.text).toBe('The bridge will reopen to traffic next week');
    expect(r.speaker).toBe('officials');
  });

  it('reports According to X, ...', () => {
    const text = 'According to the Acme Corporation, sales rose by a tenth last year.';
    const [r] = reported(text);
    expect(r.speaker).toBe('Acme Corporation');
    expect(r.text).toBe('sales rose by a tenth last year');
  });
});
