import * as chrono from 'chrono-node';

/** Years a news page's date may plausibly have; anything else is a parsing accident. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/** How far into the main text a dateline may sit. */
const DATELINE_CHARS = 400;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z)?$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function validDay(year: number, month: number, day: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function zone(raw: string | undefined): string {
  if (!raw) return '';
  if (raw.toUpperCase() === 'Z') return 'Z';
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw);
  if (!match) return '';
  const offset = `${match[1]}${match[2]}:${match[3] ?? '00'}`;
  return offset === '+00:00' || offset === '-00:00' ? 'Z' : offset;
}

function fromParts(parts: (string | undefined)[]): string | null {
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (!validDay(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (parts[4] === undefined) return date;
  return `${date}T${parts[4]}:${parts[5]}:${parts[6] ?? '00'}${zone(parts[7])}`;
}

/** A date written by a machine or a person, as ISO 8601 (`2019-11-19` or `2019-11-19T05:44:00Z`), or null. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const iso = ISO.exec(trimmed) ?? COMPACT.exec(trimmed);
  if (iso) return fromParts(iso);
  if (/^\d{10}(\d{3})?$/.test(trimmed)) {
    // Unix time in seconds or milliseconds.
    const ms = trimmed.length === 13 ? Number(trimmed) : Number(trimmed) * 1000;
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return humanDate(trimmed);
}

/** The first full date (with a year) written in words in a text, e.g. "Nov. 19, 2019" or "19 November 2019 10:32 GMT". */
export function humanDate(text: string): string | null {
  for (const result of chrono.strict.parse(text)) {
    const start = result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const year = start.get('year')!;
    const month = start.get('month')!;
    const day = start.get('day')!;
    if (!validDay(year, month, day)) continue;
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (!start.isCertain('hour')) return date;
    const offset = start.isCertain('timezoneOffset') ? start.get('timezoneOffset') : null;
    let suffix = '';
    if (offset !== null && offset !== undefined) {
      const sign = offset < 0 ? '-' : '+';
      const abs = Math.abs(offset);
      suffix = offset === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    }
    return `${date}T${pad(start.get('hour')!)}:${pad(start.get('minute') ?? 0)}:${pad(start.get('second') ?? 0)}${suffix}`;
  }
  return null;
}

const URL_DATES = [
  /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?:\/|$)/,
  /[/_-]((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/,
  /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\/|$)/,
];

/** The date in a URL's path (`/2019/11/19/`, `/2019-11-19-`, `/20191119/`), or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  for (const pattern of URL_DATES) {
    const match = pattern.exec(path);
    if (!match) continue;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (validDay(year, month, day)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  return null;
}

/** A date in the article's opening (a dateline such as "WASHINGTON, Nov. 19, 2019 (AP) —"), or null. */
export function datelineDate(text: string): string | null {
  const opening = text.slice(0, DATELINE_CHARS);
  const firstLine = opening.split('\n')[0];
  return humanDate(firstLine) ?? humanDate(opening);
}
