import type { Entity, Quote } from '../records/claim.js';
import type { Span } from '../records/span.js';
import type { Layout } from '../text/layout.js';
import { countMatches } from '../text/matches.js';
import { mentionTable } from '../text/mentions.js';
import { indexWithin, lastIndexWithin } from '../text/within.js';
import { insideQuotes, type QuotedSpan, quotedSpans } from './quote-marks.js';
import { speechVerbs, verbFollows } from './quote-verbs.js';
import { reportedSpeech } from './reported-speech.js';
import {
  type Attribution,
  attributionAfter,
  attributionBefore,
  type SpeakerContext,
  speakerAfter,
} from './speakers.js';

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

const QUOTE_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const countWords = (text: string, span: Span): number => countMatches(QUOTE_WORD, text.slice(span.start, span.end));

interface Piece {
  q: QuotedSpan;
  paragraph: number;
  att: Attribution | null;
  /** Attribution borrowed from a neighbouring piece or an earlier attribution. */
  inherited: boolean;
  /** The attribution follows the closing mark (`,” she said`): the strongest sign of speech. */
  after: boolean;
}

/** The attribution that a quote interrupted by it shares with its second half: `“A,” he said, “B.”` */
function bridges(text: string, prev: Piece, next: Piece): boolean {
  if (prev.paragraph !== next.paragraph || prev.q.close < 0 || !prev.att) return false;
  const gap = text.slice(prev.att.end, next.q.open);
  return /^[\s,:;.—–-]*$/.test(gap) || /^\s*(?:and|before|adding|then)\b[^.!?]{0,40}[,:]\s*$/i.test(gap);
}

/** The first named person or organisation in `[from, to)`, as the speaker who signs a quote. */
function signatureAt(ctx: SpeakerContext, from: number, to: number): Attribution | null {
  const m = ctx.mentions.find((x) => x.start >= from && x.end <= to);
  if (!m || m.start > from + 12) return null;
  const e = ctx.entities.find((x) => x.id === m.entity);
  if (!e || e.type === 'place') return null;
  return { speaker: e.name, speakerStart: m.start, speakerEnd: m.end, cue: null, end: m.end, named: true };
}

/** The sentence spans that a quote and its attribution touch, merged into one evidence span. */
function evidence(layout: Layout, from: number, to: number): Span {
  const s = layout.sentences;
  if (s.length === 0) return { start: from, end: to };
  const a = s[spanIndex(s, from)];
  const b = s[spanIndex(s, Math.max(from, to - 1))];
  return { start: Math.min(a.start, from), end: Math.max(b.end, to) };
}

/**
 * How far from a quote its sentence's closing attribution is looked for: each quote searching to the ends of one
 * very long sentence (a transcript without stops) made many quotes in it quadratic.
 */
const CLOSING_REACH = 400;

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
    piece.after = piece.att !== null;
  }
  if (piece.att) return;
  // A dash signature right after the quote: `“...” — Kim Hjelmgaard`.
  if (q.close >= 0) {
    const dash = /^\s*[―—–-]+\s*(?=\p{Lu})/u.exec(text.slice(q.close + 1, q.close + 8));
    const signed = dash ? signatureAt(ctx, q.close + 1 + dash[0].length, para.end) : null;
    if (signed) {
      piece.att = signed;
      return;
    }
  }
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
    const comma = lastIndexWithin(text, ',', Math.max(q.close + 1, sentenceEnd - CLOSING_REACH), sentenceEnd);
    if (comma >= 0 && !ctx.quoted(comma)) {
      const att = attributionAfter(ctx, comma, sentenceEnd);
      if (att && att.end >= sentenceEnd - 2) {
        piece.att = att;
        return;
      }
    }
    // `''...,'' since so many cases were close, said Lee Epstein, who teaches law.`
    const tailEnd = Math.min(sentenceEnd, q.close + CLOSING_REACH);
    for (let c = indexWithin(text, ',', q.close, tailEnd); c > 0; c = indexWithin(text, ',', c + 1, tailEnd)) {
      if (ctx.quoted(c)) continue;
      const verb = verbFollows(text, c + 1, sentenceEnd);
      if (!verb || /ing$/i.test(verb.verb)) continue;
      const att = speakerAfter(ctx, verb.end, verb.verb, sentenceEnd);
      if (att?.named) {
        piece.att = att;
        return;
      }
    }
  }
  // A short line after a quote paragraph: "- Bernie Sanders.", "Dean Baker, Center for Economic and Policy Research".
  const next = layout.paragraphs[piece.paragraph + 1];
  if (q.open === para.start && q.close >= para.end - 2 && next && next.end - next.start <= SIGNATURE_MAX_CHARS) {
    const signature = text.slice(next.start, next.end);
    const dashed = /^[―—–-]/.test(signature);
    if (
      /^[―—–-]*\s*\p{Lu}[\p{L}.’'-]+(?:\s+\p{Lu}[\p{L}.’'-]+)+\s*(?:[,.]|$)/u.test(signature) &&
      (dashed || !/[.!?”"]$/.test(signature))
    ) {
      const signed = signatureAt(ctx, next.start, next.end);
      if (signed) {
        piece.att = signed;
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
    after: false,
  }));
  pieces.forEach((p, k) => {
    // A piece that continues a quote from the previous paragraph looks only after itself (`“...,” she said`).
    if (!p.q.continued) attributionFor(ctx, layout, p, pieces, k);
    else if (p.q.close >= 0) p.att = attributionAfter(ctx, p.q.close + 1, layout.paragraphs[p.paragraph].end);
  });
  // A quote over paragraphs attributed only at its end gives that speaker to its earlier paragraphs.
  for (let k = pieces.length - 1; k > 0; k--) {
    const p = pieces[k];
    const prev = pieces[k - 1];
    if (p.q.continued && p.att && !prev.att && prev.q.runsOn) {
      prev.att = p.att;
      prev.inherited = true;
    }
  }
  // A piece inherits from the piece it continues (over a paragraph break) or that its attribution interrupts.
  for (let k = 1; k < pieces.length; k++) {
    const p = pieces[k];
    const prev = pieces[k - 1];
    if (p.q.continued && prev.att && !p.att) {
      p.att = prev.att;
      p.inherited = true;
    } else if (!p.att && prev.att && (bridges(text, prev, p) || sameSentence(layout, prev.q.open, p.q.open))) {
      p.att = prev.att;
      p.inherited = true;
    }
  }
  answersGoToTheOneAsked(ctx, layout, pieces);
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
    // A short title-case quote after a possessive or "on" is a show or book title ("ABC’s “Good Morning America”").
    if (!p.after && isTitle(text, p.q) && TITLE_LEAD.test(text.slice(Math.max(0, p.q.open - 12), p.q.open))) continue;
    // A short quote that a term is mentioned by ("the so-called “Gang of Eight”", "the phrase “self-deportation”").
    if (
      !p.after &&
      countWords(text, p.q) < MIN_UNATTRIBUTED_WORDS &&
      NAMING_LEAD.test(text.slice(Math.max(0, p.q.open - 30), p.q.open))
    ) {
      continue;
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

/** Cues of an answer: `he replied`, `His response: “...”`. */
const REPLY_CUE = /^(?:replied|replies|responded|responds|answered|answers|retorted|retorts|shot back|fired back)$/i;
const REPLY_LEAD = /\b(?:response|reply|answer)\s*(?:was)?\s*[:,]?\s*$/i;
const ASKED = /\b(?:asked|asks|pressed|questioned)\s+/g;

/**
 * `Roe asked Smith, “...?” He replied, “...”`: an answer introduced by a pronoun after someone else's question goes
 * to the one asked, not to the asker the pronoun would otherwise resolve to.
 */
function answersGoToTheOneAsked(ctx: SpeakerContext, layout: Layout, pieces: Piece[]): void {
  let question: { asker: string; hearer: Attribution } | null = null;
  for (const p of pieces) {
    const att = p.att;
    if (!att || att.speaker === null) continue;
    const text = ctx.text;
    const pronoun =
      att.speakerStart !== null &&
      /^(?:he|she|his|her|they|their)$/i.test(text.slice(att.speakerStart, att.speakerEnd ?? 0));
    const reply =
      (att.cue !== null && REPLY_CUE.test(att.cue)) ||
      REPLY_LEAD.test(text.slice(Math.max(0, p.q.open - 24), p.q.open));
    if (question && reply && pronoun && att.speaker === question.asker) {
      p.att = { ...att, speaker: question.hearer.speaker };
      continue;
    }
    question = null;
    if (!/\?\s*$/.test(text.slice(p.q.start, p.q.end))) continue;
    // "Roe asked Smith about it. “...?”": the one asked may be named in the sentence before the question.
    const k = spanIndex(layout.sentences, p.q.open);
    const sentence = layout.sentences[k];
    if (!sentence) continue;
    const from = layout.sentences[Math.max(0, k - 1)].start;
    const end = Math.min(sentence.end, text.length);
    ASKED.lastIndex = from;
    for (let m = ASKED.exec(text); m !== null && m.index < end; m = ASKED.exec(text)) {
      const at = m.index + m[0].length;
      const next = layout.sentences[spanIndex(layout.sentences, m.index)];
      const hearer = signatureAt(ctx, at, Math.min(next.end, at + 60));
      if (hearer?.speaker && hearer.speaker !== att.speaker) question = { asker: att.speaker, hearer };
    }
  }
}

function sameSentence(layout: Layout, a: number, b: number): boolean {
  return spanIndex(layout.sentences, a) === spanIndex(layout.sentences, b);
}

const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'for',
  'with',
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'by',
  'from',
  'as',
]);
/** What stands right before a title in quotes: a possessive (`CNN’s`), `on`, `in`, `of`, `titled`. */
const TITLE_LEAD = /(?:\p{L}['’]s?|\b(?:on|in|of|titled|entitled))\s*$/u;
/** Words that introduce a term or a name in quotes rather than speech. */
const NAMING_LEAD =
  /\b(?:so[- ]called|dubbed|known\s+as|nicknamed|titled|entitled|the\s+(?:phrase|term|word|words|slogan|hashtag|label|nickname|motto|headline))\s*[,:]?\s*$/i;
/** Longest quote, in words, that may be read as a title when every word is capitalised. */
const TITLE_MAX_WORDS = 6;

/** Whether a quote reads as a title: a few words, each capitalised but for minor ones. */
function isTitle(text: string, q: QuotedSpan): boolean {
  const words = text.slice(q.start, q.end).match(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu) ?? [];
  if (words.length === 0 || words.length > TITLE_MAX_WORDS) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && MINOR_WORDS.has(w)));
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
