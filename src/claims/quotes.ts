import type { Entity, Quote } from '../records/claim.js';
import type { Span } from '../records/span.js';
import type { Layout } from '../text/layout.js';
import { mentionTable } from '../text/mentions.js';
import { insideQuotes, type QuotedSpan, quotedSpans } from './quote-marks.js';
import { speechVerbs } from './quote-verbs.js';
import { reportedSpeech } from './reported-speech.js';
import { type Attribution, attributionAfter, attributionBefore, type SpeakerContext } from './speakers.js';

/** A quote of this many words or fewer with no attribution in its sentence is a title or scare quote, not speech. */
const MIN_UNATTRIBUTED_WORDS = 5;
/** How many paragraphs back an unattributed quote may take the speaker of an earlier attribution. */
const INHERIT_PARAGRAPHS = 1;
/** A line after a quote paragraph no longer than this may sign it with the speaker's name. */
const SIGNATURE_MAX_CHARS = 120;

/** Index of the span in sorted `spans` that contains `at` (or the last one starting before it). */
function spanIndex(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= at) lo = mid + 1;
    else hi = mid - 1;
  }
  return Math.max(0, hi);
}

const countWords = (text: string, span: Span): number => {
  let n = 0;
  for (const _ of text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) n++;
  return n;
};

interface Piece {
  q: QuotedSpan;
  paragraph: number;
  att: Attribution | null;
  /** Attribution borrowed from a neighbouring piece or an earlier attribution. */
  inherited: boolean;
}

/** The attribution that a quote interrupted by it shares with its second half: `“A,” he said, “B.”` */
function bridges(text: string, prev: Piece, next: Piece): boolean {
  if (prev.paragraph !== next.paragraph || prev.q.close < 0 || !prev.att) return false;
  const gap = text.slice(prev.att.end, next.q.open);
  return /^[\s,:;.—–-]*$/.test(gap) || /^\s*(?:and|before|adding|then)\b[^.!?]{0,40}[,:]\s*$/i.test(gap);
}

/** The sentence spans that a quote and its attribution touch, merged into one evidence span. */
function evidence(layout: Layout, from: number, to: number): Span {
  const s = layout.sentences;
  if (s.length === 0) return { start: from, end: to };
  const a = s[spanIndex(s, from)];
  const b = s[spanIndex(s, Math.max(from, to - 1))];
  return { start: Math.min(a.start, from), end: Math.max(b.end, to) };
}

function attributionFor(ctx: SpeakerContext, layout: Layout, piece: Piece, pieces: Piece[], k: number): void {
  const { q } = piece;
  const text = ctx.text;
  const para = layout.paragraphs[piece.paragraph];
  const sentence = layout.sentences[spanIndex(layout.sentences, q.open)];
  const sentenceStart = Math.max(para.start, sentence ? sentence.start : para.start);
  if (q.close >= 0) {
    const ended = text[q.end - 1] === '.';
    const lastChar = text[q.end - 1];
    piece.att = attributionAfter(ctx, q.close + 1, para.end, ended, sentenceStart, q.open, lastChar);
  }
  if (piece.att) return;
  const previous = pieces[k - 1];
  // `“A,” he said of X, “B.”`: the second half shares the attribution that interrupts it.
  if (previous && bridges(text, previous, piece)) {
    piece.att = previous.att;
    piece.inherited = true;
    return;
  }
  let floor = sentenceStart;
  if (previous && previous.paragraph === piece.paragraph && previous.q.close >= floor) floor = previous.q.close + 1;
  if (floor < q.open) piece.att = attributionBefore(ctx, floor, q.open);
  if (piece.att) return;
  // `"..." for the victory, Sanders said.`: an attribution closing the quote's sentence.
  const sentenceEnd = sentence ? Math.min(sentence.end, para.end) : para.end;
  if (q.close >= 0 && q.close < sentenceEnd) {
    const comma = text.lastIndexOf(',', sentenceEnd);
    if (comma > q.close && !ctx.quoted(comma)) {
      const att = attributionAfter(ctx, comma, sentenceEnd);
      if (att && att.end >= sentenceEnd - 2) {
        piece.att = att;
        return;
      }
    }
  }
  // A quote paragraph signed by a short line after it: "Dean Baker, Center for Economic and Policy Research".
  const next = layout.paragraphs[piece.paragraph + 1];
  if (q.open === para.start && q.close >= para.end - 2 && next && next.end - next.start <= SIGNATURE_MAX_CHARS) {
    const signature = text.slice(next.start, next.end);
    if (
      /^[—–-]?\s*\p{Lu}[\p{L}.’'-]+(?:\s+\p{Lu}[\p{L}.’'-]+)+\s*(?:,|$)/u.test(signature) &&
      !/[.!?”"]$/.test(signature)
    ) {
      const m = ctx.mentions.find((x) => x.start >= next.start && x.end <= next.end);
      if (m) {
        const e = ctx.entities[m.entity];
        piece.att = { speaker: e?.name ?? null, speakerStart: m.start, speakerEnd: m.end, cue: null, end: next.end };
        return;
      }
    }
  }
  // "Cruz continued:" closing the previous paragraph introduces a quote paragraph.
  if (q.open === para.start && piece.paragraph > 0) {
    const before = layout.paragraphs[piece.paragraph - 1];
    if (/:\s*$/.test(text.slice(before.start, before.end))) {
      const last = layout.sentences[spanIndex(layout.sentences, before.end - 1)];
      piece.att = attributionBefore(ctx, Math.max(before.start, last.start), before.end);
    }
  }
}

/**
 * Direct quotes (every mark style, nested, interrupted, partial, over paragraphs) and reported speech, each with
 * its speaker, sorted by start. Offsets index `text` exactly.
 */
export function extractQuotes(text: string, layout: Layout, entities: Entity[], articleId: string): Quote[] {
  const spans = quotedSpans(text, layout.paragraphs);
  const ctx: SpeakerContext = {
    text,
    mentions: mentionTable(text, entities),
    entities: [...entities].sort((a, b) => a.id - b.id),
    quoted: insideQuotes(spans),
    verbs: speechVerbs(text, 0, text.length),
  };
  const pieces: Piece[] = spans.map((q) => ({
    q,
    paragraph: spanIndex(layout.paragraphs, q.open),
    att: null,
    inherited: false,
  }));
  pieces.forEach((p, k) => {
    if (!p.q.continued) attributionFor(ctx, layout, p, pieces, k);
  });
  // A piece inherits from the piece it continues (over a paragraph break) or that its attribution interrupts.
  for (let k = 1; k < pieces.length; k++) {
    const p = pieces[k];
    const prev = pieces[k - 1];
    if (p.q.continued && prev.att) {
      p.att = prev.att;
      p.inherited = true;
    } else if (!p.att && prev.att && (bridges(text, prev, p) || sameSentence(layout, prev.q.open, p.q.open))) {
      p.att = prev.att;
      p.inherited = true;
    }
  }
  // The second half of `“A,” he said. “B.”` and a quote-only paragraph take the latest earlier attribution.
  const reports = reportedSpeech(ctx, layout.sentences);
  const timeline: { at: number; paragraph: number; att: Attribution }[] = [];
  for (const p of pieces)
    if (p.att?.speakerStart != null) timeline.push({ at: p.q.open, paragraph: p.paragraph, att: p.att });
  for (const r of reports) {
    timeline.push({
      at: r.sentence.start,
      paragraph: spanIndex(layout.paragraphs, r.sentence.start),
      att: r.attribution,
    });
  }
  timeline.sort((a, b) => a.at - b.at);
  const out: Quote[] = [];
  for (const p of pieces) {
    if (!p.att) {
      const words = countWords(text, p.q);
      const opensSentence = isSentenceQuote(text, layout, p.q);
      if (opensSentence) {
        const earlier = latestBefore(timeline, p.q.open);
        if (earlier && p.paragraph - earlier.paragraph <= INHERIT_PARAGRAPHS) {
          p.att = earlier.att;
          p.inherited = true;
        }
      }
      if (!p.att && words < MIN_UNATTRIBUTED_WORDS) continue;
    }
    const att = p.att;
    const attEnd = att && !p.inherited ? Math.max(att.end, att.speakerEnd ?? 0) : p.q.end;
    const attStart = att && !p.inherited && att.speakerStart !== null ? att.speakerStart : p.q.start;
    out.push({
      article: articleId,
      text: text.slice(p.q.start, p.q.end),
      start: p.q.start,
      end: p.q.end,
      speaker: att?.speaker ?? null,
      speakerStart: att?.speakerStart ?? null,
      speakerEnd: att?.speakerEnd ?? null,
      direct: true,
      sentence: evidence(layout, Math.min(p.q.open, attStart), Math.max(p.q.close + 1, p.q.end, attEnd)),
      cue: att?.cue ?? null,
    });
  }
  for (const r of reports) {
    out.push({
      article: articleId,
      text: text.slice(r.content.start, r.content.end),
      start: r.content.start,
      end: r.content.end,
      speaker: r.attribution.speaker,
      speakerStart: r.attribution.speakerStart,
      speakerEnd: r.attribution.speakerEnd,
      direct: false,
      sentence: { start: r.sentence.start, end: r.sentence.end },
      cue: r.attribution.cue,
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || Number(b.direct) - Number(a.direct));
}

function sameSentence(layout: Layout, a: number, b: number): boolean {
  return spanIndex(layout.sentences, a) === spanIndex(layout.sentences, b);
}

/** Whether the quote stands as (the start of) its own sentence rather than a phrase inside one. */
function isSentenceQuote(text: string, layout: Layout, q: QuotedSpan): boolean {
  const s = layout.sentences[spanIndex(layout.sentences, q.open)];
  return !s || /^[\s"“‘'«„]*$/.test(text.slice(s.start, q.open + 1));
}

function latestBefore<T extends { at: number }>(timeline: readonly T[], at: number): T | null {
  let best: T | null = null;
  for (const t of timeline) {
    if (t.at >= at) break;
    best = t;
  }
  return best;
}
