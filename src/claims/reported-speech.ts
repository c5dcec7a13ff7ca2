import type { Span } from '../records/span.js';
import { BARE_CLAUSE_VERB_SET } from './quote-cues.js';
import { verbsIn } from './quote-verbs.js';
import { type Attribution, attributionAfter, type SpeakerContext, speakerAfter, speakerBefore } from './speakers.js';

/** Reported speech: what a speaker said, without quotation marks. */
export interface Report {
  content: Span;
  attribution: Attribution;
  sentence: Span;
}

/** How far (characters) the subject of a bare "X said the ..." may sit before its verb. */
const BARE_SUBJECT_REACH = 45;
/** Reported content shorter than this many characters is not worth a claim ("he said so"). */
const MIN_CONTENT_CHARS = 12;

/** After a verb: up to four words (`told reporters`, `said on Tuesday`), then `that`. */
const THEN_THAT = /^((?:\s+[\p{L}\p{N}’'.-]+){0,4}?)\s+that\s+/u;
const CLAUSE_AHEAD = /^\s+(?=[\p{L}\p{N}$€£])/u;
/** Words after a bare verb that do not start a reported clause. */
const NOT_CLAUSE_START =
  /^(?:to|in|on|at|of|about|for|with|during|after|before|from|by|so|as|this|these|those|earlier|later|when|while|through|into|over|under|and|or|but|goodbye|hello|yes|no|nothing|something|anything|much|little|more|less|reporters|him|her|them|me|us|so)\b/i;
const TRAILING = /,\s*([^,]{2,90}?)\s*[.!?]?["”’]?\s*$/u;
const LEADING_ACCORDING = /^\s*(?:But\s+|And\s+)?(According\s+to|In\s+the\s+words\s+of)\s+/u;
const QUOTE_MARK = /^[\s"“‘'«„]/;
const OPENING_MARK = /^\s*["“‘'«„]/;

function trimContent(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /[\s.,;:!?]/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

function report(content: Span, attribution: Attribution | null, sentence: Span): Report | null {
  if (!attribution || attribution.speakerStart === null) return null;
  if (content.end - content.start < MIN_CONTENT_CHARS) return null;
  return { content, attribution, sentence };
}

function thatClause(ctx: SpeakerContext, s: Span): Report | null {
  const text = ctx.text;
  for (const v of verbsIn(ctx.verbs, s.start, s.end)) {
    if (ctx.quoted(v.start)) continue;
    const m = THEN_THAT.exec(text.slice(v.end, Math.min(s.end, v.end + 60)));
    if (!m) continue;
    const contentStart = v.end + m[0].length;
    if (contentStart >= s.end || QUOTE_MARK.test(text[contentStart])) continue;
    const att = speakerBefore(ctx, s.start, v.start, v.verb, v.end);
    const hit = report(trimContent(text, contentStart, s.end), att, s);
    if (hit) return hit;
  }
  return null;
}

function bareClause(ctx: SpeakerContext, s: Span): Report | null {
  const text = ctx.text;
  for (const v of verbsIn(ctx.verbs, s.start, s.end)) {
    if (!BARE_CLAUSE_VERB_SET.has(v.verb.toLowerCase()) || ctx.quoted(v.start)) continue;
    const gap = CLAUSE_AHEAD.exec(text.slice(v.end, v.end + 4));
    if (!gap) continue;
    const contentStart = v.end + gap[0].length;
    const rest = text.slice(contentStart, Math.min(s.end, contentStart + 40));
    if (NOT_CLAUSE_START.test(rest) || /["“”«„]|''/.test(rest)) continue;
    const att = speakerBefore(ctx, Math.max(s.start, v.start - BARE_SUBJECT_REACH), v.start, v.verb, contentStart);
    if (!att || att.speakerEnd === null || v.start - att.speakerEnd > 12) continue;
    const hit = report(trimContent(text, contentStart, s.end), att, s);
    if (hit) return hit;
  }
  return null;
}

function trailing(ctx: SpeakerContext, s: Span): Report | null {
  const text = ctx.text;
  if (QUOTE_MARK.test(text[s.start]) || ctx.quoted(s.start)) return null;
  const sentence = text.slice(s.start, s.end);
  const m = TRAILING.exec(sentence);
  if (!m) return null;
  const comma = s.start + m.index;
  if (ctx.quoted(comma)) return null;
  const att = attributionAfter(ctx, comma, s.end);
  if (!att || att.end < s.end - 3) return null;
  return report(trimContent(text, s.start, comma), att, s);
}

function according(ctx: SpeakerContext, s: Span): Report | null {
  const text = ctx.text;
  const m = LEADING_ACCORDING.exec(text.slice(s.start, s.end));
  if (!m) return null;
  const from = s.start + m[0].length;
  const att = speakerAfter(ctx, from, m[1], s.end);
  if (!att) return null;
  const comma = text.indexOf(',', att.speakerEnd ?? from);
  if (comma < 0 || comma >= s.end || OPENING_MARK.test(text.slice(comma + 1, comma + 4))) return null;
  return report(trimContent(text, comma + 1, s.end), att, s);
}

/**
 * Reported speech in each sentence (at most one claim a sentence): `X said that ...`, `X said the ...`,
 * `..., X said.`, `According to X, ...`. Sentences that open inside a quotation are left to direct quotes.
 */
export function reportedSpeech(ctx: SpeakerContext, sentences: readonly Span[]): Report[] {
  const out: Report[] = [];
  for (const s of sentences) {
    if (ctx.quoted(s.start)) continue;
    const hit = according(ctx, s) ?? thatClause(ctx, s) ?? trailing(ctx, s) ?? bareClause(ctx, s);
    if (hit) out.push(hit);
  }
  return out;
}
