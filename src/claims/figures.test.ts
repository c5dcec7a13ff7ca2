import { describe, expect, it } from 'vitest';
import type { Figure } from '../records/claim.js';
import { layout } from '../text/layout.js';
import { extractFigures } from './figures.js';

function figures(text: string, published: string | null = '2025-04-02'): Figure[] {
  return extractFigures(text, layout(text), published, 'art-1');
}

function only(text: string, published: string | null = '2025-04-02'): Figure {
  const found = figures(text, published);
  expect(found.map((figure) => figure.text)).toHaveLength(1);
  return found[0];
}

describe('money forms', () => {
  it.each([
    ['Donors gave €20 billion last week.', '€20 billion'],
    ['Donors gave EUR 20 billion last week.', 'EUR 20 billion'],
    ['Donors gave EUR20bn last week.', 'EUR20bn'],
    ['Donors gave 20 billion euros last week.', '20 billion euros'],
    ['Donors gave twenty billion euros last week.', 'twenty billion euros'],
    ['Donors gave 20,000,000,000 euros last week.', '20,000,000,000 euros'],
  ])('reads %s as 2e10 EUR', (text, written) => {
    const figure = only(text);
    expect(figure).toMatchObject({ text: written, value: 2e10, unit: 'EUR', kind: 'money' });
    expect(text.slice(figure.start, figure.end)).toBe(written);
  });

  it.each([
    ['It cost $4.5bn.', 4.5e9, 'USD'],
    ['It cost US$4.5bn.', 4.5e9, 'USD'],
    ['It cost US $7.2 billion.', 7.2e9, 'USD'],
    ['It cost $US160 million.', 1.6e8, 'USD'],
    ['It cost C$3m.', 3e6, 'CAD'],
    ['It cost A$2 million.', 2e6, 'AUD'],
    ['It cost HK$1.2bn.', 1.2e9, 'HKD'],
    ['It cost £35m.', 3.5e7, 'GBP'],
    ['It cost ¥500 million.', 5e8, 'JPY'],
    ['It cost ₹500 crore.', 5e9, 'INR'],
    ['It cost ₽3 billion.', 3e9, 'RUB'],
    ['It cost Y=100 million.', 1e8, 'JPY'],
    ['It cost RM23.50 a share.', 23.5, 'MYR'],
    ['It cost 5 billion roubles.', 5e9, 'RUB'],
    ['It cost 200 million hryvnias.', 2e8, 'UAH'],
    ['It cost 7 billion yuan.', 7e9, 'CNY'],
    ['It cost 50,000 rupees.', 5e4, 'INR'],
    ['It cost 10 million Swiss francs.', 1e7, 'CHF'],
    ['It cost 8.99 Australian dollars.', 8.99, 'AUD'],
    ['It cost 1.3 billion shekels.', 1.3e9, 'ILS'],
    ['It cost 3 trillion yen.', 3e12, 'JPY'],
    ['It cost 300 USD.', 300, 'USD'],
    ['It is a million dollar house.', 1e6, 'USD'],
    ['It cost 20 € in Paris.', 20, 'EUR'],
    ['Samsung earned 5 trillion won.', 5e12, 'KRW'],
    ['Tickets cost KSh 500.', 500, 'KES'],
    ['It cost R$ 5 billion.', 5e9, 'BRL'],
  ])('reads the currency of %s', (text, value, unit) => {
    expect(only(text)).toMatchObject({ value, unit, kind: 'money' });
  });

  it('reads cents, pence and sen in the main unit', () => {
    expect(only('The forecast is 84.75 cents.')).toMatchObject({ value: 0.8475, unit: 'USD' });
    expect(only('Shares closed at 164p.')).toMatchObject({ value: 1.64, unit: 'GBP' });
    expect(only('The stock added 18 sen today.')).toMatchObject({ value: 0.18, unit: 'MYR' });
  });

  it('reads won as a currency only after a scale', () => {
    expect(only('They won 5 games.')).toMatchObject({ value: 5, unit: 'game', kind: 'quantity' });
  });

  it('keeps a pound of weight as a quantity', () => {
    expect(only('Add 1/2 pound of chocolate chips.')).toMatchObject({ value: 0.5, unit: 'pound', kind: 'quantity' });
    expect(only('The fish weighs about 200 pounds.')).toMatchObject({ value: 200, unit: 'pound', kind: 'quantity' });
    expect(only('The deal is worth 200 pounds.')).toMatchObject({ value: 200, unit: 'GBP', kind: 'money' });
  });
});

describe('qualifiers', () => {
  it.each([
    ['over €20 billion', 'more-than'],
    ['more than €20 billion', 'more-than'],
    ['above €20 billion', 'more-than'],
    ['in excess of €20 billion', 'more-than'],
    ['well beyond €20 billion', 'more-than'],
    ['at least €20 billion', 'at-least'],
    ['under €20 billion', 'less-than'],
    ['below €20 billion', 'less-than'],
    ['up to €20 billion', 'at-most'],
    ['no more than €20 billion', 'at-most'],
    ['about €20 billion', 'about'],
    ['roughly €20 billion', 'about'],
    ['around €20 billion', 'about'],
    ['some €20 billion', 'about'],
    ['approximately €20 billion', 'about'],
    ['an estimated €20 billion', 'about'],
    ['nearly €20 billion', 'nearly'],
    ['almost €20 billion', 'nearly'],
    ['close to €20 billion', 'nearly'],
    ['north of €20 billion', 'more-than'],
    ['as little as €20 billion', 'at-least'],
    ['in the region of €20 billion', 'about'],
    ['just shy of €20 billion', 'nearly'],
  ])('reads "%s" as %s, the qualifier inside the text', (phrase, qualifier) => {
    const figure = only(`Allies pledged ${phrase} in aid.`);
    expect(figure).toMatchObject({ text: phrase, value: 2e10, unit: 'EUR', qualifier });
  });

  it('reads fewer than with a count', () => {
    expect(only('There were fewer than 10 cases.')).toMatchObject({ value: 10, unit: 'case', qualifier: 'less-than' });
  });

  it('reads a trailing or more', () => {
    expect(only('It needs $5 million or more.')).toMatchObject({ value: 5e6, qualifier: 'at-least' });
  });

  it('keeps well beyond 3% as percent 3 with more-than', () => {
    expect(only('Budgets should rise well beyond 3% of GDP.')).toMatchObject({
      text: 'well beyond 3%',
      value: 3,
      unit: '%',
      kind: 'percent',
      qualifier: 'more-than',
    });
  });
});

describe('percentages', () => {
  it.each([
    ['Inflation was 3% in March.', 3],
    ['Inflation was 3 percent in March.', 3],
    ['Inflation was 3 per cent in March.', 3],
    ['Inflation was 3.5pc in March.', 3.5],
    ['Inflation was .5 per cent in March.', 0.5],
    ['Inflation was one per cent in March.', 1],
    ['Inflation was 2.5 pct in March.', 2.5],
  ])('reads %s', (text, value) => {
    expect(only(text)).toMatchObject({ value, unit: '%', kind: 'percent' });
  });

  it('reads percentage points and basis points apart from percent', () => {
    expect(only('Unemployment fell 2.5 percentage points.')).toMatchObject({ value: 2.5, unit: 'pp', kind: 'percent' });
    expect(only('The bank raised rates by 25 basis points.')).toMatchObject({ value: 25, unit: 'bp' });
  });
});

describe('changes', () => {
  it('records the direction of a change and keeps the value as written', () => {
    const [fell, rose, down] = figures('Shares fell 3% on Monday, the index rose 1.2% and oil was down 2.1%.');
    expect(fell).toMatchObject({ value: 3, change: 'down' });
    expect(rose).toMatchObject({ value: 1.2, change: 'up' });
    expect(down).toMatchObject({ value: 2.1, change: 'down' });
  });

  it('reads a minus sign as a negative value', () => {
    expect(only('In Europe: FTSE -0.6% by noon.')).toMatchObject({ value: -0.6, unit: '%', change: 'down' });
  });

  it('reads a change after the figure', () => {
    expect(only('BioView shares finished 34.4% higher.')).toMatchObject({ value: 34.4, change: 'up' });
  });

  it('keeps a change and the level it reached apart', () => {
    const found = figures('Vectura shares rose 6.5% to 240 pence.');
    expect(found.map((figure) => [figure.value, figure.unit])).toEqual([
      [6.5, '%'],
      [2.4, 'GBP'],
    ]);
  });
});

describe('ranges', () => {
  it.each([
    ['Prices rose 10 to 12 percent.', 10, 12, '%'],
    ['It will cost $3-4 billion.', 3e9, 4e9, 'USD'],
    ['It will cost $5 to 6 million.', 5e6, 6e6, 'USD'],
    ['It costs £1.5m-£2m.', 1.5e6, 2e6, 'GBP'],
    ['Growth of 3%-4% is likely.', 3, 4, '%'],
    ['It will cost from $10 to $15 billion.', 1e10, 1.5e10, 'USD'],
    ['Fines range from $200,000 to $1 million.', 2e5, 1e6, 'USD'],
    ['The limit is between 15kHz and 17kHz.', 15, 17, 'kHz'],
    ['He drove at 15-22 miles per hour.', 15, 22, 'mile'],
    ['There are 1 to 2 thousand people.', 1000, 2000, 'people'],
    ['There are four thousand to five thousand people.', 4000, 5000, 'people'],
  ])('reads %s as a range', (text, value, valueMax, unit) => {
    expect(only(text)).toMatchObject({ value, valueMax, unit });
  });

  it('reads a score written with to as two figures', () => {
    const found = figures('She led him 56 percent to 32 percent.');
    expect(found.map((figure) => figure.value)).toEqual([56, 32]);
  });

  it('reads a falling span after from as a range', () => {
    expect(only('Growth will slow from 4.8 percent to 4.7 percent.')).toMatchObject({ value: 4.7, valueMax: 4.8 });
  });

  it('shares a unit across or', () => {
    const found = figures('Lunch costs eight or nine euros.');
    expect(found.map((figure) => [figure.value, figure.unit])).toEqual([
      [8, 'EUR'],
      [9, 'EUR'],
    ]);
  });

  it('shares a currency with the whole it is part of', () => {
    const found = figures('He has raised 280 million of the 1.5 billion shekels he needs.');
    expect(found.map((figure) => [figure.value, figure.unit, figure.change ?? null])).toEqual([
      [2.8e8, 'ILS', null],
      [1.5e9, 'ILS', null],
    ]);
  });

  it('reads vague plurals as an order of magnitude', () => {
    expect(only('It added tens of thousands of dollars.')).toMatchObject({ value: 1e4, valueMax: 1e5, unit: 'USD' });
    expect(only('Dozens of people were hurt.')).toMatchObject({ value: 12, valueMax: 120, unit: 'people' });
  });
});

describe('written numbers and fractions', () => {
  it.each([
    ['There were twenty-eight thousand six hundred forty-two students.', 28642, 'student'],
    ['She bought a dozen eggs.', 12, 'egg'],
    ['Seven bedrooms finish the plan.', 7, 'bedroom'],
    ['He was sentenced to three years in prison.', 3, 'year'],
    ['There were 4 hundred million people.', 4e8, 'people'],
    ['The case cost half a million dollars.', 5e5, 'USD'],
  ])('reads %s', (text, value, unit) => {
    expect(only(text)).toMatchObject({ value, unit });
  });

  it.each([
    ['Two-thirds of voters agreed.', 2 / 3],
    ['A third of those screened were obese.', 1 / 3],
    ['Half the condos have sold.', 0.5],
    ['The bill needs a two-thirds majority.', 2 / 3],
    ['One ounce is 1/16 of a pint.', 1 / 16],
  ])('reads the fraction in %s', (text, value) => {
    const fraction = figures(text).find((figure) => figure.value < 1);
    expect(fraction?.value).toBeCloseTo(value, 6);
  });

  it('reads multiples', () => {
    expect(only('Revenue grew more than sixfold.')).toMatchObject({ value: 6, unit: 'fold', qualifier: 'more-than' });
  });

  it('does not count the pronoun one', () => {
    expect(figures('Each one they lose hurts, and no one cares.')).toEqual([]);
  });

  it('counts one of a group', () => {
    expect(only('She met one of the students.')).toMatchObject({ value: 1, unit: 'student' });
    expect(only('It is one of the biggest challenges.')).toMatchObject({ value: 1, unit: 'challenge' });
  });

  it('leaves half-staff and the second half alone', () => {
    expect(figures('Flags flew at half-staff in the second half.')).toEqual([]);
  });
});

describe('counts with units', () => {
  it('reads the counted noun past names and modifiers, in the singular', () => {
    expect(only('Four U.S. soldiers were killed.')).toMatchObject({ value: 4, unit: 'soldier' });
    expect(only('The army sent 1,200 more troops.')).toMatchObject({ value: 1200, unit: 'troop' });
    expect(only('They surveyed seven European countries.')).toMatchObject({ value: 7, unit: 'country' });
  });

  it('reads the noun after an adjective', () => {
    expect(only('That gives 309 electoral votes.')).toMatchObject({ value: 309, unit: 'vote' });
    expect(only('They gave up 517 rushing yards.')).toMatchObject({ value: 517, unit: 'yard' });
    expect(only('Only 3 people died.')).toMatchObject({ value: 3, unit: 'people' });
  });

  it('reads units that only count when attached', () => {
    expect(figures('He is 6ft 2in tall.').map((figure) => figure.unit)).toEqual(['ft', 'inch']);
    expect(only('It has a 65W charger.')).toMatchObject({ value: 65, unit: 'W' });
    expect(only('It ran 2 in the morning.').unit).toBeNull();
  });

  it('reads 4K and 1080p as resolutions, not thousands or pence', () => {
    expect(figures('A 4K TV plays 1080p video.')).toEqual([]);
    expect(only('It costs $4K.')).toMatchObject({ value: 4000, unit: 'USD' });
  });

  it('reads generations and temperatures attached to the digits', () => {
    expect(only('Operators are building 5G networks.')).toMatchObject({ value: 5, unit: 'G' });
    expect(only('It was 30C in the shade.')).toMatchObject({ value: 30, unit: '°C' });
  });

  it('reads a vote tally as two counts of votes', () => {
    const found = figures('The Senate passed it by a 97-1 vote.');
    expect(found.map((figure) => [figure.value, figure.unit])).toEqual([
      [97, 'vote'],
      [1, 'vote'],
    ]);
  });

  it('reads measurement units attached and spaced', () => {
    expect(only('The phone has 256GB of storage.')).toMatchObject({ value: 256, unit: 'GB' });
    expect(only('Winds reached 155mph.')).toMatchObject({ value: 155, unit: 'mph' });
    expect(only('The office is 570 sq m.')).toMatchObject({ value: 570, unit: 'm2' });
    expect(only('The skeleton is 37m long.')).toMatchObject({ value: 37, unit: 'm' });
    expect(only('The company sold 12.3m tonnes.')).toMatchObject({ value: 12.3e6, unit: 'tonne' });
  });
});

describe('numbers that are not figures', () => {
  it.each([
    'The plan began in 2024 and ended in 2019.',
    'The meeting is on April 3.',
    'They met on 9 May.',
    'The history of the 22nd amendment is partisan.',
    'Tickets in Section 427 Row 21 are cheap.',
    'Backup goalie was hurt in Game 2 on Sunday.',
    'Call 555-123-4567 before 5:25 a.m. tomorrow.',
    'He lives at 575 Wilbraham Road.',
    'The 2014-15 Highlander was popular in the 1970s.',
    'Bristol beat Charlton 2-1 at home.',
    'The S&P 500 was flat.',
    'The Škoda 120 and the Citroën Ami 6 were cheap.',
    'It was a five-year plan.',
    'The Galaxy S23 and the ID.3 are new.',
    'They tested women aged 25 to 54.',
  ])('finds nothing in %s', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it.each([
    'Covid-19 patients filled the wards.',
    'The 9/11 attacks changed everything.',
    'See tweet 672138506081275904 for more.',
    'Agent 007 arrived.',
    'The show runs from 6AM to 9AM.',
    'The board approved a 2-for-1 stock split.',
    "She is the world's number one player.",
    'A one-time payment went to a three-time winner.',
    'The county has voted right since 1888.',
  ])('finds nothing in %s', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it('reads an article before a dollar sign as no currency prefix', () => {
    expect(only('Sanders wants a $15 minimum wage.')).toMatchObject({ value: 15, unit: 'USD' });
    expect(only('They asked for A $15 Minimum Wage.')).toMatchObject({ value: 15, unit: 'USD' });
  });

  it('keeps a four-digit count with a measurement unit', () => {
    expect(only('They walked 2000 miles.')).toMatchObject({ value: 2000, unit: 'mile' });
  });

  it('keeps money that looks like a year', () => {
    expect(only('The laptop is worth exactly $2000.')).toMatchObject({
      value: 2000,
      unit: 'USD',
      qualifier: 'exactly',
    });
  });
});

describe('periods', () => {
  it('resolves the first three months of this year against the publication date', () => {
    const figure = only('Allies pledged over €20 billion in the first three months of this year.');
    expect(figure).toMatchObject({ text: 'over €20 billion', period: '2025-Q1' });
  });

  it('reads throughout a year, since the start of this year, and this quarter', () => {
    expect(only('Aid reached €50 billion throughout 2024.').period).toBe('2024');
    expect(only('Since the start of this year, they gave $3 billion.').period).toBe('2025');
    expect(only('This quarter, profit was $5m.').period).toBe('2025-Q2');
  });

  it('gives each figure of a sentence its own period', () => {
    const [first, second] = figures('The €20 billion pledged this quarter adds to €50 billion given throughout 2024.');
    expect(first.period).toBe('2025-Q2');
    expect(second.period).toBe('2024');
  });

  it('prefers the finer of two nested periods', () => {
    expect(only('In the first three months of this year, allies pledged 20 billion euros for 2025.').period).toBe(
      '2025-Q1',
    );
  });

  it('leaves the period empty when the sentence names none', () => {
    expect(only('Allies pledged €20 billion.').period).toBeNull();
  });

  it('keeps explicit years without a publication date and drops relative ones', () => {
    expect(only('Sales grew 3% in 2019.', null).period).toBe('2019');
    expect(only('Sales grew 3% last year.', null).period).toBeNull();
  });

  it('does not count the months that name a period', () => {
    expect(figures('Sales fell in the first three months of 2025.')).toEqual([]);
  });
});

describe('offsets and evidence', () => {
  it('indexes into the original text and gives the sentence as evidence', () => {
    const text = 'First line.\n\nSecond: aid of $5 million arrived. Then more.';
    const [figure] = figures(text);
    expect(text.slice(figure.start, figure.end)).toBe('$5 million');
    expect(text.slice(figure.sentence.start, figure.sentence.end)).toBe('Second: aid of $5 million arrived.');
    expect(figure.article).toBe('art-1');
  });

  it('can leave out numbers with no unit', () => {
    const text = 'He was 10 when he won $5.';
    expect(extractFigures(text, layout(text), null, 'a', [], { unitless: false }).map((f) => f.text)).toEqual(['$5']);
    expect(extractFigures(text, layout(text), null, 'a', []).map((f) => f.text)).toEqual(['10', '$5']);
  });
});

describe('periods of figures in an undated article', () => {
  it('does not give a figure tied to an unresolved "this quarter" the year of another figure', () => {
    const text = 'The €3 billion pledged this quarter adds to the roughly €9 billion given throughout 2023.';
    const figures = extractFigures(text, layout(text), null, 'a');
    expect(figures.map((f) => [f.text, f.period])).toEqual([
      ['€3 billion', null],
      ['roughly €9 billion', '2023'],
    ]);
  });
});

describe('ages and bare vote tallies', () => {
  const read = (text: string) =>
    extractFigures(text, layout(text), '2014-06-13', 'a').map((f) => [f.text, f.value, f.unit]);

  it('reads an age in apposition, stated, or as "N-year-old" as years (a claim outlets often differ on)', () => {
    expect(read('Jamie Armstrong, 25, said so.')).toEqual([['25', 25, 'year']]);
    expect(read('Sola, 46, is married to a painter.')).toEqual([['46', 46, 'year']]);
    expect(read('Brandt, who is 52, said he would run.')).toEqual([['52', 52, 'year']]);
    expect(read('A 61-year-old ferry captain was hurt.')).toEqual([['61-year-old', 61, 'year']]);
  });

  it('does not read a date after a month name as an age', () => {
    expect(read('On June 19, the council met.').filter(([, , unit]) => unit === 'year')).toEqual([]);
  });

  it('reads a tally after a vote verb as votes', () => {
    expect(read('The council voted 7-2 on the plan.')).toEqual([
      ['7', 7, 'vote'],
      ['2', 2, 'vote'],
    ]);
  });

  it('reads a 200 kB one-sentence text with 14,000 figures in linear time, each as it reads alone', () => {
    const clause =
      'Sola, 46, aged 30, weighs 5 pounds, in 1850, between 5 and 6 tonnes, from 7 to 8 percent, voted 7-2, and ';
    const alone = read(`The board met and ${clause}left.`);
    expect(alone).toEqual([
      ['46', 46, 'year'],
      ['30', 30, 'year'],
      ['5 pounds', 5, 'pound'],
      ['5 and 6 tonnes', 5, 'tonne'],
      ['7 to 8 percent', 7, '%'],
      ['7', 7, 'vote'],
      ['2', 2, 'vote'],
    ]);
    const long = `The board met and ${clause.repeat(2000)}left.`;
    expect(layout(long).sentences).toHaveLength(1);
    expect(read(long)).toEqual(Array.from({ length: 2000 }, () => alone).flat());
  });
});
