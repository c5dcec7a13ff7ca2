/** Credit names normalised so that `AP`, `The Associated Press` and `Associated Press` are one original. */

/** Other names of the same source, as data. Keys and values are already normalised. */
export const CREDIT_ALIASES: Readonly<Record<string, string>> = {
  ap: 'associated press',
  'the associated press': 'associated press',
  afp: 'agence france presse',
  'agence france-presse': 'agence france presse',
  'reuters news agency': 'reuters',
  'thomson reuters': 'reuters',
  upi: 'united press international',
  dpa: 'deutsche presse agentur',
  'deutsche presse-agentur': 'deutsche presse agentur',
  efe: 'agencia efe',
  ansa: 'agenzia ansa',
  bloomberg: 'bloomberg news',
  cnn: 'cnn',
  bbc: 'bbc news',
  nyt: 'new york times',
  'the new york times': 'new york times',
  'ny times': 'new york times',
  'the washington post': 'washington post',
  wapo: 'washington post',
};

export function normaliseCredit(name: string): string {
  const plain = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const aliased = CREDIT_ALIASES[plain] ?? plain;
  const withoutThe = aliased.startsWith('the ') ? aliased.slice(4) : aliased;
  return CREDIT_ALIASES[withoutThe] ?? withoutThe;
}
