import type { Entity } from '../records/claim.js';
import { TITLE_WORDS } from '../text/lexicon/names.js';
import type { Mention } from '../text/mentions.js';
import { SPEAKER_NOUN_SET } from './quote-cues.js';
import { firstVerbIn, isAdverbial, type VerbHit, verbFollows, verbsIn } from './quote-verbs.js';

/** Who an attribution names, and where. `speaker` is null when the text names nobody that can be resolved. */
export interface Attribution {
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string | null;
  /** Where the attribution clause ends (used to join the pieces of an interrupted quote). */
  end: number;
  /** The speaker is a mention of a known entity (not a description such as "a spokesman"). */
  named?: boolean;
}

/** What speaker lookups need about one article, built once per article. */
export interface SpeakerContext {
  text: string;
  mentions: readonly Mention[];
  entities: readonly Entity[];
  /** Whether an index lies inside quoted text. */
  quoted: (index: number) => boolean;
  /** Every verb of saying in the text, in order (`speechVerbs(text, 0, text.length)`). */
  verbs: readonly VerbHit[];
}

/** How many characters an attribution may sit away from a quote mark ("," he said after a long name). */
const ATTRIBUTION_REACH = 90;
/** How many words a subject noun phrase right before its verb may have ("a senior White House official"). */
const SUBJECT_MAX_WORDS = 7;

const ACCORDING = /(according\s+to|in\s+the\s+words\s+of|as\s+quoted\s+by)\s+/giu;
const PRONOUN_SUBJECT = /\b(he|she|they|it|we|i)\s*$/i;
const DETERMINERS = new Set(['the', 'a', 'an', 'former', 'then', 'longtime', 'veteran']);

/** Whether the words before a name are only determiners, titles and capitalised words ("the Republican nominee"). */
function titleLead(lead: string): boolean {
  const words = lead.trim().split(/\s+/).filter(Boolean);
  if (words.length > 5) return false;
  return words.every((w) => {
    const lower = w.toLowerCase().replace(/[,’']+$/, '');
    return /^\p{Lu}/u.test(w) || DETERMINERS.has(lower) || TITLE_WORDS.has(lower) || SPEAKER_NOUN_SET.has(lower);
  });
}
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
  return { speaker: e ? e.name : null, speakerStart: m.start, speakerEnd: m.end, cue, end, named: e !== null };
}

/** An attribution to an unnamed speaker described in `[start, end)` ("a campaign spokesman"). */
function fromDescription(
  ctx: SpeakerContext,
  start: number,
  end: number,
  cue: string | null,
  clauseEnd: number,
): Attribution | null {
  const words = ctx.text.slice(start, end).trim();
  if (!/^\p{L}/u.test(words)) return null;
  // "Reed’s statement said": a document speaks for the one whose it is.
  const owned = OWNED_DOCUMENT.exec(words);
  if (owned) {
    const k = firstMentionFrom(ctx.mentions, start);
    const m = ctx.mentions[k];
    const e = m && m.end <= start + owned.index + owned[0].indexOf(owned[1]) ? speakerEntity(ctx, m) : null;
    if (e && canSpeak(e))
      return { speaker: e.name, speakerStart: start, speakerEnd: end, cue, end: clauseEnd, named: true };
  }
  return { speaker: words.length > 0 ? words : null, speakerStart: start, speakerEnd: end, cue, end: clauseEnd };
}

/** A possessive before a document noun: the document's author speaks through it. */
const OWNED_DOCUMENT =
  /['’]s?\s+(?:(?:\p{Ll}+\s+){0,2})(statement|release|letter|memo|post|tweet|email|website|filing|complaint|lawsuit)$/u;

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
  while (stop < limit && (!NP_STOP.test(text[stop]) || (text[stop] === '.' && abbreviationDot(text, stop)))) stop++;
  if (stop === from) return null;
  for (let k = firstMentionFrom(ctx.mentions, from); k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k];
    if (m.start >= stop) break;
    const lead = text.slice(from, m.start);
    // "said Sen. Ted Cruz" and "said spokesman Brian Fallon" name the speaker; in "said a spokesman for
    // Clinton" the spokesman speaks, and in "said on NBC" or "said as he ..." the mention is no speaker.
    if (!titleLead(lead)) break;
    if (canSpeak(speakerEntity(ctx, m)) || lead.trim() === '') return fromMention(ctx, m, cue, stop);
  }
  const phrase = text.slice(from, stop);
  const lead = phrase.length - phrase.trimStart().length;
  const words = phrase.trim().split(/\s+/);
  const pronoun = /^\s*(he|she|they|it)\b/i.exec(phrase);
  if (pronoun) return { speaker: null, speakerStart: from, speakerEnd: from + pronoun[0].length, cue, end: stop };
  // "said in a statement", "said of the campaign": no speaker follows.
  if (NOT_A_SUBJECT.test(phrase)) return null;
  // "one source familiar with the matter": the description ends at its last speaker noun in the first words.
  let head = -1;
  for (let i = 0; i < Math.min(words.length, SUBJECT_MAX_WORDS); i++) {
    if (SPEAKER_NOUN_SET.has(words[i].toLowerCase().replace(/[’']s$/, ''))) head = i;
  }
  if (head >= 0) {
    const kept = words.slice(0, head + 1).join(' ');
    if (text.startsWith(kept, from + lead))
      return fromDescription(ctx, from + lead, from + lead + kept.length, cue, stop);
  }
  if (words.length > SUBJECT_MAX_WORDS) return null;
  if (
    /^\s*(?:a|an|the|one|two|three|several|some|many)\s/i.test(phrase) ||
    (words.length <= 5 && /^\s*\p{Lu}/u.test(phrase))
  ) {
    return fromDescription(ctx, from + lead, from + phrase.trimEnd().length, cue, stop);
  }
  return null;
}

/** Right before a verb: `and` joining it to an earlier verb ("said ... and urged"), with an adverb or two. */
const COORDINATED_VERB = /\band\s+(?:(?:also|then|later|again|\p{Ll}+ly)\s+)?$/u;
const NOT_A_SUBJECT =
  /^\s*(?:in|on|at|of|to|for|with|from|during|after|before|about|by|as|when|while|that|this|so|if|because|and|but|or|then|now|today|yesterday|later|earlier|last|next)\b/i;

/** Adverbs and auxiliaries that may sit between a subject and its verb ("he also noted", "Trump had said"). */
const BETWEEN_SUBJECT_AND_VERB =
  /^(?:['’]s?)?(?:\s*\([^()]{0,40}\))?(?:,\s*\p{Lu}{1,2}-[\p{L}.]+,)?\s*(?:(?:\p{Ll}+ly|also|has|had|have|would|will|then|later|once|again|was|is)\s+)*(?:\p{Ll}+(?:ed|s)\s+and\s+)?$/u;

/** The last mention ending at or before `at` and starting at or after `floor`, outside quotes; -1 if none. */
function mentionEndingBefore(ctx: SpeakerContext, floor: number, at: number): number {
  for (let k = firstMentionFrom(ctx.mentions, at) - 1; k >= 0; k--) {
    const m = ctx.mentions[k];
    if (m.start < floor) return -1;
    if (m.end <= at && !ctx.quoted(m.start)) return k;
  }
  return -1;
}

/**
 * The subject of a verb starting at `verbStart`, looking back no further than `floor`: a mention right before the
 * verb (or before an appositive: "Mr. Kim, who was traveling, said"), a speaker noun phrase ("a spokesman
 * said"), a pronoun; for a participle ("..., telling reporters") the subject of the sentence; else the nearest
 * person before the verb.
 */
export function speakerBefore(
  ctx: SpeakerContext,
  floor: number,
  verbStart: number,
  cue: string | null,
  end: number,
): Attribution | null {
  const text = ctx.text;
  const lead = text.slice(floor, verbStart);
  const participle = cue !== null && /ing$/i.test(cue);
  if (!participle) {
    const k = mentionEndingBefore(ctx, floor, verbStart);
    if (k >= 0) {
      let m = ctx.mentions[k];
      let between = text.slice(m.end, verbStart);
      // "Rep. Paul Ryan (R-WI) said": the subject stands before the parenthesis.
      if (between.startsWith(')')) {
        const paren = text.lastIndexOf('(', m.start);
        const j = paren >= floor ? mentionEndingBefore(ctx, floor, paren) : -1;
        if (j >= 0) {
          m = ctx.mentions[j];
          between = text.slice(m.end, paren) + text.slice(ctx.mentions[k].end + 1, verbStart);
        }
      }
      if (BETWEEN_SUBJECT_AND_VERB.test(between) && speakerEntity(ctx, m)) return fromMention(ctx, m, cue, end);
    }
    // "Mr. Kim, who was traveling in Europe this week, said": skip back over the appositive.
    const aux = /,\s*(?:(?:\p{Ll}+ly|also|has|had|have|would|will|then)\s+)*$/u.exec(lead);
    if (aux) {
      const open = lead.lastIndexOf(',', aux.index - 1);
      if (open >= 0) {
        const j = mentionEndingBefore(ctx, floor, floor + open);
        if (j >= 0 && /^(?:['’]s?)?\s*$/.test(text.slice(ctx.mentions[j].end, floor + open))) {
          const m = ctx.mentions[j];
          if (canSpeak(speakerEntity(ctx, m))) return fromMention(ctx, m, cue, end);
        }
      }
    }
    // A speaker noun phrase right before the verb: "a spokesman said", "officials told".
    const clause = lead.split(/[,;:(“”"—]|\b(?:as|and|but|when|while|after|before|because|until)\s/).pop() ?? '';
    const clauseWords = clause.trim().split(/\s+/).filter(Boolean);
    const determined = clauseWords.length <= 4 && /^(?:the|a|an|some|several|many|one)$/i.test(clauseWords[0] ?? '');
    if (clauseWords.length > 0 && clauseWords.length <= SUBJECT_MAX_WORDS && (hasSpeakerNoun(clause) || determined)) {
      const start = verbStart - clause.length + (clause.length - clause.trimStart().length);
      return fromDescription(ctx, start, verbStart - (clause.length - clause.trimEnd().length), cue, end);
    }
    const pronoun = PRONOUN_SUBJECT.exec(lead);
    if (pronoun) {
      const start = floor + pronoun.index;
      return { speaker: null, speakerStart: start, speakerEnd: start + pronoun[1].length, cue, end };
    }
  }
  // "..., Spicer said, adding, “...”": a participle shares the subject of the finite verb before it.
  if (participle) {
    let finite: VerbHit | null = null;
    for (const v of verbsIn(ctx.verbs, floor, verbStart)) {
      if (!/ing$/i.test(v.verb) && !ctx.quoted(v.start)) finite = v;
    }
    if (finite) {
      const hit = speakerBefore(ctx, floor, finite.start, finite.verb, end);
      if (hit) return { ...hit, cue };
    }
  }
  // "Obama said ... and urged lawmakers to “...”": a verb joined by `and` shares the subject of the verb before it.
  if (!participle && COORDINATED_VERB.test(lead.slice(-24))) {
    let earlier: VerbHit | null = null;
    for (const v of verbsIn(ctx.verbs, floor, verbStart)) {
      if (!/ing$/i.test(v.verb) && !ctx.quoted(v.start) && v.end < verbStart) earlier = v;
    }
    const hit = earlier ? speakerBefore(ctx, floor, earlier.start, earlier.verb, end) : null;
    if (hit && hit.speakerStart !== null) return { ...hit, cue };
  }
  // The subject of the sentence: its first person (then organisation) outside quotes.
  let firstOrg: Mention | null = null;
  for (let k = firstMentionFrom(ctx.mentions, floor); k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k];
    if (m.start >= verbStart) break;
    if (ctx.quoted(m.start)) continue;
    const e = speakerEntity(ctx, m);
    if (e?.type === 'person') return fromMention(ctx, m, cue, end);
    if (e?.type === 'organization' && !firstOrg) firstOrg = m;
  }
  if (firstOrg) return fromMention(ctx, firstOrg, cue, end);
  // "..., he wrote, saying in a post:" with the pronoun left unresolved: point at it, name nobody.
  if (participle) {
    const pronoun = /\b(he|she|they)\b/i.exec(lead);
    if (pronoun && !ctx.quoted(floor + pronoun.index)) {
      const at = floor + pronoun.index;
      return { speaker: null, speakerStart: at, speakerEnd: at + pronoun[1].length, cue, end };
    }
  }
  // "Band member Flea shared the news, writing “...”": an unknown name that opens the sentence.
  if (participle) {
    const k = firstMentionFrom(ctx.mentions, floor);
    const m = ctx.mentions[k];
    if (m && m.start < verbStart && text.slice(floor, m.start).split(/\s+/).length <= 4 && !ctx.quoted(m.start)) {
      const e = speakerEntity(ctx, m);
      if (e && e.type !== 'place') return fromMention(ctx, m, cue, end);
    }
  }
  return null;
}

/**
 * An attribution right after a closing mark at `from` (`,” he said`, `,” said Rutte`, `,” according to X`).
 * After a quote that ended its sentence (`.”`), only a lower-case continuation or a verb counts (`.” He said`
 * opens a new sentence about something else).
 */
export function attributionAfter(
  ctx: SpeakerContext,
  from: number,
  limit: number,
  sentenceEnded = false,
  sentenceStart = from,
  open = from,
  quoteEnd: string | null = null,
): Attribution | null {
  const text = ctx.text;
  const windowEnd = Math.min(limit, from + ATTRIBUTION_REACH);
  const after = text.slice(from, windowEnd);
  const according = /^[\s,;—–-]*(according\s+to|in\s+the\s+words\s+of|as\s+quoted\s+by)\s+/iu.exec(after);
  if (according) return speakerAfter(ctx, from + according[0].length, according[1], windowEnd);
  const verbFirst = verbFollows(text, from, windowEnd);
  if (verbFirst) {
    // `...,” saying ...`: a participle's subject is the subject of the sentence, before the quote.
    if (/ing$/i.test(verbFirst.verb)) {
      return sentenceStart < open ? speakerBefore(ctx, sentenceStart, open, verbFirst.verb, verbFirst.end) : null;
    }
    const hit = speakerAfter(ctx, verbFirst.end, verbFirst.verb, windowEnd);
    if (hit) return hit;
  }
  const capitalStart = !/^\s*\p{Ll}/u.test(after);
  const subjectFirst = subjectThenVerb(ctx, from, windowEnd);
  // `“...?” He replied, “...”`: after a finished quote, a new sentence's attribution introduces the next quote.
  if (
    quoteEnd !== null &&
    /[.?!]/.test(quoteEnd) &&
    capitalStart &&
    subjectFirst &&
    /^\s*[,:]\s*["“‘]/.test(text.slice(subjectFirst.verb.end, subjectFirst.verb.end + 5))
  ) {
    return null;
  }
  // After `.”` a new sentence starts; only a bare `Trump said.` still attributes the quote before it.
  if (
    sentenceEnded &&
    capitalStart &&
    !(subjectFirst && /^\s*[.,]/.test(text.slice(subjectFirst.verb.end, subjectFirst.verb.end + 3)))
  ) {
    return null;
  }
  if (subjectFirst) {
    const { subjectStart, verb } = subjectFirst;
    const end = clauseEnd(text, verb.start, windowEnd);
    const hit = speakerBefore(ctx, subjectStart, verb.start, verb.verb, end);
    if (hit) return hit;
    const words = text.slice(subjectStart, verb.start).trim().split(/\s+/);
    while (words.length > 0 && isAdverbial(words[words.length - 1])) words.pop();
    if (words.length > 0 && words.length <= 5) {
      const phrase = words.join(' ');
      const at = text.indexOf(words[0], subjectStart);
      if (text.startsWith(phrase, at)) return fromDescription(ctx, at, at + phrase.length, verb.verb, end);
    }
  }
  // `,” Toomey fumed on Tuesday.` : after a quote that ends in a comma, a name followed by any verb attributes it.
  const kk = firstMentionFrom(ctx.mentions, from);
  const named = ctx.mentions[kk];
  if (
    quoteEnd !== null &&
    /[,?!—–-]$/.test(quoteEnd) &&
    named &&
    /^\s*$/.test(text.slice(from, named.start)) &&
    speakerEntity(ctx, named)
  ) {
    const verb = /^(?:['’]s)?(?:,[^.!?“”"]{0,160}?,)?\s+(\p{Ll}+(?:ed|s))\b/u.exec(
      text.slice(named.end, Math.min(limit, named.end + 200)),
    );
    if (verb && !/^(?:is|was|has|as|his|its|this|us)$/.test(verb[1])) {
      const cueEnd = named.end + verb[0].length;
      return { ...fromMention(ctx, named, verb[1], cueEnd) };
    }
  }
  // `,” Trump, the 2016 GOP frontrunner, said`
  const k = firstMentionFrom(ctx.mentions, from);
  const m = ctx.mentions[k];
  if (m && /^\s*$/.test(text.slice(from, m.start)) && canSpeak(speakerEntity(ctx, m)) && text[m.end] === ',') {
    let stop = m.end + 1;
    const limitAppositive = Math.min(limit, m.end + 160);
    while (
      stop < limitAppositive &&
      (!'.!?“”"'.includes(text[stop]) || (text[stop] === '.' && abbreviationDot(text, stop)))
    ) {
      stop++;
    }
    const verb = firstVerbIn(ctx.verbs, m.end + 1, stop);
    if (verb) return fromMention(ctx, m, verb.verb, verb.end);
  }
  return null;
}

/** A dot that ends an abbreviation or initial (`Sen.`, `Mr.`, `U.S.`), not a sentence. */
function abbreviationDot(text: string, at: number): boolean {
  return /(?:^|[\s(-])\p{Lu}[\p{L}.]{0,3}$/u.test(text.slice(Math.max(0, at - 6), at));
}

/** `he said`, `Sen. Ted Cruz told reporters`: a short subject, then a verb of saying, before the clause ends. */
function subjectThenVerb(
  ctx: SpeakerContext,
  from: number,
  limit: number,
): { subjectStart: number; verb: VerbHit } | null {
  const text = ctx.text;
  let i = from;
  while (i < limit && /[\s,;—–-]/.test(text[i])) i++;
  const subjectStart = i;
  let stop = i;
  while (stop < limit) {
    const c = text[stop];
    if ('!?;:“”"«»\n'.includes(c)) break;
    if (c === '.' && !abbreviationDot(text, stop)) break;
    stop++;
  }
  const verb = firstVerbIn(ctx.verbs, subjectStart, stop);
  if (!verb || verb.start === subjectStart || /ing$/i.test(verb.verb)) return null;
  if (
    /^(?:and|but|or|as|to|in|on|at|for|with|while|when|after|before|because|then|so|which|who|that|where)\b/i.test(
      text.slice(subjectStart, subjectStart + 8),
    )
  ) {
    return null;
  }
  const words = text.slice(subjectStart, verb.start).trim().split(/\s+/).length;
  return words <= SUBJECT_MAX_WORDS + 4 ? { subjectStart, verb } : null;
}

/**
 * `Ruiz said he has felt this way since he “first ran”`: a pronoun that is the subject of a verb inside someone's
 * reported clause stands for the reporting speaker, whose words the quoted fragment gives. Null when the verb is
 * not inside such a clause or the reporter is not named.
 */
function reporterOfClause(ctx: SpeakerContext, floor: number, hit: Attribution): Attribution | null {
  if (hit.speakerStart === null || hit.speakerEnd === null) return null;
  if (!/^(?:he|she|they)$/i.test(ctx.text.slice(hit.speakerStart, hit.speakerEnd))) return null;
  let outer: VerbHit | null = null;
  for (const v of verbsIn(ctx.verbs, floor, hit.speakerStart)) if (!ctx.quoted(v.start)) outer = v;
  if (!outer || /[.!?;“”"]/.test(ctx.text.slice(outer.end, hit.speakerStart))) return null;
  const reporter = speakerBefore(ctx, floor, outer.start, outer.verb, hit.end);
  return reporter?.named ? { ...reporter, cue: hit.cue } : null;
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
  let verb: VerbHit | null = null;
  for (const hit of verbsIn(ctx.verbs, floor, open)) if (!ctx.quoted(hit.start)) verb = hit;
  if (verb) {
    // "said Rutte: “" puts the speaker after the verb.
    if (/^(?:said|says|added|asked|wrote|continued)$/i.test(verb.verb)) {
      const found = speakerAfter(ctx, verb.end, verb.verb, open);
      // "Trump says he's “losing”": a pronoun after the verb begins the reported clause.
      const afterVerb =
        found && /^(?:he|she|they|it|we|i)$/i.test(text.slice(found.speakerStart ?? 0, found.speakerEnd ?? 0))
          ? null
          : found;
      const opensClause = /^[\s"“‘'(—–-]*$/.test(text.slice(floor, verb.start));
      // "Roe asked Smith, “...”": with a subject before it, the name after "asked" is the one asked.
      const adjacent = afterVerb && /^[\s,:]*$/.test(text.slice(afterVerb.end, open)) && !/^asked$/i.test(verb.verb);
      const trusted = afterVerb?.named || (afterVerb?.speaker && hasSpeakerNoun(afterVerb.speaker));
      if (trusted && afterVerb?.speakerStart != null && (adjacent || opensClause)) {
        return afterVerb;
      }
    }
    const hit = speakerBefore(ctx, floor, verb.start, verb.verb, verb.end);
    if (hit) return reporterOfClause(ctx, floor, hit) ?? hit;
  }
  // "Rutte: “...”", "Trump leaned in and boomed: “...”", "The email goes on to say: “...”".
  const colon = /:\s*$/u.exec(region);
  if (colon) {
    const clauseText = region.slice(0, colon.index);
    const cut = Math.max(
      clauseText.lastIndexOf(';'),
      clauseText.lastIndexOf('—'),
      clauseText.lastIndexOf('. '),
      clauseText.lastIndexOf(' - '),
      clauseText.lastIndexOf(' – '),
    );
    const start = floor + cut + 1;
    const stop = floor + colon.index;
    const last = mentionEndingBefore(ctx, start, stop);
    if (last >= 0 && /^\s*$/.test(text.slice(ctx.mentions[last].end, stop))) {
      return fromMention(ctx, ctx.mentions[last], ':', open);
    }
    let org: Mention | null = null;
    for (let k = firstMentionFrom(ctx.mentions, start); k < ctx.mentions.length; k++) {
      const m = ctx.mentions[k];
      if (m.start >= stop) break;
      if (ctx.quoted(m.start)) continue;
      const e = speakerEntity(ctx, m);
      if (e?.type === 'person') return fromMention(ctx, m, ':', open);
      if (e?.type === 'organization') org ??= m;
    }
    if (org) return fromMention(ctx, org, ':', open);
    const pronoun = /^\s*(he|she|they|it)\b/i.exec(text.slice(start, stop));
    if (pronoun) {
      const at = start + pronoun[0].length - pronoun[1].length;
      return { speaker: null, speakerStart: at, speakerEnd: at + pronoun[1].length, cue: ':', end: open };
    }
    const np = /^\s*((?:(?:the|a|an)\s+)?[\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]*){0,4})/iu.exec(text.slice(start, stop));
    if (np && np[1].split(/\s+/).length <= 6 && /^(?:the|a|an)\s|^\p{Lu}/iu.test(np[1])) {
      const at = start + np[0].length - np[1].length;
      return fromDescription(ctx, at, at + np[1].length, ':', open);
    }
  }
  return null;
}
