import type { Entity } from '../records/claim.js';
import type { Span } from '../records/span.js';
import type { Mention } from '../text/mentions.js';
import { SPEAKER_NOUN_SET, SPEECH_VERB_SOURCE } from './quote-cues.js';

/** Who an attribution names, and where. `speaker` is null when the text names nobody that can be resolved. */
export interface Attribution {
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string | null;
  /** Where the attribution clause ends (used to join the pieces of an interrupted quote). */
  end: number;
}

/** What speaker lookups need about one article, built once per article. */
export interface SpeakerContext {
  text: string;
  mentions: readonly Mention[];
  entities: readonly Entity[];
  /** Whether an index lies inside quoted text. */
  quoted: (index: number) => boolean;
}

/** How many characters an attribution may sit away from a quote mark ("," he said after a long name). */
const ATTRIBUTION_REACH = 90;
/** How many words a subject noun phrase right before its verb may have ("a senior White House official"). */
const SUBJECT_MAX_WORDS = 7;

const ADVERB = String.raw`(?:\p{Ll}+ly|also|then|later|once|again|previously|recently|further|has|had|have|would|will|was|is|on\s+\p{Lu}\p{Ll}+day)`;
/** Directly after a closing mark: `, said Rutte` / `, he said` / `— according to X`. */
const AFTER_VERB_FIRST = new RegExp(String.raw`^[\s,;—–-]*(?:${ADVERB}\s+)?(${SPEECH_VERB_SOURCE})\b[ \t]*`, 'u');
const AFTER_SUBJECT_FIRST = new RegExp(
  String.raw`^[\s,;—–-]*([^.!?;:“”"«»\n]{1,80}?)\s+(?:${ADVERB}\s+){0,2}(${SPEECH_VERB_SOURCE})\b`,
  'u',
);
const ACCORDING = /(according\s+to|in\s+the\s+words\s+of|as\s+quoted\s+by)\s+/giu;
const VERB_ANYWHERE = new RegExp(String.raw`\b(${SPEECH_VERB_SOURCE})\b`, 'gu');
const PRONOUN_SUBJECT = /\b(he|she|they|it|we|i)\s*$/i;
const NP_STOP = /[,;:.!?()“”"«»\n—–]/;

/** Binary search: the index of the first mention starting at or after `at`. */
function firstMentionFrom(mentions: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function speakerEntity(ctx: SpeakerContext, m: Mention): Entity | null {
  const e = ctx.entities[m.entity];
  if (!e || e.id !== m.entity) return ctx.entities.find((x) => x.id === m.entity) ?? null;
  return e;
}

const canSpeak = (e: Entity | null): boolean => e !== null && (e.type === 'person' || e.type === 'organization');

/** An attribution naming the mention `m`. */
function fromMention(ctx: SpeakerContext, m: Mention, cue: string | null, end: number): Attribution {
  const e = speakerEntity(ctx, m);
  return { speaker: e ? e.name : null, speakerStart: m.start, speakerEnd: m.end, cue, end };
}

/** An attribution to an unnamed speaker described in `[start, end)` ("a campaign spokesman"). */
function fromDescription(ctx: SpeakerContext, start: number, end: number, cue: string | null, clauseEnd: number) {
  const words = ctx.text.slice(start, end).trim();
  return { speaker: words.length > 0 ? words : null, speakerStart: start, speakerEnd: end, cue, end: clauseEnd };
}

function hasSpeakerNoun(phrase: string): boolean {
  for (const w of phrase.toLowerCase().split(/[^\p{L}-]+/u)) if (SPEAKER_NOUN_SET.has(w)) return true;
  return false;
}

/**
 * The speaker of a noun phrase that follows a verb at `from` ("said Sen. Ted Cruz, R-Texas", "said a spokesman"):
 * the first mention of a person or organisation before any punctuation, else the phrase itself.
 */
export function speakerAfter(ctx: SpeakerContext, from: number, cue: string | null, limit: number): Attribution | null {
  const text = ctx.text;
  let stop = from;
  while (stop < limit && !NP_STOP.test(text[stop])) stop++;
  if (stop === from) return null;
  for (let k = firstMentionFrom(ctx.mentions, from); k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k];
    if (m.start >= stop) break;
    if (canSpeak(speakerEntity(ctx, m))) {
      const lead = text.slice(from, m.start);
      if (hasSpeakerNoun(lead)) break; // "a spokesman for Clinton": the spokesman speaks.
      return fromMention(ctx, m, cue, stop);
    }
  }
  const phrase = text.slice(from, stop);
  const words = phrase.trim().split(/\s+/);
  if (words.length > SUBJECT_MAX_WORDS + 3) return null;
  const pronoun = /^\s*(he|she|they|it)\b/i.exec(phrase);
  if (pronoun) return { speaker: null, speakerStart: from, speakerEnd: from + pronoun[0].length, cue, end: stop };
  if (hasSpeakerNoun(phrase) || /^\s*(?:a|an|the|one|two|three|several|some|many)\s/i.test(phrase)) {
    const lead = phrase.length - phrase.trimStart().length;
    return fromDescription(ctx, from + lead, from + phrase.trimEnd().length, cue, stop);
  }
  return null;
}

/**
 * The subject of a verb starting at `verbStart`, looking back no further than `floor`: a mention or a
 * speaker noun phrase right before the verb, else the nearest person or organisation before it.
 */
export function speakerBefore(
  ctx: SpeakerContext,
  floor: number,
  verbStart: number,
  cue: string | null,
  end: number,
): Attribution | null {
  const text = ctx.text;
  const k0 = firstMentionFrom(ctx.mentions, verbStart) - 1;
  const lead = text.slice(floor, verbStart);
  // A mention right before the verb (allowing an adverb or auxiliary): "Rutte said", "he also noted".
  for (let k = k0; k >= 0; k--) {
    const m = ctx.mentions[k];
    if (m.end > verbStart) continue;
    if (m.start < floor) break;
    if (ctx.quoted(m.start)) continue;
    const between = text.slice(m.end, verbStart);
    const adjacent = /^(?:['’]s?)?\s*(?:\p{Ll}+ly\s+|also\s+|has\s+|had\s+|have\s+|would\s+|will\s+|then\s+)*$/u.test(
      between,
    );
    if (adjacent && canSpeak(speakerEntity(ctx, m))) return fromMention(ctx, m, cue, end);
    break;
  }
  // A speaker noun phrase right before the verb: "a spokesman said", "officials told".
  const clause = lead.split(/[,;:(“”"—]/).pop() ?? '';
  const clauseWords = clause.trim().split(/\s+/).filter(Boolean);
  if (clauseWords.length > 0 && clauseWords.length <= SUBJECT_MAX_WORDS && hasSpeakerNoun(clause)) {
    const start = verbStart - clause.length + (clause.length - clause.trimStart().length);
    return fromDescription(ctx, start, verbStart - (clause.length - clause.trimEnd().length), cue, end);
  }
  const pronoun = PRONOUN_SUBJECT.exec(lead);
  if (pronoun) {
    const start = floor + pronoun.index;
    return { speaker: null, speakerStart: start, speakerEnd: start + pronoun[1].length, cue, end };
  }
  // The nearest person or organisation before the verb, outside quotes ("Rutte emphasized ..., stating, “").
  for (let k = k0; k >= 0; k--) {
    const m = ctx.mentions[k];
    if (m.start < floor) break;
    if (m.end > verbStart || ctx.quoted(m.start)) continue;
    const e = speakerEntity(ctx, m);
    if (e?.type === 'person' || (e?.type === 'organization' && clauseWords.length <= 2)) {
      return fromMention(ctx, m, cue, end);
    }
  }
  return null;
}

/** An attribution right after a closing mark at `from` (`,” he said`, `,” said Rutte`, `,” according to X`). */
export function attributionAfter(ctx: SpeakerContext, from: number, limit: number): Attribution | null {
  const text = ctx.text;
  const windowEnd = Math.min(limit, from + ATTRIBUTION_REACH);
  const after = text.slice(from, windowEnd);
  ACCORDING.lastIndex = 0;
  const according = /^[\s,;—–-]*(according\s+to|in\s+the\s+words\s+of|as\s+quoted\s+by)\s+/iu.exec(after);
  if (according) return speakerAfter(ctx, from + according[0].length, according[1], windowEnd);
  const verbFirst = AFTER_VERB_FIRST.exec(after);
  if (verbFirst) {
    const hit = speakerAfter(ctx, from + verbFirst[0].length, verbFirst[1], windowEnd);
    if (hit) return hit;
  }
  const subjectFirst = AFTER_SUBJECT_FIRST.exec(after);
  if (subjectFirst) {
    const subject = subjectFirst[1];
    if (subject.trim().split(/\s+/).length <= SUBJECT_MAX_WORDS + 2) {
      const verbStart = from + subjectFirst[0].length - subjectFirst[2].length;
      const subjectStart = from + subjectFirst.index + subjectFirst[0].indexOf(subject);
      const end = clauseEnd(text, verbStart, windowEnd);
      return speakerBefore(ctx, subjectStart, verbStart, subjectFirst[2], end);
    }
  }
  return null;
}

/** The end of the attribution clause that starts at `from`: the next stop, comma or quote mark. */
function clauseEnd(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && !/[.,;:!?“”"«»\n]/.test(text[i])) i++;
  return i;
}

/**
 * An attribution before an opening mark, inside `[floor, open)`: `X said: “`, `said X, “`, `According to X, “`,
 * `X: “`, or a cue earlier in the sentence (`called the plan “a disaster”`).
 */
export function attributionBefore(ctx: SpeakerContext, floor: number, open: number): Attribution | null {
  const text = ctx.text;
  const region = text.slice(floor, open);
  ACCORDING.lastIndex = 0;
  let according: RegExpExecArray | null = null;
  for (let m = ACCORDING.exec(region); m !== null; m = ACCORDING.exec(region)) {
    if (!ctx.quoted(floor + m.index)) according = m;
  }
  if (according) {
    const hit = speakerAfter(ctx, floor + according.index + according[0].length, according[1], open);
    if (hit) return hit;
  }
  let verb: RegExpExecArray | null = null;
  VERB_ANYWHERE.lastIndex = 0;
  for (let m = VERB_ANYWHERE.exec(region); m !== null; m = VERB_ANYWHERE.exec(region)) {
    if (!ctx.quoted(floor + m.index)) verb = m;
  }
  if (verb) {
    const verbStart = floor + verb.index;
    const verbEnd = verbStart + verb[0].length;
    // "said Rutte: “" puts the speaker after the verb.
    if (/^(?:said|says|added|asked|wrote|continued)$/.test(verb[1])) {
      const afterVerb = speakerAfter(ctx, verbEnd + (text.slice(verbEnd).length - text.slice(verbEnd).trimStart().length), verb[1], open);
      if (afterVerb?.speaker && afterVerb.speakerStart !== null && /^[\s,:]*$/.test(text.slice(afterVerb.end, open))) {
        return afterVerb;
      }
    }
    const hit = speakerBefore(ctx, floor, verbStart, verb[1], verbEnd);
    if (hit) return hit;
  }
  // "Rutte: “...”" (a name and a colon right before the quote).
  const colon = /([^\s:][^:]{0,60}?)\s*:\s*$/u.exec(region);
  if (colon) {
    const start = floor + colon.index;
    for (let k = firstMentionFrom(ctx.mentions, start); k < ctx.mentions.length; k++) {
      const m = ctx.mentions[k];
      if (m.start >= open) break;
      if (canSpeak(speakerEntity(ctx, m)) && /^\s*:\s*$/.test(text.slice(m.end, open))) {
        return fromMention(ctx, m, ':', open);
      }
    }
  }
  return null;
}

/** The mention spans of `entities` and a lookup by id, sorted by position. */
export function spanOf(a: Attribution): Span | null {
  return a.speakerStart === null || a.speakerEnd === null ? null : { start: a.speakerStart, end: a.speakerEnd };
}
