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

describe('reconcileQuotes', () => {
  const a = article('a', '“The harbour will stay open all winter,” Mayor Ana Sola said. “We owe it to the fishermen.”');
  const b = article('b', 'Sola said: "The harbour will stay open all winter." She spoke on Monday.');

  it('corroborates the same words from two independent sources', () => {
    const findings = run(
      [a, b],
      [
        quoteOf(a, 'The harbour will stay open all winter,', 'Ana Sola'),
        quoteOf(b, 'The harbour will stay open all winter.', 'Ana Sola'),
      ],
    );
    const corroborated = findings.filter((f) => f.status === 'corroborated');
    expect(corroborated).toHaveLength(1);
    expect(corroborated[0].sources).toBe(2);
    expect(corroborated[0].claims.map((c) => c.article).sort()).toEqual(['a', 'b']);
  });

  it('reports a quote no other source carries as single-source', () => {
    const findings = run([a, b], [quoteOf(a, 'We owe it to the fishermen.', 'Ana Sola')]);
    expect(findings.map((f) => f.status)).toEqual(['single-source']);
  });

  it('flags the same quote in different words as drift', () => {
    const c = article('c', '“We will never forget the ruin of the old town,” he said.');
    const d = article('d', '"We will never forget that devastation," the mayor said.');
    const findings = run(
      [c, d],
      [
        quoteOf(c, 'We will never forget the ruin of the old town,', 'Ana Sola'),
        quoteOf(d, 'We will never forget that devastation,', 'Ana Sola'),
      ],
    );
    expect(findings.map((f) => f.status)).toEqual(['quote-drift']);
    expect(findings[0].speaker).toBe('Ana Sola');
  });

  it('does not call two different people’s similar words drift', () => {
    const c = article('c', '“We will never forget the ruin of the old town,” Sola said.');
    const d = article('d', '"We will never forget that devastation," Brandt said.');
    const findings = run(
      [c, d],
      [
        quoteOf(c, 'We will never forget the ruin of the old town,', 'Ana Sola'),
        quoteOf(d, 'We will never forget that devastation,', 'Karl Brandt'),
      ],
    );
    expect(findings.every((f) => f.status === 'single-source')).toBe(true);
  });

  it('matches a fragment one outlet quotes inside the longer quote of another', () => {
    const c = article('c', 'The mayor called the plan “a gift to the whole coast” on Monday.');
    const d = article('d', '“This plan is a gift to the whole coast and to every family in it,” Sola said.');
    const findings = run(
      [c, d],
      [
        quoteOf(c, 'a gift to the whole coast', 'Ana Sola'),
        quoteOf(d, 'This plan is a gift to the whole coast and to every family in it,', 'Ana Sola'),
      ],
    );
    expect(findings.map((f) => f.status)).toEqual(['corroborated']);
  });

  it('finds a quote another source gives only as reported speech by the same speaker', () => {
    const c = article(
      'c',
      '“The war on the coast threatens every port, every ferry and every fishing family,” Sola said.',
    );
    const d = article('d', 'She warned that the war threatens the coast’s ports, ferries and fishing families.');
    const findings = run(
      [c, d],
      [
        quoteOf(c, 'The war on the coast threatens every port, every ferry and every fishing family,', 'Ana Sola'),
        quoteOf(d, 'the war threatens the coast’s ports, ferries and fishing families', 'Ana Sola', false),
      ],
    );
    const flagged = findings.find((f) => f.status === 'quote-vs-paraphrase');
    expect(flagged?.claims.map((c) => c.article)).toEqual(['c', 'd']);
  });

  it('does not take one copy of a quote for corroboration when both articles are one source', () => {
    const c = article('c', '“The harbour will stay open all winter,” Sola said.', { credits: ['Wire'] });
    const d = article('d', '“The harbour will stay open all winter,” Sola said. Extra line.', { credits: ['Wire'] });
    const findings = run(
      [c, d],
      [
        quoteOf(c, 'The harbour will stay open all winter,', 'Ana Sola'),
        quoteOf(d, 'The harbour will stay open all winter,', 'Ana Sola'),
      ],
    );
    expect(findings.some((f) => f.status === 'corroborated')).toBe(false);
  });
});

describe('reconcileQuotes with a statement reproduced without quotation marks', () => {
  it('corroborates a quote whose words another source prints unmarked, as a block', () => {
    const c = article(
      'c',
      '“Every ferry will run on time from Monday, and every fare stays the same,” the harbour board said in a statement.',
    );
    const d = article(
      'd',
      'The harbour board posted this statement:\n\nEvery ferry will run on time from Monday, and every fare stays the same.\n\nIt gave no reason.',
    );
    const findings = run(
      [c, d],
      [quoteOf(c, 'Every ferry will run on time from Monday, and every fare stays the same,', null)],
    );
    expect(findings.map((f) => f.status)).toEqual(['corroborated']);
    expect(findings[0].claims.map((claim) => claim.article)).toEqual(['c', 'd']);
  });

  it('needs more than a few words for that', () => {
    const c = article('c', '“Every ferry will run,” the board said.');
    const d = article('d', 'Every ferry will run from the south pier.');
    const findings = run([c, d], [quoteOf(c, 'Every ferry will run,', null)]);
    expect(findings.map((f) => f.status)).toEqual(['single-source']);
  });
});

describe('reconcileQuotes in a story of many near-identical quotes', () => {
  it('still aligns each quote with its own counterparts, not with the hundreds that share most of its words', () => {
    const n = 150;
    const ids = ['a', 'b', 'c'];
    const phrase = (k: number) => `We act now on item number ${k + 10}.`;
    const articles = ids.map((id, shift) => {
      const order = Array.from({ length: n }, (_, i) => (i + shift * 7) % n);
      return article(id, order.map((k) => `“${phrase(k)}” Ana Sola said.`).join(' '));
    });
    const quotes = articles.flatMap((a) => Array.from({ length: n }, (_, k) => quoteOf(a, phrase(k), 'Ana Sola')));
    const corroborated = run(articles, quotes).filter((f) => f.status === 'corroborated');
    expect(corroborated).toHaveLength(n);
    for (const finding of corroborated) {
      expect(finding.sources).toBe(3);
      expect(new Set(finding.claims.map((claim) => claim.text)).size).toBe(1);
    }
  });
});
