/** Periods chrono does not read: quarters, halves, the first months of a year, bare years. */

/** Anything date-like at all: sentences without a hit are never parsed. */
export const DATE_HINT =
  /\b(?:(?:19|20)\d{2}|Q[1-4]|H[12]|quarter|half|months|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|tonight|week|month|year|ago|weekend)\b/;

/** Hints that only chrono reads (days, months, weekdays, relative words); bare years and quarters do not need it. */
export const CHRONO_HINT =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Pp]revious|[Cc]oming)\s+(?:week|weekend|month|year)|ago)\b/g;

const ORDINAL = '(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)';
const YEAR_REF =
  '(?:(?:of\\s+)?(?:(?:fiscal|financial|FY)\\s*)?(?<year>(?:19|20)\\d{2})|(?:of\\s+)?(?<rel>this|last|next|the\\s+current|the\\s+previous|the\\s+past|the\\s+same)\\s+year|of\\s+the\\s+year)';

/** `Q1 2025`, `the first quarter of this year`, `fourth-quarter`, `2025 Q3`. */
export const QUARTER = new RegExp(
  [
    `\\b(?:the\\s+)?${ORDINAL}[\\s-]quarter(?:\\s+${YEAR_REF})?`,
    `\\bQ(?<q>[1-4])(?:\\s*(?:of\\s+)?(?<qyear>(?:19|20)\\d{2}|'\\d{2}))?`,
    `\\b(?<yq>(?:19|20)\\d{2})\\s*Q(?<q2>[1-4])\\b`,
  ].join('|'),
  'gi',
);

/** `the first three months of this year` (a quarter), `the first six months of 2024` and `the first half` (a half). */
export const FIRST_MONTHS = new RegExp(
  `\\b(?:the\\s+)?first\\s+(?<n>three|six|3|6)\\s+months(?:\\s+${YEAR_REF})?`,
  'gi',
);
export const HALF = new RegExp(`\\b(?:the\\s+)?(?<h>first|second)[\\s-]half(?:\\s+${YEAR_REF})?`, 'gi');

/** An ISO date written in the text: `2025-04-02`, `2025-04-02T10:38:07Z`. */
export const ISO_DATE = /\b(?<y>(?:19|20)\d{2})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])(?!\d)/g;

/** `this quarter`, `last quarter`, `next quarter`. */
export const RELATIVE_QUARTER = /\b(?<rel>this|last|next|the\s+current|the\s+previous|the\s+past)\s+quarter\b/gi;

/** `so far this year`, `year to date`, `since the start of the year`: the current year. */
export const YEAR_TO_DATE =
  /\b(?:year[\s-]to[\s-]date|so\s+far\s+this\s+year|since\s+the\s+(?:start|beginning)\s+of\s+(?:this|the)\s+year)\b/gi;

/** A bare year in a date position: not money (`$2000`), not part of a longer number, not a decade (`1970s`). */
export const YEAR = /(?<![\p{L}\d$€£.,\-–])(?<y>(?:19|20)\d{2})(?![\d,.]\d|['’′]?s\b|\s?(?:%|per\s?cent|percent))/gu;
