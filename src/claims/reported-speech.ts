import type { Span } from '../records/span.js';
import { WIRE_SERVICES } from '../text/lexicon/names.js';
import { matchBefore, matchesBefore } from '../text/matches.js';
import { lastIndexWithin, spaceStartBefore } from '../text/within.js';
import { BARE_CLAUSE_VERB_SET, CREDIT_VERB_SET, TELL_VERB_SET } from './quote-cues.js';
import { type VerbHit, verbsIn } from './quote-verbs.js';
import { type Attribution, attributionAfter, type SpeakerContext, speakerAfter, speakerBefore } from './speakers.js';

/** Reported speech: what a speaker said, without quotation marks. */
export interface Report {
  content: Span;
  attribution: Attribution;
  sentence: Span;
}

/** How far (characters) the subject of a bare "X said the ..." may sit before its verb. */
const BARE_SUBJECT_REACH = 60;
/** How many characters may separate a bare verb's subject from it ("Trump, 70, said"; "he also said"). */
const BARE_SUBJECT_GAP = 14;
/** Reported content shorter than this many characters is not worth a claim ("he said so"). */
const MIN_CONTENT_CHARS = 12;
/** Words a verb may be separated from its `that` by ("said earlier on Friday during a news conference that"). */
const THAT_REACH_WORDS = 8;

/** A short capitalised title in closed quotation marks (`on “Meet the Press”`): a programme, not a quotation. */
const QUOTED_TITLE = String.raw`“\p{Lu}[^“”\n]{0,40}”|"\p{Lu}[^"\n]{0,40}"`;
const QUOTED_TITLE_ANYWHERE = new RegExp(QUOTED_TITLE, 'gu');
/** After a verb: a few words with no stop (`told reporters`, `said on Tuesday`, `said on “Face the Nation”`), then `that`. */
const THEN_THAT = new RegExp(
  `^((?:,?\\s+(?:${QUOTED_TITLE}|[\\p{L}\\p{N}’'.-]+)){0,${THAT_REACH_WORDS}}?),?\\s+that\\s+`,
  'u',
);
/** A place or an aside set off by commas ("in Toledo, Ohio, that", "said, however, that"): no clause boundary. */
const ASIDE_IN_COMMAS =
  /,\s(?:\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?|however|though|too|also|again|instead|moreover)(?=,|$)/gu;
/** After a verb of telling: the hearer, which may hold a comma ("told a town hall in Salem, New Hampshire that"). */
const TELL_THEN_THAT = new RegExp(
  `^((?:,?\\s+(?:${QUOTED_TITLE}|[\\p{L}\\p{N}’'.-]+)){0,${THAT_REACH_WORDS + 4}}?),?\\s+that\\s+`,
  'u',
);
const CLAUSE_AHEAD = /^,?\s+(?=[\p{L}\p{N}$€£])/u;
/** Time and setting phrases that may sit between a verb and its bare clause ("said Thursday", "said in a statement"). */
const ADJUNCT =
  /^(?:,?\s+(?:(?:on|late|early|earlier|later|last|this|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|week|month|year|night|morning|afternoon|evening|weekend)(?:\s+(?:morning|afternoon|evening|night))?|,?\s+(?:earlier|later|again|also|repeatedly|recently|previously|publicly|privately|once)|,?\s+(?:to\s+reporters|to\s+the\s+crowd|to\s+supporters)|,?\s+(?:in|during)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|interview|speech|conference|call|letter|post|tweet|email|address|briefing|hearing|debate|appearance|rally|op-ed|memo))+/u;
/** Words after a bare verb that do not start a reported clause. */
const NOT_CLAUSE_START =
  /^(?:to|in|on|at|of|about|for|with|during|after|before|from|by|so|as|including|like|among|adding|saying|whether|what|how|why|when|where|who|which|earlier|later|while|through|into|over|under|and|or|but|goodbye|hello|yes|no(?=\s+to\b|\s*[,.;!?]|$)|nothing|something|anything|little|more|less|reporters|him|her(?!\s+\p{Ll}+\s+(?:was|is|had|has|would|will|could|should|did|does|were|are)\b)|them|me|us|thanks|thank|sorry|otherwise|hi|okay|ok|please|amen|instead|publicly|privately|repeatedly|here|there's|the\s+same|the\s+words?)\b/iu;
/** The hearer of a "tell" verb, then the subject of the reported clause ("told The Star-Ledger last week she ..."). */
const TELL_THEN_SUBJECT =
  /^(?:\s+[\p{L}\p{N}’'.-]+){1,7}?,?\s+(?=(?:he|she|they|it|we|I|there|the|his|her|their|its)\s)/u;
const TRAILING = /,\s*([^,]{2,90}?)\s*[.!?]?["”’]?\s*$/gu;
/** Further back than any TRAILING match reaches: searched from every start of a long sentence, it was quadratic. */
const TRAILING_REACH = 120;
const LEADING_ACCORDING = /^\s*(?:But\s+|And\s+)?(According\s+to|In\s+the\s+words\s+of)\s+/u;
const QUOTE_MARK = /^[\s"“‘'«„]/;
const OPENING_MARK = /^\s*["“‘'«„]/;
/** A participle that reports speech only after a comma: `..., saying the plan ...`. */
const PARTICIPLE = /ing$/i;

/** An adverb in -ly (not "only") opening a reported clause, with any "that" after it. */
const LEADING_MANNER_ADVERB = /^(?!only\b)\p{Ll}{3,}ly,?\s+(?:that\s+)?/u;

function trimContent(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  // "stated clearly he had not served": the manner adverb belongs to the report, not to what was said.
  const adverb = LEADING_MANNER_ADVERB.exec(text.slice(s, Math.min(e, s + 40)));
  if (adverb) s += adverb[0].length;
  while (e > s && /[\s.,;:!?—–-]/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

function report(content: Span, attribution: Attribution | null, sentence: Span): Report | null {
  if (!attribution || attribution.speakerStart === null) return null;
  if (content.end - content.start < MIN_CONTENT_CHARS) return null;
  return { content, attribution, sentence };
}

/** Whether an attribution names a news outlet or wire service ("Reuters", "the Times", "Ukrinform"). */
export function isOutlet(ctx: SpeakerContext, att: Attribution): boolean {
  if (att.speakerStart === null || att.speakerEnd === null) return false;
  const surface = ctx.text.slice(att.speakerStart, att.speakerEnd).toLowerCase();
  const words = surface.split(/[\s’']+/);
  if (words.some((w) => WIRE_SERVICES.has(w))) return true;
  return /\b(?:news|times|post|journal|press|agency|newspaper|daily|outlet|magazine|network|tribune|herald|gazette|wire|television|radio|broadcaster)$/.test(
    surface,
  );
}

/** A credit line closing the sentence at or after `from` (`, Reuters reported.`): where it starts, or -1. */
function creditStart(ctx: SpeakerContext, s: Span, from: number): number {
  const text = ctx.text;
  const tail = text.slice(from, s.end);
  const m = matchBefore(TRAILING, tail, tail.length, TRAILING_REACH);
  if (!m) return -1;
  const comma = from + m.index;
  if (ctx.quoted(comma)) return -1;
  const att = attributionAfter(ctx, comma, s.end);
  if (!att || att.end < s.end - 3 || att.speakerStart === null) return -1;
  return comma;
}

/** The content of a clause that starts at `start`: to the end of the sentence, less a closing credit line. */
function clause(ctx: SpeakerContext, s: Span, start: number): Span {
  const credit = creditStart(ctx, s, start);
  return trimContent(ctx.text, start, credit > start ? credit : s.end);
}

/** The subject of a verb that opens a bare clause: a speaker right before it (or a participle's subject). */
function subjectOf(ctx: SpeakerContext, s: Span, v: VerbHit, contentStart: number): Attribution | null {
  const text = ctx.text;
  if (PARTICIPLE.test(v.verb)) {
    // "..., saying the plan ...": only a participle set off by a comma reports the subject's speech.
    if (/,\s*$/.test(text.slice(Math.max(s.start, v.start - 4), v.start)))
      return speakerBefore(ctx, s.start, v.start, v.verb, contentStart);
    // "... issued a statement saying that ...": a document speaks for whoever the sentence says issued it.
    const lead = text.slice(Math.max(s.start, v.start - DOCUMENT_REACH), v.start);
    const doc = DOCUMENT_BEFORE_PARTICIPLE.exec(lead);
    if (!doc) return null;
    return speakerBefore(ctx, s.start, v.start - lead.length + doc.index, v.verb, contentStart);
  }
  const lead = text.slice(s.start, v.start);
  // "He’s comparing ... and says Obama is ...": a second verb shares the subject of the sentence.
  if (matchesBefore(AND_BEFORE, lead, lead.length, AND_REACH)) return sentenceSubject(ctx, s, v, contentStart);
  // "Govs. Bush and Christie, who say the ...": the relative pronoun stands for the name before it.
  // "Justice Ann Roe who said she ...": a name may take its relative clause without a comma.
  // The patterns end at the verb: only the lead's tail is searched, which keeps them cheap on long sentences.
  const whoTail = lead.slice(-RELATIVE_REACH);
  const who = whoTail.includes('who') ? RELATIVE_WHO.exec(whoTail) : null;
  const until = who ? v.start - whoTail.length + who.index : v.start;
  // "Ryan, a Catholic and chairman of the budget panel, said ...": the subject stands before a long appositive.
  const appositiveTail = lead.slice(-APPOSITIVE_REACH);
  const appositive = endsInComma(lead) ? APPOSITIVE_LEAD.exec(appositiveTail) : null;
  const appositiveAt = appositive ? v.start - appositiveTail.length + appositive.index : -1;
  const reach = appositive ? until - s.start : BARE_SUBJECT_REACH;
  const att = speakerBefore(ctx, Math.max(s.start, until - reach), until, v.verb, contentStart);
  if (att && att.speakerEnd !== null) {
    const opens = appositive ? appositiveAt + appositive[0].indexOf(',') : -1;
    if (att.named && att.speakerEnd <= opens) return att;
    const gap = text.slice(att.speakerEnd, v.start);
    // "Schoen, says his man ...": the name may close an appositive; "..., said David Axelrod, a ..." is inverted.
    const inverted = /^\s*,/.test(gap) && INVERTED_NAME.test(text.slice(contentStart, contentStart + 60));
    const near = gap.length <= BARE_SUBJECT_GAP && (SUBJECT_GAP.test(gap) || !/[;:()]|\bto,/.test(gap));
    if (who || (near && !inverted) || APPOSITIVE_GAP.test(gap)) return att;
  }
  return described(ctx, s, v, contentStart) ?? counted(ctx, s, v, contentStart);
}

/**
 * `and` right before a verb, with an adverb between (`/\band\s+(?:(?:also|then|now)\s+)?$/`), searched only that far
 * back: tried from every start of a long sentence with many verbs, the pattern was quadratic.
 */
const AND_BEFORE = /\band\s+(?:(?:also|then|now)\s+)?$/g;
const AND_REACH = 24;

/** Whether `s` ends in a comma and any white space (`/,\s*$/`), read backwards rather than tried from every start. */
function endsInComma(s: string): boolean {
  const i = spaceStartBefore(s, s.length);
  return i > 0 && s.charCodeAt(i - 1) === 44;
}

/** How far back (characters) a document noun may stand before the participle that gives its words. */
const DOCUMENT_REACH = 60;
/** A document noun, with a short phrase after it ("letters to Congress"), right before a participle of saying. */
const DOCUMENT_BEFORE_PARTICIPLE =
  /\b(?:statement|statements|letter|letters|release|memo|report|post|tweet|email|message|video|ad|filing|complaint|lawsuit|suit|resolution|petition|op-ed|column|editorial|notice|order|ruling)(?:\s+(?:to|on|from|for|in)\s+[^,;:.!?“”"()]{1,30}?)?\s+$/;
/** How many characters before a verb a relative `who` and an appositive are looked for. */
const RELATIVE_REACH = 40;
const APPOSITIVE_REACH = 180;
/** A name, then an appositive opening in lower case and set off by commas, right before a verb. */
const APPOSITIVE_LEAD =
  /\p{Lu}[\p{L}.’'-]*,\s+(?:a|an|the|\p{Ll}+)\s[^,;:()“”"]{0,120},\s*(?:(?:also|has|had|have|then)\s+)?$/u;
/** A relative `who` right before a verb, after a comma or right after a capitalised name, and any auxiliaries. */
const RELATIVE_WHO = /(?:,\s*|(?<=\p{Lu}[\p{L}.’'-]*)\s+)who\s+(?:(?:also|now|still|have|has|had|later|then)\s+)*$/u;
/** The same, with any one word between `who` and the verb ("who famously said"): the relative clause is closed by a comma. */
const RELATIVE_CLAUSE_VERB = /(?:,\s*|(?<=\p{Lu}[\p{L}.’'-]*)\s+)who\s+(?:\p{Ll}+\s+)?$/u;
/** A name set off by a comma right after the verb: the speaker of an inverted attribution, not a clause. */
const INVERTED_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*(?:,|$)/u;
/** Between a subject and its verb: nothing, a possessive, a parenthesis, adverbs ("Trump (R) also said"). */
const SUBJECT_GAP =
  /^(?:['’]s?)?(?:\s*\([^()]{0,40}\))?\s*(?:(?:\p{Ll}+ly|also|has|had|have|would|will|then|later|once|again|was|is|now|still|never|already|often|always)\s+)*$/u;
/**
 * Between a subject and its verb: an appositive set off by commas ("Chris Cox, who runs the NRA’s arm, says"), which
 * may hold an abbreviated place ("Jo Wills, of Dayton, Ohio, or Salem, Ore., said").
 */
const APPOSITIVE_GAP =
  /^(?:['’]s?)?(?:\s*\([^()]{0,40}\))?\s*[,—–](?:[^;:.!?“”"]|(?<=\b\p{Lu}\p{Ll}{0,3})\.){1,140}[,—–]\s*(?:(?:also|has|had|have|then)\s+)?$/u;

/** The first person or organisation (or a pronoun standing for one) opening the sentence. */
function sentenceSubject(ctx: SpeakerContext, s: Span, v: VerbHit, end: number): Attribution | null {
  // "Some booed, and when Rubio thanked Miami and said ...": the subject opens the clause the verb is in.
  let from = s.start;
  CLAUSE_OPENER.lastIndex = 0;
  const lead = ctx.text.slice(s.start, v.start);
  for (let b = CLAUSE_OPENER.exec(lead); b !== null; b = CLAUSE_OPENER.exec(lead))
    from = s.start + b.index + b[0].length;
  for (const m of ctx.mentions) {
    if (m.start < from) continue;
    if (m.start >= v.start || ctx.text.slice(from, m.start).split(/\s+/).length > 5) break;
    const e = ctx.entities.find((x) => x.id === m.entity);
    if (e && e.type !== 'place' && !ctx.quoted(m.start)) {
      return { speaker: e.name, speakerStart: m.start, speakerEnd: m.end, cue: v.verb, end, named: true };
    }
  }
  const np = OPENING_NP.exec(ctx.text.slice(s.start, v.start));
  if (!np) return null;
  const start = s.start + np[0].length - np[1].length;
  return { speaker: np[1], speakerStart: start, speakerEnd: start + np[1].length, cue: v.verb, end };
}

const CLAUSE_OPENER = /\b(?:when|while|as|after|before|because|since|although)\s+/g;

/** A determined noun phrase opening a sentence before its first verb ("The Arizona Republican survived"). */
const OPENING_NP = /^\s*((?:the|a|an|one|another)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=\s+\p{Ll}+(?:ed|s)\b)/iu;
/**
 * How far before a verb its subject is looked for by a pattern anchored at the verb: tried from every start in a
 * long sentence with many verbs, such a pattern is quadratic, and no subject it reads is this long.
 */
const SUBJECT_REACH = 200;
/** A determined noun phrase right before the verb ("The billionaire real estate magnate says"). */
const DESCRIBED =
  /(?:^|[,;]\s*|\b(?:and|but)\s+)((?:the|a|an|one|another)\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)\s+(?:(?:also|has|had|have|then|now)\s+)?$/giu;

function described(ctx: SpeakerContext, s: Span, v: VerbHit, end: number): Attribution | null {
  const lead = ctx.text.slice(s.start, v.start);
  const m = matchBefore(DESCRIBED, lead, lead.length, SUBJECT_REACH);
  if (!m) return null;
  const start = s.start + m.index + m[0].indexOf(m[1]);
  return { speaker: m[1], speakerStart: start, speakerEnd: start + m[1].length, cue: v.verb, end };
}

const COUNTED =
  /(?:^|[,;:]\s*|\b(?:and|but|while|whereas)\s+)((?:about|around|nearly|almost|roughly|only|just|over|some|more\s+than|fewer\s+than)?\s*(?:[\d.,]+\s*(?:%|percent|per\s+cent)|[\p{L}-]+\s+(?:percent|in\s+(?:10|ten|\d+))|majorities|a\s+majority|most|half|many|few)(?:\s+of\s+[\p{L}\s-]{2,40}?)?)\s+$/giu;

/** "Twenty-four percent said", "52 percent of voters say", "Six in 10 say": a counted group as the speaker. */
function counted(ctx: SpeakerContext, s: Span, v: VerbHit, contentStart: number): Attribution | null {
  const lead = ctx.text.slice(s.start, v.start);
  const m = matchBefore(COUNTED, lead, lead.length, SUBJECT_REACH);
  if (!m) return null;
  const phrase = m[1].trim();
  const start = s.start + lead.lastIndexOf(phrase);
  return {
    speaker: phrase,
    speakerStart: start,
    speakerEnd: start + phrase.length,
    cue: v.verb,
    end: contentStart,
  };
}

/** `X said (that) ...`, `X told reporters ...`, `..., saying ...`: the clause after a verb and its subject. */
function afterVerb(ctx: SpeakerContext, s: Span, v: VerbHit): Report | null {
  const text = ctx.text;
  const verb = v.verb.toLowerCase();
  if (!BARE_CLAUSE_VERB_SET.has(verb) && !TELL_VERB_SET.has(verb)) return null;
  const ahead = text.slice(v.end, Math.min(s.end, v.end + 120));
  let contentStart = -1;
  const tell = TELL_VERB_SET.has(verb);
  // Most verbs have no `that` ahead: the lazy pattern would try each count of words before failing.
  const that = ahead.includes('that') ? (tell ? TELL_THEN_THAT : THEN_THAT).exec(ahead) : null;
  // `said that “...”` is reported speech with a quoted fragment, kept as both.
  // "agreed to talk on the condition that ...": an infinitive before `that` takes the clause for itself.
  const reach = that ? that[1].replace(QUOTED_TITLE_ANYWHERE, 'Title') : '';
  const unbroken = tell || !/[.,]\s|,$/.test(reach.replace(ASIDE_IN_COMMAS, ''));
  const usable = that && !/[;:!?“”"]/.test(reach) && unbroken && !INFINITIVE.test(reach);
  if (that && usable) contentStart = v.end + that[0].length;
  else {
    let at = v.end;
    if (TELL_VERB_SET.has(verb)) {
      const hearer = TELL_THEN_SUBJECT.exec(ahead);
      if (!hearer || /[,.;:!?“”"]/.test(hearer[0].trimEnd().slice(0, -1))) return null;
      at += hearer[0].length;
    } else {
      const adjunct = ADJUNCT.exec(ahead);
      if (adjunct) at += adjunct[0].length;
    }
    const gap = CLAUSE_AHEAD.exec(text.slice(at, at + 4));
    if (!gap && !TELL_VERB_SET.has(verb)) return null;
    contentStart = at + (gap ? gap[0].length : 0);
    const rest = text.slice(contentStart, Math.min(s.end, contentStart + 40));
    if (!TELL_VERB_SET.has(verb) && NOT_CLAUSE_START.test(rest)) return null;
    // Verbs with other senses ("added 292,000 jobs", "wrote his dissertation") need a clause subject next.
    if (!LOOSE_VERBS.has(verb) && !TELL_VERB_SET.has(verb) && !CLAUSE_SUBJECT.test(rest)) return null;
  }
  // A quote right after the verb is direct speech (`said, “...”`), handled with the quotes.
  if (contentStart >= s.end || (!that && OPENING_MARK.test(text.slice(contentStart, contentStart + 2)))) return null;
  // A `that` clause marks the verb as reporting: its subject may stand anywhere before it in the sentence.
  const att =
    that && !PARTICIPLE.test(v.verb)
      ? speakerBefore(ctx, s.start, v.start, v.verb, contentStart)
      : subjectOf(ctx, s, v, contentStart);
  if (!att) return null;
  // "Reed, who said he was troubled by the vote, left early": the relative clause ends at its comma.
  const relative = RELATIVE_CLAUSE_VERB.test(text.slice(Math.max(s.start, v.start - 30), v.start));
  const close = relative ? text.indexOf(',', contentStart) : -1;
  const content =
    close > contentStart && close < s.end ? trimContent(text, contentStart, close) : clause(ctx, s, contentStart);
  return report(content, att, s);
}

/** `..., X said.` and `..., X said, including ...`: the clause before the comma that sets off the attribution. */
function beforeVerb(ctx: SpeakerContext, s: Span, v: VerbHit, taken: boolean): Report | null {
  const text = ctx.text;
  if (QUOTE_MARK.test(text[s.start]) || ctx.quoted(s.start) || PARTICIPLE.test(v.verb)) return null;
  const comma = lastIndexWithin(text, ',', Math.max(s.start + 1, v.start - 70), v.start);
  if (comma < 0 || ctx.quoted(comma)) return null;
  const tail = text.slice(v.end, s.end);
  // `, he said, “...”` introduces the quote after it; `, the students states,` is a noun.
  if (!CLOSING_TAIL.test(tail) || /^\s*,?\s*["“‘]/.test(tail) || NOUN_FORMS.has(v.verb.toLowerCase())) return null;
  const att = attributionAfter(ctx, comma, Math.min(s.end, v.end + 40));
  if (!att || att.speakerStart === null || att.speakerStart < comma || att.speakerStart > v.start) return null;
  // "..., Ukrinform reports." credits an outlet for the sentence: a source line, not speech.
  if (CREDIT_VERB_SET.has(v.verb.toLowerCase()) && (taken || isOutlet(ctx, att))) return null;
  if (taken && isOutlet(ctx, att)) return null;
  // `In the 1990s, Ms. Ripert said, when she ...`: an attribution in the middle reports the whole sentence.
  const middle = /^\s*,/.test(tail) && /\p{L}/u.test(tail.slice(tail.indexOf(',') + 1));
  const content = trimContent(text, s.start, middle ? s.end : comma);
  if (content.end - content.start >= MIN_CONTENT_CHARS) return report(content, att, s);
  return null;
}

function according(ctx: SpeakerContext, s: Span, cued: boolean): Report | null {
  const text = ctx.text;
  const m = LEADING_ACCORDING.exec(text.slice(s.start, s.end));
  if (m) {
    const from = s.start + m[0].length;
    const att = speakerAfter(ctx, from, m[1], s.end);
    if (!att) return null;
    const comma = text.indexOf(',', att.speakerEnd ?? from);
    if (comma < 0 || comma >= s.end || OPENING_MARK.test(text.slice(comma + 1, comma + 4))) return null;
    return report(clause(ctx, s, comma + 1), att, s);
  }
  // "..., according to a count by the AP." and "That’s bad, according to Rubio, because ...".
  const inner = cued ? /,?\s+according\s+to\s+/iu.exec(text.slice(s.start, s.end)) : null;
  if (!inner || QUOTE_MARK.test(text[s.start]) || ctx.quoted(s.start + inner.index)) return null;
  const from = s.start + inner.index + inner[0].length;
  const att = speakerAfter(ctx, from, 'according to', s.end) ?? sourcePhrase(ctx, from, s.end);
  if (!att) return null;
  return report(trimContent(text, s.start, s.start + inner.index), att, s);
}

/** "according to the most recent data available from the FBI": a long source phrase, kept as written. */
function sourcePhrase(ctx: SpeakerContext, from: number, to: number): Attribution | null {
  const m = /^[^,;:.!?“”"()]{3,90}/.exec(ctx.text.slice(from, to));
  if (!m || !/^(?:the|a|an|\p{Lu}|\d)/iu.test(m[0])) return null;
  const phrase = m[0].trimEnd();
  return {
    speaker: phrase,
    speakerStart: from,
    speakerEnd: from + phrase.length,
    cue: 'according to',
    end: from + phrase.length,
  };
}

/** `X asked Y whether ...`, `X wondered how ...`: a question reported in the words of its asker. */
function askedClause(ctx: SpeakerContext, s: Span, v: VerbHit): Report | null {
  if (!ASK_VERBS.has(v.verb.toLowerCase())) return null;
  const m = ASKED_CLAUSE.exec(ctx.text.slice(v.end, Math.min(s.end, v.end + 60)));
  if (!m || /[.;:!?“”"]/.test(m[0])) return null;
  const contentStart = v.end + m[0].length;
  const att = subjectOf(ctx, s, v, contentStart);
  return att ? report(clause(ctx, s, contentStart), att, s) : null;
}

/** `A new poll shows ...`, `The survey found that ...`: findings reported in the words of their source. */
function evidence(ctx: SpeakerContext, s: Span): Report[] {
  const text = ctx.text;
  const out: Report[] = [];
  const sentence = text.slice(s.start, s.end);
  EVIDENCE_VERB.lastIndex = 0;
  for (let m = EVIDENCE_VERB.exec(sentence); m !== null; m = EVIDENCE_VERB.exec(sentence)) {
    const verbStart = s.start + m.index + m[0].length - m[0].trimStart().length;
    if (ctx.quoted(verbStart)) continue;
    const lead = sentence.slice(0, m.index);
    const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(' — '), lead.lastIndexOf(':'));
    const np = lead.slice(cut + 1);
    const words = np.trim().split(/\s+/);
    if (words.length === 0 || words.length > 12 || !words.some((w) => EVIDENCE_NOUNS.has(w.toLowerCase()))) continue;
    const npStart = s.start + cut + 1 + (np.length - np.trimStart().length);
    const npEnd = s.start + m.index;
    const contentStart = s.start + m.index + m[0].length;
    if (OPENING_MARK.test(text.slice(contentStart, contentStart + 2)) && !/that\s+$/.test(m[0])) continue;
    const att: Attribution = {
      speaker: text.slice(npStart, npEnd),
      speakerStart: npStart,
      speakerEnd: npEnd,
      cue: m[1],
      end: contentStart,
    };
    const hit = report(clause(ctx, s, contentStart), att, s);
    if (hit) out.push(hit);
  }
  return out;
}

const EVIDENCE_VERB =
  /\s(shows?|showed|shown|found|finds|suggests|suggested|indicates|indicated|reveals|revealed)\s+(?:that\s+)?/g;
const EVIDENCE_NOUNS = new Set(
  'poll polls polling survey surveys study studies report reports records data analysis research figures numbers results review audit investigation documents filings emails video footage article count tally statistics estimates census'.split(
    ' ',
  ),
);

/** `Trump Says He Never Pledged To ...`: a title-case headline with a capitalised verb of saying. */
function headline(ctx: SpeakerContext, s: Span): Report | null {
  const sentence = ctx.text.slice(s.start, s.end);
  const m = HEADLINE_VERB.exec(sentence);
  if (!m || m.index === 0) return null;
  const words = sentence.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  if (words.length < 4 || words.filter((w) => /^\p{Lu}/u.test(w)).length < words.length * HEADLINE_CAPITALS)
    return null;
  const verbStart = s.start + m.index + 1;
  const v: VerbHit = { start: verbStart, end: verbStart + m[1].length, verb: m[1].toLowerCase() };
  const att = sentenceSubject(ctx, s, v, v.end);
  if (!att) return null;
  return report(trimContent(ctx.text, s.start + m.index + m[0].length, s.end), att, s);
}

/** Share of capitalised words that makes a sentence a headline. */
const HEADLINE_CAPITALS = 0.7;
const HEADLINE_VERB = /\s(Says|Said|Tells|Told|Warns|Claims|Insists|Admits|Denies|Vows|Argues|Predicts)\s+(?:That\s+)?/;

const ASK_VERBS = new Set(['asked', 'asks', 'wondered', 'wonders', 'questioned']);
/** After an asking verb: the one asked (a few words), then the question word that opens the reported question. */
const ASKED_CLAUSE = /^(?:\s+[\p{L}’'.-]+){0,4}?\s+(?=(?:whether|if|how|why|what|when|where|who)\s)/u;

/** Verbs whose bare clause may open with any word ("said much of it was"); others need a subject-like word. */
const LOOSE_VERBS = new Set(['said', 'says', 'say', 'saying', 'told', 'tells', 'telling']);
const CLAUSE_SUBJECT =
  /^(?:he|she|they|it|we|i|you|there|the|a|an|his|her|their|its|our|my|this|these|those|some|many|most|much|no|none|every|each|all|both|such|one|two|\p{Lu}|\d|\$)/iu;
/** `to` and a verb before a `that`: the `that` clause belongs to the infinitive ("agreed to talk ... that"). */
const INFINITIVE =
  /^\s+to\s+(?!reporters|the\s|a\s|an\s|his\s|her\s|their\s|him|them|us\b|me\b|supporters|voters|\p{Lu})/u;
/** Verb forms that are more often plural nouns at the end of a clause ("many other states"). */
const NOUN_FORMS = new Set([
  'states',
  'reasons',
  'claims',
  'notes',
  'remarks',
  'comments',
  'posts',
  'calls',
  'charges',
]);

/** What may follow a closing attribution before the sentence ends (`, she said in a video on Monday.`). */
const CLOSING_TAIL =
  /^(?:\s+(?:on|in|at|during|to|after|before|late|earlier|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b[^,.;!?“”"]{0,50})?\s*(?:[,.!?;]|["”’]|$)/;

/** Where a second reported clause joins the first (`, and`, `; but`), right before its subject. */
const JOINT = /\s*(?:[,;]\s*(?:and|but|while|whereas)?|\s(?:and|but|while|whereas))\s+$/g;
const JOINT_REACH = 40;

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** "The €20 billion pledged this quarter adds to ...": an amount is what was pledged, not who speaks. */
function speaksOfMoney(report: Report): boolean {
  return /[€$£¥₹]|\b(?:billion|million|trillion|bn)\b/i.test(report.attribution.speaker ?? '');
}

/**
 * `“...,” the mayor said, adding that the roads would reopen.`: in a sentence that opens with a quotation, the
 * participle after its attribution reports more of the speaker's words.
 */
function participlesAfterQuote(ctx: SpeakerContext, s: Span): Report[] {
  for (const v of verbsIn(ctx.verbs, s.start, s.end)) {
    if (ctx.quoted(v.start) || !PARTICIPLE.test(v.verb)) continue;
    const hit = afterVerb(ctx, s, v);
    return hit && !speaksOfMoney(hit) ? [hit] : [];
  }
  return [];
}

/**
 * What an inner `according to`, a HEADLINE_VERB and an EVIDENCE_VERB each need: one test of a sentence rules out all
 * three, where most sentences would otherwise be searched by each of their patterns.
 */
const ACCORDING_CUE = /according/i;
const VERB_CUE =
  /\s(?:Says|Said|Tells|Told|Warns|Claims|Insists|Admits|Denies|Vows|Argues|Predicts|shows?|showed|shown|found|finds|suggests|suggested|indicates|indicated|reveals|revealed)\s/;
/** Two searches, not one alternation: `according` in any case alone is a literal search, far faster than a scan. */
const reportCue = (s: string): boolean => ACCORDING_CUE.test(s) || VERB_CUE.test(s);

/**
 * Reported speech in each sentence: `X said (that) ...`, `X told reporters ...`, `..., saying ...`,
 * `..., X said.`, `According to X, ...`, `..., according to X.`; several a sentence when they do not overlap.
 * Sentences that open inside a quotation are left to direct quotes, and credit lines naming an outlet
 * (`, Reuters reported.`) are not speech.
 */
export function reportedSpeech(ctx: SpeakerContext, sentences: readonly Span[]): Report[] {
  const out: Report[] = [];
  for (const s of sentences) {
    if (ctx.quoted(s.start)) {
      out.push(...participlesAfterQuote(ctx, s));
      continue;
    }
    const hits: Report[] = [];
    const cued = reportCue(ctx.text.slice(s.start, s.end));
    const first = according(ctx, s, cued) ?? (cued ? headline(ctx, s) : null);
    if (first) hits.push(first);
    for (const v of verbsIn(ctx.verbs, s.start, s.end)) {
      if (ctx.quoted(v.start)) continue;
      const inside = hits.find((h) => overlaps(h.content, v));
      if (inside) {
        // "A said the bridge will open, and B said the road will close": the second clause ends the first.
        const hit = afterVerb(ctx, s, v);
        const at = hit?.attribution.speakerStart ?? -1;
        const between = at > inside.content.start ? ctx.text.slice(inside.content.start, at) : '';
        const joint = between ? matchBefore(JOINT, between, between.length, JOINT_REACH) : null;
        if (hit && joint) {
          inside.content = trimContent(ctx.text, inside.content.start, inside.content.start + joint.index);
          hits.push(hit);
        }
        continue;
      }
      const hit = afterVerb(ctx, s, v) ?? askedClause(ctx, s, v) ?? beforeVerb(ctx, s, v, hits.length > 0);
      if (hit && !speaksOfMoney(hit) && !hits.some((h) => overlaps(h.content, hit.content))) hits.push(hit);
    }
    if (cued) {
      for (const hit of evidence(ctx, s)) if (!hits.some((h) => overlaps(h.content, hit.content))) hits.push(hit);
    }
    hits.sort((a, b) => a.content.start - b.content.start);
    out.push(...hits);
  }
  return out;
}
