import type { Span } from './span.js';

/** A quote (direct) or reported speech (`direct: false`), with its attributed speaker. */
export interface Quote {
  article: string;
  text: string;
  start: number;
  end: number;
  /** The resolved full name of the speaker, or null when the text does not say. */
  speaker: string | null;
  /** The mention in the text that attributes the quote. */
  speakerStart: number | null;
  speakerEnd: number | null;
  direct: boolean;
  /** The sentence (or sentences) holding the quote: the evidence shown to a person. */
  sentence: Span;
  /** The attribution verb, e.g. `said`, `noted`, `according to`. */
  cue?: string | null;
}

export type FigureKind = 'money' | 'percent' | 'quantity';

/** How the text bounds the value: `over €20 billion` and `more than EUR 20 billion` are both `more-than`. */
export type Qualifier = 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'about' | 'nearly' | 'exactly';

export interface Figure {
  article: string;
  /** The figure as written, e.g. `over €20 billion`. */
  text: string;
  start: number;
  end: number;
  /** The normalised value: `€20 billion` is 20000000000. For a range, its low end. */
  value: number;
  /** The high end of a range (`10 to 12 percent`), else absent. */
  valueMax?: number;
  /** ISO 4217 code for money, `%` for percent, `pp` for percentage points, or the unit word (singular) for counts. */
  unit: string | null;
  kind: FigureKind;
  qualifier: Qualifier | null;
  /** The period the figure is about, where the sentence says so: `2025`, `2025-Q1`, `2025-03`, `2025-04-03`. */
  period: string | null;
  sentence: Span;
  /** The direction of a change the text reports (`fell 3%` is `down`, value 3), where it says so. */
  change?: 'up' | 'down' | null;
}

/** A date the text mentions, resolved against the article's publication date. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** ISO date, `YYYY-MM-DD`, or a coarser `YYYY-MM` / `YYYY` / `YYYY-Qn`. */
  value: string;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** One named thing and every mention of it in an article (`NATO Secretary General Mark Rutte`, `Rutte`, `he`). */
export interface Entity {
  id: number;
  /** The fullest name the article gives. */
  name: string;
  type: EntityType;
  mentions: Span[];
}

/** Everything extracted from one article. */
export interface ArticleClaims {
  article: string;
  quotes: Quote[];
  figures: Figure[];
  dates: DateMention[];
  entities: Entity[];
  /**
   * The kinds of claim the article had more of than one article keeps (`MAX_CLAIMS_PER_KIND` in claims/index.ts):
   * those kept are the first in the text. Absent when nothing was left out; not stored.
   */
  capped?: Array<'quotes' | 'figures'>;
}

/** The claims that reconciling a story compares across its articles: quotes and figures. */
export type StatedClaims = Pick<ArticleClaims, 'article' | 'quotes' | 'figures'>;
