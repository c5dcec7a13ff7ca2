import { describe, expect, it } from 'vitest';
import { article } from '../../test/support/fixtures.js';
import { sentences } from '../text/sentences.js';
import { sourceGroups } from './independence.js';
import { statementConflicts } from './statement-conflicts.js';

function run(articles: ReturnType<typeof article>[]) {
  const spans = new Map(articles.map((a) => [a.id, sentences(a.text)]));
  return statementConflicts('s1', articles, (a) => spans.get(a.id) ?? [], sourceGroups(articles, []));
}

describe('statementConflicts', () => {
  it('finds two reports of one meeting that name different ministers, and notes a source that says both', () => {
    const a = article('a', 'A two-day meeting of Alliance foreign ministers opens in Lisbon on Thursday.');
    const b = article(
      'b',
      'Ministers of foreign affairs gather this week. A two-day meeting of Alliance defence ministers opens in Lisbon on Thursday. Earlier the foreign ministers met.',
    );
    const findings = run([a, b]);
    expect(findings).toHaveLength(1);
    expect(findings[0].status).toBe('conflict');
    expect(findings[0].claims.map((c) => c.text)).toEqual(['foreign', 'defence']);
    expect(findings[0].note).toMatch(/contradicting itself/);
  });

  it('finds different weekdays for the same vote', () => {
    const a = article('a', 'On Wednesday the harbour board voted 9 to 2 to extend the ferry contract.');
    const b = article('b', 'The harbour board voted 9 to 2 on Tuesday to extend the ferry contract.');
    const findings = run([a, b]);
    expect(findings.map((f) => [f.kind, f.status])).toEqual([['date', 'conflict']]);
  });

  it('leaves different events on different days alone', () => {
    const a = article('a', 'On Wednesday the harbour board voted to extend the ferry contract.');
    const b = article('b', 'The mayor will visit the new school on Tuesday.');
    expect(run([a, b])).toEqual([]);
  });

  it('does not treat "defense" and "defence" as different', () => {
    const a = article('a', 'A two-day meeting of Alliance defense ministers opens in Lisbon on Thursday.');
    const b = article('b', 'A two-day meeting of Alliance defence ministers opens in Lisbon on Thursday.');
    expect(run([a, b])).toEqual([]);
  });
});

describe('statementConflicts with more than one day in a sentence', () => {
  it('reads no conflict from a sentence that names two days', () => {
    const a = article('a', 'In an interview with the harbour radio on Tuesday, the mayor said he welcomed the debate.');
    const b = article(
      'b',
      'The mayor, named Saturday as the new chair, told the harbour radio on Tuesday he welcomed the debate.',
    );
    expect(run([a, b])).toEqual([]);
  });
});

describe('statementConflicts with a person’s title in the sentence', () => {
  it('does not read "Foreign Minister <name>" as the office of a meeting', () => {
    const a = article(
      'a',
      'Foreign ministers from 14 countries agreed in Lisbon on Tuesday to give the islands more than €2 billion.',
    );
    const b = article(
      'b',
      'Defence ministers from 14 countries agreed in Lisbon to give the islands more than €2 billion, Foreign Minister Ana Sola said.',
    );
    const findings = run([a, b]);
    expect(findings.map((f) => f.claims.map((c) => c.text))).toEqual([['Foreign', 'Defence']]);
  });
});

describe('statementConflicts: the same dated event', () => {
  it('finds different weekdays beside the same event verb in otherwise different sentences', () => {
    const a = article(
      'a',
      'A county clerk on Friday apologized for a Facebook post that mocked the mayor’s twin sons at the annual harvest parade.',
    );
    const b = article(
      'b',
      'The press officer of a county board had to apologize Saturday for a Facebook post critical of the mayor during his holiday speech.',
    );
    const findings = run([a, b]);
    expect(findings.map((f) => f.claims.map((c) => c.text))).toEqual([['Friday', 'Saturday']]);
  });

  it('reads no conflict where the days date different events of one story', () => {
    const a = article(
      'a',
      'A county clerk resigned Monday after her Facebook post mocking the twin sons of the mayor went viral across the state and beyond.',
    );
    const b = article(
      'b',
      'The press officer of a county board had to apologize Saturday for a Facebook post critical of the mayor during his holiday speech.',
    );
    expect(run([a, b])).toEqual([]);
  });

  it('does not take a noun beside the day for the event', () => {
    const a = article(
      'a',
      'The clerk is expected to brief county board members on Monday evening, ending weeks of silence about the parade budget.',
    );
    const b = article(
      'b',
      'Reporters confirmed the clerk sent an email to county board members Saturday night with the subject line “parade budget.”',
    );
    expect(run([a, b])).toEqual([]);
  });
});
