import type { Article } from '../records/article.js';
import type { Quote } from '../records/claim.js';
import type { ClaimRef } from '../records/finding.js';
import { appendTo } from '../text/lists.js';
import { contentStemSet } from './content-words.js';
import { ArticleMemo } from './echoes.js';
import { speakersMayMatch } from './speaker-key.js';
import { sameWord, withoutGaps, wording } from './wording.js';

/** Words a quoted span may run to: longer stretches between marks are more likely stray or unbalanced marks. */
const MAX_QUOTED_CHARS = 400;
/** Text between a pair of quotation marks, curly or straight, within one paragraph. */
const QUOTED = new RegExp(`[“"]([^“”"\\n]{1,${MAX_QUOTED_CHARS}})[”"]`, 'g');

interface QuotedSpan {
  start: number;
  end: number;
  words: string[];
  /** The speaker the extractor gave a direct quote at this place, if any. */
  speaker: string | null;
  attributed: boolean;
}

function quotedSpans(article: Article, quotes: Quote[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const direct = quotes.filter((q) => q.direct);
  for (const match of article.text.matchAll(QUOTED)) {
    const start = match.index + 1;
    const end = start + match[1].length;
    const words = withoutGaps(wording(match[1]).words);
    if (words.length === 0 || contentStemSet(match[1]).size === 0) continue;
    const quote = direct.find((q) => q.start < end && q.end > start);
    out.push({ start, end, words, speaker: quote?.speaker ?? null, attributed: quote !== undefined });
  }
  return out;
}

interface SpanIndex {
  spans: QuotedSpan[];
  /** Spans by each word they hold, and by their first word: a quote's words meet only the spans they could match. */
  byWord: Map<string, number[]>;
  byFirst: Map<string, number[]>;
}

function indexSpans(spans: QuotedSpan[]): SpanIndex {
  const byWord = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  spans.forEach((span, at) => {
    for (const word of new Set(span.words)) appendTo(byWord, word, at);
    appendTo(byFirst, span.words[0], at);
  });
  return { spans, byWord, byFirst };
}

/** Whether `inner` stands word for word, as one run, in `outer`. */
function containsRun(outer: string[], inner: string[]): boolean {
  scan: for (let at = 0; at + inner.length <= outer.length; at++) {
    for (let k = 0; k < inner.length; k++) if (!sameWord(outer[at + k], inner[k])) continue scan;
    return true;
  }
  return false;
}

/**
 * Finds a quote's words between quotation marks in other articles where the quote extractor found no quote, or one
 * whose speaker may be the same: a word or phrase two outlets both mark as quoted (`called it "reckless"`) is the
 * same quote, however short, while the same words attributed to someone else are not.
 *
 * A class rather than a closure over the story, as `EchoFinder` is: V8 keeps a method's compiled code.
 */
export class QuotedEchoFinder {
  private readonly indexed: ArticleMemo<SpanIndex>;

  constructor(
    private readonly articles: Article[],
    quotesByArticle: Map<string, Quote[]>,
  ) {
    this.indexed = new ArticleMemo((article) =>
      indexSpans(quotedSpans(article, quotesByArticle.get(article.id) ?? [])),
    );
  }

  find(pieces: string[][], speaker: string | null, exclude: Set<string>): ClaimRef[] {
    const claims: ClaimRef[] = [];
    const wanted: string[][] = [];
    for (const piece of pieces) if (piece.length > 0) wanted.push(piece);
    if (wanted.length === 0) return claims;
    for (const article of this.articles) {
      if (exclude.has(article.id)) continue;
      const index = this.indexed.get(article);
      let found: QuotedSpan | null = null;
      for (const piece of wanted) {
        found = matchingSpan(index, piece, speaker);
        if (found) break;
      }
      if (found) {
        claims.push({
          article: article.id,
          text: article.text.slice(found.start, found.end),
          start: found.start,
          end: found.end,
        });
      }
    }
    return claims;
  }
}

/** The first span, in text order, inside `piece` or holding it, that `speaker` may have said. */
function matchingSpan(index: SpanIndex, piece: string[], speaker: string | null): QuotedSpan | null {
  // A span inside the piece starts with one of its words; a span holding the piece has the piece's first word.
  const candidates = new Set<number>();
  for (const word of piece) for (const at of index.byFirst.get(word) ?? []) candidates.add(at);
  for (const at of index.byWord.get(piece[0]) ?? []) candidates.add(at);
  for (const at of [...candidates].sort(ascending)) {
    const span = index.spans[at];
    if (
      (!span.attributed || speakersMayMatch(span.speaker, speaker)) &&
      (containsRun(piece, span.words) || containsRun(span.words, piece))
    )
      return span;
  }
  return null;
}

function ascending(x: number, y: number): number {
  return x - y;
}
