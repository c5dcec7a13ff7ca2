import { describe, expect, it } from 'vitest';
import { layout } from '../text/layout.js';
import { insideQuotes, quotedSpans } from './quote-marks.js';

const contents = (text: string): string[] =>
  quotedSpans(text, layout(text).paragraphs).map((q) => text.slice(q.start, q.end));

describe('quotedSpans', () => {
  it('finds quotes in every common mark style', () => {
    expect(contents('He said "straight double" here.')).toEqual(['straight double']);
    expect(contents('He said “curly double” here.')).toEqual(['curly double']);
    expect(contents('He said ‘curly single words’ here.')).toEqual(['curly single words']);
    expect(contents('Il a dit « guillemets français » ici.')).toEqual(['guillemets français']);
    expect(contents('Er sagte „deutsche Anführung“ hier.')).toEqual(['deutsche Anführung']);
  });

  it('reads a single-quoted headline', () => {
    expect(contents("Trump: 'I will win big'")).toEqual(['I will win big']);
  });

  it('reads doubled apostrophes as a double mark', () => {
    const text = "''It's nonsense,'' Mr. Trump said on ''Meet the Press.''";
    expect(contents(text)).toEqual(["It's nonsense,", 'Meet the Press.']);
  });

  it('leaves apostrophes inside and after words alone', () => {
    expect(contents("We don't know the players' union's view, and it's a 'bold' plan.")).toEqual(['bold']);
    expect(contents('She said: “I don’t think Rutte’s plan works.”')).toEqual(['I don’t think Rutte’s plan works.']);
  });

  it('does not take inch and foot marks for quotes', () => {
    expect(contents('The 12" screen and the 6\'2" player were on show.')).toEqual([]);
  });

  it('keeps a nested quote inside its outer quote', () => {
    const text = '“He told me ‘never again’ and left,” she said.';
    expect(contents(text)).toEqual(['He told me ‘never again’ and left,']);
  });

  it('keeps a year elision from opening a quote', () => {
    expect(contents('Back in the ’90s, people said “it was different.”')).toEqual(['it was different.']);
  });

  it('joins a quote that runs over paragraphs', () => {
    const text = '“The first paragraph of the statement goes on.\n\n“And the second one ends it,” she said.';
    const spans = quotedSpans(text, layout(text).paragraphs);
    expect(spans).toHaveLength(2);
    expect(spans[0].runsOn).toBe(true);
    expect(spans[0].close).toBe(-1);
    expect(spans[1].continued).toBe(true);
    expect(text.slice(spans[1].start, spans[1].end)).toBe('And the second one ends it,');
  });

  it('runs an unclosed quote to the end of its paragraph', () => {
    const text = 'He said “we will come back stronger\n\nThe next paragraph is plain.';
    expect(contents(text)).toEqual(['we will come back stronger']);
  });

  it('tells whether an index lies inside a quote', () => {
    const text = 'Outside “inside” outside.';
    const inside = insideQuotes(quotedSpans(text, layout(text).paragraphs));
    expect(inside(text.indexOf('inside'))).toBe(true);
    expect(inside(text.indexOf('Outside'))).toBe(false);
    expect(inside(text.lastIndexOf('outside'))).toBe(false);
  });
});
