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

const statuses = (findings: ReturnType<typeof run>) => findings.map((f) => f.status).sort();

describe('reconcileQuotes reading the order of quoted sentences', () => {
  it('calls a sentence dropped between two quoted sentences, without an ellipsis, drift', () => {
    const whole = 'Stand up for the harbour. Keep every ferry running through the winter. Vote for the levy.';
    const a = article('a', `“${whole}” Sola wrote.`);
    const b = article('b', 'Sola urged voters: "Stand up for the harbour. Vote for the levy."');
    const findings = run(
      [a, b],
      [quoteOf(a, whole, 'Ana Sola'), quoteOf(b, 'Stand up for the harbour. Vote for the levy.', 'Ana Sola')],
    );
    expect(statuses(findings)).toContain('quote-drift');
  });

  it('does not call a sentence left out behind an ellipsis drift', () => {
    const whole = 'Stand up for the harbour. Keep every ferry running through the winter. Vote for the levy.';
    const a = article('a', `“${whole}” Sola wrote.`);
    const b = article('b', 'Sola urged voters: "Stand up for the harbour ... Vote for the levy."');
    const findings = run(
      [a, b],
      [quoteOf(a, whole, 'Ana Sola'), quoteOf(b, 'Stand up for the harbour ... Vote for the levy.', 'Ana Sola')],
    );
    expect(statuses(findings)).toEqual(['corroborated']);
  });

  it('calls a word added where two quoted sentences meet drift', () => {
    const a = article('a', '“It is about a false promise. Oh, not a promise made to you. A promise made to banks.”');
    const b = article('b', '"It is about a false promise. Not a promise made to you. A promise made to banks."');
    const findings = run(
      [a, b],
      [
        quoteOf(a, 'It is about a false promise. Oh, not a promise made to you. A promise made to banks.', 'Ana Sola'),
        quoteOf(b, 'It is about a false promise. Not a promise made to you. A promise made to banks.', 'Ana Sola'),
      ],
    );
    expect(statuses(findings)).toContain('quote-drift');
  });

  it('does not call the same words split into sentences at another place drift', () => {
    const a = article('a', '“The board tells the town, wait, there is still time. And I say wait for what?”');
    const b = article('b', '"The board tells the town, \'Wait. There is still time.\' And I say wait for what?"');
    const findings = run(
      [a, b],
      [
        quoteOf(a, 'The board tells the town, wait, there is still time. And I say wait for what?', 'Ana Sola'),
        quoteOf(b, "The board tells the town, 'Wait. There is still time.' And I say wait for what?", 'Ana Sola'),
      ],
    );
    expect(statuses(findings)).not.toContain('quote-drift');
  });

  it('aligns each side of an ellipsis on its own, so a word added before it is drift', () => {
    const a = article(
      'a',
      '“We have learned something very important since the storm ... whatever we call it, we owe the crews our support.”',
    );
    const b = article(
      'b',
      '“We have learned something important since the storm. Whatever we call it, we owe the crews our support.”',
    );
    const findings = run(
      [a, b],
      [
        quoteOf(
          a,
          'We have learned something very important since the storm ... whatever we call it, we owe the crews our support.',
          'Ana Sola',
        ),
        quoteOf(
          b,
          'We have learned something important since the storm. Whatever we call it, we owe the crews our support.',
          'Ana Sola',
        ),
      ],
    );
    expect(statuses(findings)).toContain('quote-drift');
  });

  it('also reports the sources that agree word for word within a drifted quote', () => {
    const words = 'We will rebuild every pier on this coast before the summer comes.';
    const a = article('a', `“${words}” Sola said.`);
    const b = article('b', `Sola said: "${words}"`);
    const c = article('c', '“We will rebuild every jetty on this coast before the summer comes,” Sola said.');
    const findings = run(
      [a, b, c],
      [
        quoteOf(a, words, 'Ana Sola'),
        quoteOf(b, words, 'Ana Sola'),
        quoteOf(c, 'We will rebuild every jetty on this coast before the summer comes,', 'Ana Sola'),
      ],
    );
    expect(statuses(findings)).toEqual(['corroborated', 'quote-drift']);
    const agreed = findings.find((f) => f.status === 'corroborated');
    expect(agreed?.claims.map((claim) => claim.article)).toEqual(['a', 'b']);
  });

  it('aligns a second fragment cut from the same sentence, and flags its changed word', () => {
    const a = article('a', '“Dress for the council, not for a night at a bar,” Sola wrote.');
    const b = article('b', 'Sola told them to "dress for the council" and not for "a night at the bar."');
    const findings = run(
      [a, b],
      [
        quoteOf(a, 'Dress for the council, not for a night at a bar,', 'Ana Sola'),
        quoteOf(b, 'dress for the council', 'Ana Sola'),
        quoteOf(b, 'a night at the bar.', 'Ana Sola'),
      ],
    );
    expect(statuses(findings)).toContain('quote-drift');
  });

  it('prefers a long counterpart with one word changed to a short fragment that happens to match', () => {
    const a = article('a', '“But there is a one in three chance we could lose,” Sola said.');
    const b = article(
      'b',
      'Sola put the odds at "one in three." She said: "But there is a one in three chance that we could lose."',
    );
    const findings = run(
      [a, b],
      [
        quoteOf(a, 'But there is a one in three chance we could lose,', 'Ana Sola'),
        quoteOf(b, 'one in three.', 'Ana Sola'),
        quoteOf(b, 'But there is a one in three chance that we could lose.', 'Ana Sola'),
      ],
    );
    const drift = findings.find((f) => f.status === 'quote-drift');
    expect(drift?.claims.map((claim) => claim.text)).toContain(
      'But there is a one in three chance that we could lose.',
    );
  });
});
