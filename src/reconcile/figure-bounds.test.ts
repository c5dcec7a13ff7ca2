import { describe, expect, it } from 'vitest';
import { article, figureOf } from '../../test/support/fixtures.js';
import { valuesAgree, writtenPrecision } from './figure-bounds.js';
import { periodsCompatible } from './periods.js';

const a = article(
  'a',
  'The fund holds over €20 billion, nearly $44 million, $43,885,310, up to 1.6 million and 1.5 million.',
);
const over20 = figureOf(a, 'over €20 billion', 2e10, 'EUR', 'money', { qualifier: 'more-than' });

describe('figure agreement', () => {
  it('reads the precision a number is written to', () => {
    expect(writtenPrecision(figureOf(a, '$43,885,310', 43885310, 'USD', 'money'))).toBe(1);
    expect(writtenPrecision(figureOf(a, '1.5 million', 1.5e6, 'people', 'quantity'))).toBeCloseTo(1e5);
  });

  it('agrees "over €20 billion" with "more than EUR 20 billion" and with "€20 billion"', () => {
    const b = article('b', 'more than EUR 20 billion and €20 billion');
    expect(
      valuesAgree(over20, figureOf(b, 'more than EUR 20 billion', 2e10, 'EUR', 'money', { qualifier: 'more-than' })),
    ).toBe(true);
    expect(valuesAgree(over20, figureOf(b, '€20 billion', 2e10, 'EUR', 'money'))).toBe(true);
  });

  it('recognises rounding: "nearly $44 million" agrees with "$43,885,310"', () => {
    const nearly = figureOf(a, 'nearly $44 million', 4.4e7, 'USD', 'money', { qualifier: 'nearly' });
    expect(valuesAgree(nearly, figureOf(a, '$43,885,310', 43885310, 'USD', 'money'))).toBe(true);
  });

  it('holds two different ceilings to be a disagreement, and a value under a ceiling to agree', () => {
    const upTo = figureOf(a, 'up to 1.6 million', 1.6e6, 'woman', 'quantity', { qualifier: 'at-most' });
    const asMany = { ...figureOf(a, '1.5 million', 1.5e6, 'woman', 'quantity'), qualifier: 'at-most' as const };
    expect(valuesAgree(upTo, asMany)).toBe(false);
    expect(valuesAgree(upTo, figureOf(a, '1.5 million', 1.5e6, 'woman', 'quantity'))).toBe(true);
  });

  it('sees a one-digit difference in an exact amount', () => {
    const b = article('b', '$5,587.75 and $5,687.75');
    expect(
      valuesAgree(figureOf(b, '$5,587.75', 5587.75, 'USD', 'money'), figureOf(b, '$5,687.75', 5687.75, 'USD', 'money')),
    ).toBe(false);
  });
});

describe('periodsCompatible', () => {
  it('accepts a quarter inside its year and unknown periods, and refuses other years', () => {
    expect(periodsCompatible('2025', '2025-Q1')).toBe(true);
    expect(periodsCompatible('2025-Q1', '2025-03')).toBe(true);
    expect(periodsCompatible(null, '2024')).toBe(true);
    expect(periodsCompatible('2024', '2025-Q1')).toBe(false);
    expect(periodsCompatible('2025-Q1', '2025-Q2')).toBe(false);
    expect(periodsCompatible('2025-H1', '2025-Q2')).toBe(true);
    expect(periodsCompatible('2025-H1', '2025-Q3')).toBe(false);
  });
});
