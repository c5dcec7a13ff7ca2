import { describe, expect, it } from 'vitest';
import { GAP, matchesOnlyItself, wording, wordPresence } from './wording.js';

describe('wordPresence', () => {
  const texts = [
    'The U.S. envoy said O’Neill won’t sign the 3,000-page deal.',
    'Sen. Warren & Gov. Hochul spoke; two aides (unnamed) stayed … outside.',
    'ΟΔΟΣ.Α and al-Qaddafi said 4.5 percent was “enough”.',
  ];

  it('never rules out a word the text holds (gaps are not words)', () => {
    for (const text of texts) {
      const present = wordPresence(text);
      for (const word of wording(text).words.filter((w) => w !== GAP))
        expect(present.mayHold(word), `${word} in ${text}`).toBe(true);
    }
  });

  it('rules out a word the text does not hold', () => {
    const present = wordPresence(texts[0]);
    expect(present.mayHold('treaty')).toBe(false);
    expect(present.mayHold('envoys')).toBe(false);
  });

  it('rules nothing out in a text with censored words, which match any word with their letter', () => {
    const present = wordPresence('He called it f*** nonsense.');
    expect(present.mayHold('fine')).toBe(true);
  });
});

describe('matchesOnlyItself', () => {
  it('holds for short words, not for long words that may be spelt another way or censored words', () => {
    expect(matchesOnlyItself('deal')).toBe(true);
    expect(matchesOnlyItself('qaddafi')).toBe(false);
    expect(matchesOnlyItself('f*')).toBe(false);
  });
});
