import { describe, expect, it } from 'vitest';
import { article, quoteOf } from '../../test/support/fixtures.js';
import type { Quote } from '../records/claim.js';
import { reconcileQuotes } from './align-quotes.js';
import { sourceGroups } from './independence.js';

function run(articles: ReturnType<typeof article>[], quotes: Quote[]) {
  const byArticle = new Map<string, Quote[]>();
  for (const quote of quotes) byArticle.set(quote.article, [...(byArticle.get(quote.article) ?? []), quote]);
  return reconcileQuotes('s1', articles, byArticle, sourceGroups(articles, []));
}

describe('reconcileQuotes finding a quote in another source', () => {
  it('corroborates a word two outlets both put in quotation marks, though only one was read as a quote', () => {
    const a = article('a', 'Sola called the toll plan “reckless” on Monday.');
    const b = article('b', 'The mayor said the plan was "reckless" and vowed to fight it.');
    const findings = run([a, b], [quoteOf(a, 'reckless', 'Ana Sola')]);
    expect(findings.map((f) => f.status)).toEqual(['corroborated']);
    expect(findings[0].claims.map((claim) => claim.article)).toEqual(['a', 'b']);
  });

  it('does not take the same quoted word from someone else for corroboration', () => {
    const a = article('a', 'Sola called the toll plan “reckless” on Monday.');
    const b = article('b', 'Brandt called the rival bid "reckless" too.');
    const findings = run([a, b], [quoteOf(a, 'reckless', 'Ana Sola'), quoteOf(b, 'reckless', 'Karl Brandt')]);
    expect(findings.every((f) => f.status === 'single-source')).toBe(true);
  });

  it('corroborates five identical words that two outlets give to different speakers', () => {
    const a = article('a', '“We will use every tool this office holds,” Sola said.');
    const b = article('b', '“We will use every tool this office holds,” her deputy Brandt said.');
    const findings = run(
      [a, b],
      [
        quoteOf(a, 'We will use every tool this office holds,', 'Ana Sola'),
        quoteOf(b, 'We will use every tool this office holds,', 'Karl Brandt'),
      ],
    );
    expect(findings.map((f) => f.status)).toEqual(['corroborated']);
  });
});

describe('reconcileQuotes matching reported speech to a quote', () => {
  it('matches a paraphrase to a partial quote through the reported clause around it', () => {
    const a = article(
      'a',
      'Sola said she had “grave doubts” about whether the ferry levy was lawful under the charter.',
    );
    const b = article(
      'b',
      'Sola said she has doubts about whether the ferry levy is lawful and has asked lawyers to look.',
    );
    const findings = run(
      [a, b],
      [
        quoteOf(
          a,
          'she had “grave doubts” about whether the ferry levy was lawful under the charter',
          'Ana Sola',
          false,
        ),
        quoteOf(a, 'grave doubts', 'Ana Sola'),
        quoteOf(
          b,
          'she has doubts about whether the ferry levy is lawful and has asked lawyers to look',
          'Ana Sola',
          false,
        ),
      ],
    );
    const flagged = findings.find((f) => f.status === 'quote-vs-paraphrase');
    expect(flagged?.claims.map((claim) => claim.article)).toEqual(['a', 'b']);
  });

  it('takes reported speech by a described speaker for a paraphrase only when it is close', () => {
    const a = article('a', '“We will review the permits to determine whether a harbour rule was broken,” Sola said.');
    const close = article(
      'b',
      'The office said it would review the permits to determine whether any harbour rules were broken.',
    );
    const loose = article('c', 'The office said the harbour was busy and permits were slow this year.');
    const quotes = [
      quoteOf(a, 'We will review the permits to determine whether a harbour rule was broken,', 'Ana Sola'),
    ];
    const matched = run(
      [a, close],
      [
        ...quotes,
        quoteOf(
          close,
          'it would review the permits to determine whether any harbour rules were broken',
          'The office',
          false,
        ),
      ],
    );
    expect(matched.map((f) => f.status)).toContain('quote-vs-paraphrase');
    const unmatched = run(
      [a, loose],
      [...quotes, quoteOf(loose, 'the harbour was busy and permits were slow this year', 'The office', false)],
    );
    expect(unmatched.map((f) => f.status)).not.toContain('quote-vs-paraphrase');
  });

  it('takes reported speech by any of the people outlets name for one quote', () => {
    const words = 'The prosecutors have told us they intend to file charges against my client.';
    const a = article('a', `“${words}” his lawyer Brandt said.`);
    const b = article('b', `“${words}” Sola said.`);
    const c = article('c', 'Brandt said prosecutors told him they intend to file charges against his client.');
    const findings = run(
      [a, b, c],
      [
        quoteOf(a, words, 'Karl Brandt'),
        quoteOf(b, words, 'Ana Sola'),
        quoteOf(c, 'prosecutors told him they intend to file charges against his client', 'Karl Brandt', false),
      ],
    );
    expect(findings.map((f) => f.status)).toContain('quote-vs-paraphrase');
  });

  it('does not take an outlet’s own reporting, quoted by another, for a paraphrased quote', () => {
    const a = article(
      'a',
      'The Harbour Times reported the charges "will include fraud over the ferry contracts he signed in 2019."',
    );
    const b = article(
      'b',
      'The charges are expected to include fraud over the ferry contracts he signed in 2019, it said.',
    );
    const findings = run(
      [a, b],
      [
        quoteOf(a, 'will include fraud over the ferry contracts he signed in 2019.', 'Harbour Times'),
        quoteOf(
          b,
          'The charges are expected to include fraud over the ferry contracts he signed in 2019',
          'Harbour Times',
          false,
        ),
      ],
    );
    expect(findings.map((f) => f.status)).not.toContain('quote-vs-paraphrase');
  });
});
