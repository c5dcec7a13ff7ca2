import { franc } from 'franc-min';

/** ISO 639-3 codes franc-min can return, mapped to ISO 639-1 where one exists. */
const ISO_639_1: ReadonlyMap<string, string> = new Map(
  Object.entries({
    arb: 'ar',
    azj: 'az',
    bel: 'be',
    ben: 'bn',
    bos: 'bs',
    bul: 'bg',
    ces: 'cs',
    cmn: 'zh',
    deu: 'de',
    ell: 'el',
    eng: 'en',
    fra: 'fr',
    guj: 'gu',
    hau: 'ha',
    hin: 'hi',
    hrv: 'hr',
    hun: 'hu',
    ibo: 'ig',
    ind: 'id',
    ita: 'it',
    jav: 'jv',
    jpn: 'ja',
    kan: 'kn',
    kaz: 'kk',
    kin: 'rw',
    kor: 'ko',
    lin: 'ln',
    mal: 'ml',
    mar: 'mr',
    mya: 'my',
    nld: 'nl',
    npi: 'ne',
    nya: 'ny',
    pan: 'pa',
    pbu: 'ps',
    pes: 'fa',
    plt: 'mg',
    pol: 'pl',
    por: 'pt',
    ron: 'ro',
    run: 'rn',
    rus: 'ru',
    sin: 'si',
    som: 'so',
    spa: 'es',
    srp: 'sr',
    sun: 'su',
    swe: 'sv',
    swh: 'sw',
    tam: 'ta',
    tel: 'te',
    tgl: 'tl',
    tha: 'th',
    tur: 'tr',
    ukr: 'uk',
    urd: 'ur',
    uzn: 'uz',
    vie: 'vi',
    yor: 'yo',
    zlm: 'ms',
    zul: 'zu',
    amh: 'am',
  }),
);

/** Shortest text worth guessing the language of; shorter guesses are noise. */
const MIN_DETECT_CHARS = 40;
/** How much text the detector reads: enough to be sure, little enough to stay fast. */
const DETECT_CHARS = 1000;

/**
 * A declared language tag (`en-US`, `en_GB`, `pt-br`, `English`) as a lower-case ISO 639-1 code where it has one,
 * else the primary subtag as given; null for an empty or unusable tag.
 */
export function normaliseLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag
    .trim()
    .toLowerCase()
    .split(/[-_\s,;]/)[0];
  if (!/^[a-z]{2,3}$/.test(primary)) {
    const byName: Record<string, string> = { english: 'en', french: 'fr', german: 'de', spanish: 'es' };
    return byName[primary] ?? null;
  }
  if (primary.length === 3) return ISO_639_1.get(primary) ?? primary;
  return primary;
}

/** The language of a text, detected by its trigrams (ISO 639-1 where one exists), or null when unsure. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, DETECT_CHARS);
  if (sample.replace(/\s+/g, '').length < MIN_DETECT_CHARS) return null;
  const code = franc(sample, { minLength: MIN_DETECT_CHARS });
  if (code === 'und') return null;
  return ISO_639_1.get(code) ?? code;
}
