/**
 * Figures in an article: money, percentages and counts, with the qualifier, the normalised value and unit, and the
 * period the sentence ties them to.
 */
import type { DateMention, Figure } from '../records/claim.js';
import type { Span } from '../records/span.js';
import type { Layout } from '../text/layout.js';
import { allMatches } from '../text/matches.js';
import { scanAges } from './ages.js';
import { extractDates } from './dates.js';
import { mayHoldFigures, type ScannedFigure, scanFigures } from './figure-scan.js';
import { assignPeriods } from './period.js';

export interface FigureOptions {
  /** Keep numbers with no unit (`he was 10`, `to 1,478`). They count in NewsQuant, but say little on their own. */
  unitless?: boolean;
  /** Stop once this many figures are found: the first ones, in text order, are kept. */
  limit?: number;
}

/**
 * Every figure in `text`, sentence by sentence, in text order. `dates` are the article's date mentions when the
 * caller already has them (from `extractDates`); otherwise they are read here for the periods.
 */
export function extractFigures(
  text: string,
  layout: Layout,
  published: string | null,
  articleId: string,
  dates?: DateMention[],
  options: FigureOptions = {},
): Figure[] {
  const keepUnitless = options.unitless ?? true;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const out: Figure[] = [];
  let mentions: DateMention[] | undefined = dates;
  let cursor = 0;
  for (const sentence of layout.sentences) {
    if (out.length >= limit) break;
    const part = text.slice(sentence.start, sentence.end);
    // Without a digit or a number word there is no figure, nor an age (ages have digits): one test skips both scans.
    if (!mayHoldFigures(part)) continue;
    const scanned = withAges(scanFigures(part, true), part);
    if (scanned.length === 0) continue;
    mentions ??= extractDates(text, layout, published);
    while (cursor < mentions.length && mentions[cursor].end <= sentence.start) cursor++;
    let last = cursor;
    while (last < mentions.length && mentions[last].start < sentence.end) last++;
    const inSentence = mentions.slice(cursor, last);
    const figures: Figure[] = [];
    for (const found of scanned) {
      if (out.length + figures.length >= limit) break;
      if (!keepUnitless && found.unit === null) continue;
      const start = sentence.start + found.start;
      const end = sentence.start + found.end;
      // `three months` in `the first three months of this year` is part of a period, not a count.
      if (found.kind === 'quantity' && inSentence.some((date) => date.start <= start && end <= date.end)) continue;
      const figure: Figure = {
        article: articleId,
        text: text.slice(start, end),
        start,
        end,
        value: found.value,
        unit: found.unit,
        kind: found.kind,
        qualifier: found.qualifier,
        period: null,
        sentence: { start: sentence.start, end: sentence.end },
      };
      if (found.valueMax !== undefined) figure.valueMax = found.valueMax;
      if (found.change) figure.change = found.change;
      figures.push(figure);
    }
    const periods = assignPeriods(figures, [...inSentence, ...unresolvedPeriods(text, sentence, inSentence)]);
    figures.forEach((figure, i) => {
      figure.period = periods[i] || null;
      out.push(figure);
    });
  }
  return out;
}

/** Relative periods (`this quarter`, `last year`) left unresolved, as when an article has no publication date. */
const RELATIVE_PERIOD =
  /\b(?:this|last|next|the current|the past|the previous)\s+(?:quarter|year|month|week|spring|summer|autumn|fall|winter)\b/gi;

/**
 * A period phrase the dates could not resolve still belongs to the figure beside it: it is given to that figure as an
 * empty period, so the figure does not take another figure's year (`€20 billion this quarter adds to €50 billion in 2024`).
 */
function unresolvedPeriods(text: string, sentence: Span, resolved: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  const part = text.slice(sentence.start, sentence.end);
  for (const match of allMatches(RELATIVE_PERIOD, part)) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    if (resolved.some((date) => date.start < end && start < date.end)) continue;
    out.push({ start, end, text: match[0], value: '' });
  }
  return out;
}

/** Ages read as years; an age the scanner saw as a bare number (or `46-year-old`) is replaced by it. */
function withAges(scanned: ScannedFigure[], sentence: string): ScannedFigure[] {
  const normalised = scanned.map((found) => (found.unit === 'year-old' ? { ...found, unit: 'year' } : found));
  const ages = scanAges(sentence);
  if (ages.length === 0) return normalised;
  const kept = normalised.filter(
    (found) => !ages.some((age) => found.unit === null && found.start < age.end && age.start < found.end),
  );
  const fresh = ages.filter((age) => !kept.some((found) => found.start < age.end && age.start < found.end));
  return [...kept, ...fresh].sort((a, b) => a.start - b.start);
}
