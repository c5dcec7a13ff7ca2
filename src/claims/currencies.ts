/** Currencies as news text writes them: symbols, ISO 4217 codes and English names, mapped to ISO codes. */

/** Symbols and prefixed symbols written before an amount (`US$`, `HK $`, `$US`, `Y=` for a yen sign lost in ASCII). */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  'u.s.$': 'USD',
  $us: 'USD',
  c$: 'CAD',
  ca$: 'CAD',
  can$: 'CAD',
  $c: 'CAD',
  $ca: 'CAD',
  a$: 'AUD',
  au$: 'AUD',
  $a: 'AUD',
  $au: 'AUD',
  hk$: 'HKD',
  $hk: 'HKD',
  nz$: 'NZD',
  $nz: 'NZD',
  s$: 'SGD',
  sg$: 'SGD',
  nt$: 'TWD',
  r$: 'BRL',
  mx$: 'MXN',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  'y=': 'JPY',
  '₹': 'INR',
  '₽': 'RUB',
  '₴': 'UAH',
  '₩': 'KRW',
  '₺': 'TRY',
  '₪': 'ILS',
  '₦': 'NGN',
  '₱': 'PHP',
  '฿': 'THB',
  '₫': 'VND',
  rm: 'MYR',
  rs: 'INR',
  ksh: 'KES',
  'rs.': 'INR',
};

/** ISO 4217 codes common in news; `RMB` is written for the yuan. */
export const CURRENCY_CODES: Record<string, string> = Object.fromEntries(
  [
    'USD EUR GBP JPY CNY CHF CAD AUD NZD HKD SGD INR RUB UAH PLN SEK NOK DKK CZK HUF RON BGN TRY ILS ZAR BRL MXN',
    'ARS CLP COP PEN KRW TWD THB MYR IDR PHP VND SAR AED QAR KWD EGP NGN KES PKR BDT GEL KZT BYN RSD ISK MAD',
  ]
    .join(' ')
    .split(' ')
    .map((code) => [code, code] as [string, string])
    .concat([['RMB', 'CNY']]),
);

/**
 * Currency names written after an amount, lower case, singular and plural. A qualified name
 * (`hong kong dollars`) wins over the bare one (`dollars`) because the matcher tries longer names first.
 */
export const CURRENCY_NAMES: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  'us dollar': 'USD',
  'us dollars': 'USD',
  'u.s. dollar': 'USD',
  'u.s. dollars': 'USD',
  'american dollars': 'USD',
  'canadian dollar': 'CAD',
  'canadian dollars': 'CAD',
  'australian dollar': 'AUD',
  'australian dollars': 'AUD',
  'new zealand dollar': 'NZD',
  'new zealand dollars': 'NZD',
  'hong kong dollar': 'HKD',
  'hong kong dollars': 'HKD',
  'singapore dollar': 'SGD',
  'singapore dollars': 'SGD',
  'taiwan dollars': 'TWD',
  'new taiwan dollars': 'TWD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  'pound sterling': 'GBP',
  'pounds sterling': 'GBP',
  sterling: 'GBP',
  'egyptian pounds': 'EGP',
  yen: 'JPY',
  'japanese yen': 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  'chinese yuan': 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  'indian rupees': 'INR',
  'pakistani rupees': 'PKR',
  ruble: 'RUB',
  rubles: 'RUB',
  rouble: 'RUB',
  roubles: 'RUB',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  hryvnas: 'UAH',
  'swiss francs': 'CHF',
  'swiss franc': 'CHF',
  franc: 'CHF',
  francs: 'CHF',
  'cfa francs': 'XOF',
  zloty: 'PLN',
  zlotys: 'PLN',
  zlotych: 'PLN',
  krona: 'SEK',
  kronor: 'SEK',
  'swedish kronor': 'SEK',
  'swedish crowns': 'SEK',
  krone: 'NOK',
  kroner: 'NOK',
  'norwegian kroner': 'NOK',
  'danish kroner': 'DKK',
  koruna: 'CZK',
  korunas: 'CZK',
  crowns: 'CZK',
  forint: 'HUF',
  forints: 'HUF',
  lei: 'RON',
  leu: 'RON',
  lev: 'BGN',
  leva: 'BGN',
  lira: 'TRY',
  liras: 'TRY',
  'turkish lira': 'TRY',
  shekel: 'ILS',
  shekels: 'ILS',
  'new shekels': 'ILS',
  rand: 'ZAR',
  reais: 'BRL',
  'brazilian reais': 'BRL',
  'brazilian real': 'BRL',
  peso: 'MXN',
  pesos: 'MXN',
  'mexican pesos': 'MXN',
  'argentine pesos': 'ARS',
  'philippine pesos': 'PHP',
  'south korean won': 'KRW',
  'korean won': 'KRW',
  baht: 'THB',
  ringgit: 'MYR',
  rupiah: 'IDR',
  dirham: 'AED',
  dirhams: 'AED',
  riyal: 'SAR',
  riyals: 'SAR',
  'qatari riyals': 'QAR',
  naira: 'NGN',
  'kenyan shillings': 'KES',
  shillings: 'KES',
  taka: 'BDT',
  lari: 'GEL',
  tenge: 'KZT',
  dinar: 'RSD',
  dinars: 'RSD',
  'kuwaiti dinars': 'KWD',
  bitcoin: 'XBT',
  bitcoins: 'XBT',
};

/** Names that are also common words (`won`, `real`, `dong`), read as currencies only after a scale: `5 trillion won`. */
export const SCALED_CURRENCY_NAMES: Record<string, string> = {
  won: 'KRW',
  real: 'BRL',
  dong: 'VND',
  kwacha: 'ZMW',
  cedis: 'GHS',
};

/** Hundredth parts: `84.75 cents` is 0.8475 of the main unit. */
export const MINOR_UNITS: Record<string, string> = {
  cent: 'USD',
  cents: 'USD',
  'euro cents': 'EUR',
  'euro cent': 'EUR',
  pence: 'GBP',
  penny: 'GBP',
  p: 'GBP',
  sen: 'MYR',
  kopecks: 'RUB',
  kopeks: 'RUB',
  paise: 'INR',
};

export function currencyOfSymbol(symbol: string): string | undefined {
  return CURRENCY_SYMBOLS[symbol.toLowerCase().replace(/\s+/g, '')];
}

export function currencyOfName(name: string): string | undefined {
  return CURRENCY_NAMES[name.toLowerCase().replace(/\s+/g, ' ')];
}

export function currencyOfCode(code: string): string | undefined {
  return CURRENCY_CODES[code.toUpperCase()];
}

/** For a regex alternation: names longest first so `hong kong dollars` is preferred over `dollars`. */
export function namesLongestFirst(table: Record<string, string>): string[] {
  return Object.keys(table).sort((a, b) => b.length - a.length);
}
