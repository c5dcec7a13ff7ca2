import { insideQuotes, quotedSpans } from '../claims/quote-marks.js';
import { verbFollows } from '../claims/quote-verbs.js';
import type { Entity, EntityType } from '../records/claim.js';
import type { Span } from '../records/span.js';
import { asciiLettersEnd, lettersHash, lettersHashOf } from './ascii-letters.js';
import type { Layout } from './layout.js';
import {
  FEMALE_PRONOUNS,
  MALE_PRONOUNS,
  NEUTER_PRONOUNS,
  NEWS_ORG_WORDS,
  ORG_NOUNS,
  PERSON_NOUNS,
  PLURAL_PRONOUNS,
} from './lexicon/names.js';
import { type NameCandidate, nameCandidates } from './mention-names.js';

export type MentionKind = 'name' | 'pronoun' | 'description';

/** One mention of an entity, for looking up who a span of text refers to. */
export interface Mention extends Span {
  entity: number;
  kind: MentionKind;
}

/** How far back (in sentences) a pronoun or description looks for what it refers to. */
const PRONOUN_LOOKBACK_SENTENCES = 6;
/**
 * ...and in characters: without a bound, a pronoun in one very long sentence (a list, a transcript without stops)
 * weighed every name before it in the sentence, a cost quadratic in the sentence. Six ordinary sentences fit.
 */
const LOOKBACK_CHARS = 3000;

interface EntityState {
  id: number;
  name: string;
  tokens: string[];
  type: EntityType;
  gender: 'm' | 'f' | null;
  roles: Set<string>;
  mentions: Span[];
  lastSeen: number;
}

interface Seen {
  entity: EntityState;
  sentence: number;
  start: number;
  subject: boolean;
}

/** Whether `seen` lies too far back from `at` in sentence `sentence` to be referred to (`times` the usual reach). */
const beyondLookback = (seen: Seen, sentence: number, at: number, times = 1): boolean =>
  sentence - seen.sentence > times * PRONOUN_LOOKBACK_SENTENCES || at - seen.start > times * LOOKBACK_CHARS;

const lower = (t: string): string => (t.includes('’') ? t.toLowerCase().replace(/’/g, "'") : t.toLowerCase());
const ROLE_ALIASES: Record<string, string> = {
  sen: 'senator',
  'sen.': 'senator',
  rep: 'representative',
  'rep.': 'representative',
  gov: 'governor',
  'gov.': 'governor',
  gen: 'general',
  'gen.': 'general',
  congressman: 'representative',
  congresswoman: 'representative',
  spokeswoman: 'spokesman',
  spokesperson: 'spokesman',
  chairwoman: 'chairman',
};
const roleKey = (w: string): string => {
  const bare = w.replace(/^(?:ex|former)-/, '');
  return ROLE_ALIASES[bare] ?? bare;
};

const PRONOUN = /\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Tt]hey|[Tt]hem|[Tt]heir|[Ii]t|[Ii]ts)\b/g;
/** An inverted attribution before a name (`,” said Smith`); in "Roe asked Smith" Smith is the hearer. */
const SPEECH_BEFORE = /(?:^|[,.!?;:"”’'—–]\s*)(?:said|says|added|asked)\s*$/i;
const HEARER_BEFORE = /\b(?:asked|told|pressed)\s+$/;
/** A topic phrase opening the sentence (`Of Obama, he said`): its name is no speaker and no antecedent there. */
const TOPIC_LEAD =
  /^[\s"“‘']*(?:[Oo]f|[Aa]bout|[Oo]n|[Aa]s\s+for|[Aa]s\s+to|[Rr]egarding|[Aa]sked\s+about)\s+(?:(?:the\s+)?\p{Lu}[\p{L}.]*\s+){0,2}$/u;
/** A generic organisation noun right after a name (`the Green Earth group`) makes the name an organisation. */
const ORG_AFTER =
  /^\s+(?:group|organization|organisation|company|firm|agency|committee|coalition|movement|network|union|association|foundation|institute|council|charity|nonprofit|think\s+tank)\b/;
/** Whether `c` may be `\s`: ASCII answers exactly, anything else is left to the pattern. */
const mayBeSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c >= 128;
/** An appositive naming a role after a name (`Bob Lane, a seven-term congressman,`). */
const ROLE_APPOSITIVE = /^,\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)(?=[,.;])/u;

/** Mutable state of one extraction run; never shared between articles. */
class Resolver {
  readonly entities: EntityState[] = [];
  readonly seen: Seen[] = [];
  /** Entities by lower-cased full name, last word and first word; three maps rather than prefixed keys, which
   * would build and hash a new string at every lookup. */
  private readonly byName = new Map<string, EntityState[]>();
  private readonly byLast = new Map<string, EntityState[]>();
  private readonly byFirst = new Map<string, EntityState[]>();

  private static index(map: Map<string, EntityState[]>, key: string, e: EntityState): void {
    const list = map.get(key);
    if (!list) map.set(key, [e]);
    else if (!list.includes(e)) list.push(e);
  }

  private static lookup(map: Map<string, EntityState[]>, key: string, type?: EntityType): EntityState[] {
    const list = map.get(key) ?? [];
    return type ? list.filter((e) => e.type === type) : list;
  }

  private create(c: NameCandidate, type: EntityType): EntityState {
    const e: EntityState = {
      id: this.entities.length,
      name: c.tokens.join(' '),
      tokens: c.tokens,
      type,
      gender: c.gender,
      roles: new Set(),
      mentions: [],
      lastSeen: c.start,
    };
    this.entities.push(e);
    this.register(e);
    return e;
  }

  private register(e: EntityState): void {
    Resolver.index(this.byName, lower(e.name), e);
    if (e.type === 'person') {
      Resolver.index(this.byLast, lower(e.tokens[e.tokens.length - 1]), e);
      if (e.tokens.length > 1) Resolver.index(this.byFirst, lower(e.tokens[0]), e);
    } else {
      Resolver.index(this.byLast, lower(e.tokens[e.tokens.length - 1]), e);
    }
  }

  /** The best of several entities a short name could mean: the most mentioned, then the most recent. */
  private static best(list: EntityState[]): EntityState | null {
    let best: EntityState | null = null;
    for (const e of list) {
      if (
        !best ||
        e.mentions.length > best.mentions.length ||
        (e.mentions.length === best.mentions.length && e.lastSeen > best.lastSeen)
      ) {
        best = e;
      }
    }
    return best;
  }

  /** Links a name candidate to an entity (new or known); null when it is too weak to stand alone. */
  link(c: NameCandidate): EntityState | null {
    const full = lower(c.tokens.join(' '));
    const exact = Resolver.lookup(this.byName, full);
    if (exact.length > 0) return Resolver.best(exact);
    if (c.tokens.length === 1) {
      const word = lower(c.tokens[0]);
      const bySurname = Resolver.lookup(this.byLast, word);
      const hit = Resolver.best(bySurname) ?? Resolver.best(Resolver.lookup(this.byFirst, word));
      if (hit) return hit;
      if (c.weak && c.type === 'other') return null;
      return this.create(c, c.type === 'other' && c.roles.length > 0 ? 'person' : c.type);
    }
    if (c.type === 'person') {
      const last = lower(c.tokens[c.tokens.length - 1]);
      const first = lower(c.tokens[0]);
      for (const e of Resolver.lookup(this.byLast, last, 'person')) {
        const eFirst = lower(e.tokens[0]);
        if (e.tokens.length === 1 || eFirst === first || first.startsWith(eFirst) || eFirst.startsWith(first)) {
          if (c.tokens.length > e.tokens.length) {
            e.name = c.tokens.join(' ');
            e.tokens = c.tokens;
            e.gender ??= c.gender;
            this.register(e);
          }
          return e;
        }
      }
      // "Rutte" seen first as an unknown single word becomes the person once the full name appears.
      for (const e of Resolver.lookup(this.byName, last)) {
        if (e.tokens.length === 1 && e.type !== 'organization' && e.type !== 'place') {
          e.name = c.tokens.join(' ');
          e.tokens = c.tokens;
          e.type = 'person';
          e.gender ??= c.gender;
          this.register(e);
          return e;
        }
      }
    }
    return this.create(c, c.type);
  }

  addMention(e: EntityState, span: Span, sentence: number, subject: boolean, antecedent: boolean): void {
    e.mentions.push({ start: span.start, end: span.end });
    e.lastSeen = span.start;
    if (antecedent) this.seen.push({ entity: e, sentence, start: span.start, subject });
  }

  /** The entity a pronoun at `at` in sentence `sentence` refers to, or null when none fits. */
  resolvePronoun(word: string, at: number, sentence: number, exclude: EntityState | null = null): EntityState | null {
    const w = lower(word);
    const fits = (e: EntityState): boolean => {
      if (e === exclude) return false;
      if (MALE_PRONOUNS.has(w)) return e.type === 'person' && e.gender !== 'f';
      if (FEMALE_PRONOUNS.has(w)) return e.type === 'person' && e.gender !== 'm';
      if (PLURAL_PRONOUNS.has(w) || NEUTER_PRONOUNS.has(w)) return e.type === 'organization';
      return false;
    };
    let best: Seen | null = null;
    for (let k = this.seen.length - 1; k >= 0; k--) {
      const s = this.seen[k];
      if (s.start >= at) continue;
      if (beyondLookback(s, sentence, at)) break;
      if (!fits(s.entity)) continue;
      if (best && s.sentence !== best.sentence) break;
      // Within the nearest sentence that has a fit, a subject wins, then the earliest.
      if (!best || s.subject || !best.subject) best = s;
    }
    if (!best) return null;
    const e = best.entity;
    if (e.type === 'person' && e.gender === null) {
      if (MALE_PRONOUNS.has(w)) e.gender = 'm';
      else if (FEMALE_PRONOUNS.has(w)) e.gender = 'f';
    }
    return e;
  }

  /** The entity a definite description (`the senator`, `the newspaper`) refers to, or null. */
  resolveDescription(
    noun: string,
    at: number,
    sentence: number,
    said: (sentence: number) => boolean,
  ): EntityState | null {
    if (DOCUMENT_NOUNS.has(noun)) {
      // "The ministry issued a statement. The statement said ...": the subject of the sentence that issued it.
      let found: Seen | null = null;
      for (let k = this.seen.length - 1; k >= 0; k--) {
        const s = this.seen[k];
        if (s.start >= at || s.entity.type === 'place') continue;
        if (found && s.sentence !== found.sentence) break;
        if (beyondLookback(s, sentence, at)) break;
        // The first person or organisation of that sentence: its subject, as a rule.
        if (found || said(s.sentence)) found = s;
      }
      return found ? found.entity : null;
    }
    if (GENERIC_ORG_NOUNS.has(noun)) {
      for (let k = this.seen.length - 1; k >= 0; k--) {
        const s = this.seen[k];
        if (s.start >= at) continue;
        if (beyondLookback(s, sentence, at)) break;
        if (s.entity.type === 'organization') return s.entity;
      }
      return null;
    }
    const personal = PERSON_NOUNS.has(noun);
    const newsy = noun === 'newspaper' || noun === 'paper' || noun === 'daily' || noun === 'outlet';
    for (let k = this.seen.length - 1; k >= 0; k--) {
      const s = this.seen[k];
      if (s.start >= at) continue;
      if (beyondLookback(s, sentence, at, 3)) break;
      const e = s.entity;
      if (personal) {
        if (e.type === 'person' && e.roles.has(roleKey(noun))) return e;
      } else if (e.type === 'organization') {
        const words = e.tokens.map(lower);
        if (newsy || noun === 'publication' || noun === 'magazine' || noun === 'network' || noun === 'channel') {
          if (words.some((x) => NEWS_ORG_WORDS.has(x))) return e;
        } else if (words.includes(noun)) {
          return e;
        }
      }
    }
    return null;
  }
}

/**
 * People, organisations and places in `text`, each with every mention: names (the fullest one becomes the
 * entity's name, titles left out), later short names, pronouns (he/she: the most recent fitting person, a subject
 * first; they/it: an organisation) and definite descriptions (`the secretary general`, `the newspaper`) where the
 * text says which. Quoted text is searched for names but never supplies a pronoun's antecedent.
 */
export function extractEntities(text: string, layout: Layout): Entity[] {
  const resolver = new Resolver();
  const quoted = insideQuotes(quotedSpans(text, layout.paragraphs));
  const pronouns = pronounsOf(text, quoted);
  const descriptions = descriptionsOf(text, quoted);
  let p = 0;
  let d = 0;
  layout.sentences.forEach((sentence, si) => {
    const heading = isHeading(text, sentence);
    const names = nameCandidates(text, sentence.start, sentence.end);
    while (p < pronouns.length && pronouns[p].start < sentence.start) p++;
    while (d < descriptions.length && descriptions[d].start < sentence.start) d++;
    let n = 0;
    let subjectTaken = false;
    let topicEntity: EntityState | null = null;
    // Names, pronouns and descriptions in text order, so each pronoun sees only what came before it.
    for (;;) {
      const name = n < names.length ? names[n] : null;
      const pronoun = p < pronouns.length && pronouns[p].start < sentence.end ? pronouns[p] : null;
      const description = d < descriptions.length && descriptions[d].end <= sentence.end ? descriptions[d] : null;
      const at = Math.min(name?.start ?? Infinity, pronoun?.start ?? Infinity, description?.start ?? Infinity);
      if (at === Infinity) break;
      if (name && name.start === at) {
        n++;
        // A title-case heading names no new people: its capitalised words are ordinary words.
        const c = heading && name.type !== 'place' ? { ...name, type: 'other' as const, weak: true } : name;
        if (c.org) {
          const org = resolver.link({
            ...c,
            ...c.org,
            roles: [],
            type: 'organization',
            gender: null,
            org: null,
            weak: false,
          });
          if (org) resolver.addMention(org, c.org, si, false, !quoted(c.org.start));
        }
        const speaks =
          verbFollows(text, c.end, c.end + 40) !== null ||
          SPEECH_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start));
        const orgNamed =
          c.type !== 'place' && mayBeSpace(text.charCodeAt(c.end)) && ORG_AFTER.test(text.slice(c.end, c.end + 24));
        // "Roe asked Smith": the one asked or told is a person too, though not the subject.
        const hearer = c.type === 'other' && HEARER_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start));
        const typed: EntityType = orgNamed
          ? 'organization'
          : (speaks || hearer) && c.type === 'other'
            ? 'person'
            : c.type;
        const e = resolver.link(speaks || orgNamed || hearer ? { ...c, weak: false, type: typed } : c);
        if (!e) continue;
        if (orgNamed && e.type !== 'organization' && e.mentions.length === 0) e.type = 'organization';
        if ((speaks || hearer) && e.type === 'other') e.type = 'person';
        for (const r of c.roles) e.roles.add(roleKey(r));
        const appositive =
          text.charCodeAt(c.end) === 44 /* , */ ? ROLE_APPOSITIVE.exec(text.slice(c.end, c.end + 60)) : null;
        if (appositive) {
          for (const w of appositive[1].split(/\s+/))
            if (PERSON_NOUNS.has(baseNoun(w))) e.roles.add(roleKey(baseNoun(w)));
        }
        const inQuote = quoted(c.start);
        const topic =
          TOPIC_LEAD.test(text.slice(sentence.start, c.start)) && text.slice(c.end, c.end + 2).startsWith(',');
        if (topic) topicEntity = e;
        const subject = !inQuote && !topic && (speaks || (!subjectTaken && e.type === 'person'));
        if (subject && e.type === 'person') subjectTaken = true;
        resolver.addMention(e, c, si, subject, !inQuote && !topic);
      } else if (pronoun && pronoun.start === at) {
        p++;
        const e = resolver.resolvePronoun(pronoun.word, at, si, topicEntity);
        if (!e) continue;
        const speaks = verbFollows(text, pronoun.end, pronoun.end + 40) !== null;
        const subject = speaks || (!subjectTaken && e.type === 'person' && SUBJECT_PRONOUN.test(pronoun.word));
        if (subject && e.type === 'person') subjectTaken = true;
        resolver.addMention(e, pronoun, si, subject, true);
      } else if (description) {
        d++;
        const noun = description.noun;
        const e = resolver.resolveDescription(noun, at, si, (k) => {
          const span = layout.sentences[k];
          return k !== si && new RegExp(`\\b${noun}\\b`, 'i').test(text.slice(span.start, span.end));
        });
        if (e) resolver.addMention(e, description, si, false, true);
      }
    }
  });
  return finish(resolver.entities);
}

const SUBJECT_PRONOUN = /^(?:he|she)$/i;

interface PronounAt extends Span {
  word: string;
}

/** Pronouns outside quotes, in order (one scan of the whole text). */
function pronounsOf(text: string, quoted: (i: number) => boolean): PronounAt[] {
  const out: PronounAt[] = [];
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(text); m !== null; m = PRONOUN.exec(text)) {
    if (!quoted(m.index)) out.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
  }
  return out;
}

interface DescriptionAt extends Span {
  noun: string;
}

const THE = /\b[Tt]he\s+/g;
const DESCRIPTION_WORD = /[\p{L}-]+/uy;
/** How many words may sit between `the` and the noun ("the influential US daily"). */
const DESCRIPTION_MODIFIERS = 3;

/** Definite descriptions outside quotes (`the senator`, `the influential US daily`), in order. */
function descriptionsOf(text: string, quoted: (i: number) => boolean): DescriptionAt[] {
  const out: DescriptionAt[] = [];
  THE.lastIndex = 0;
  for (let m = THE.exec(text); m !== null; m = THE.exec(text)) {
    if (quoted(m.index)) continue;
    let i = m.index + m[0].length;
    for (let w = 0; w <= DESCRIPTION_MODIFIERS; w++) {
      let end = asciiLettersEnd(text, i);
      let noun: string | null = null;
      if (end > i && !mayContinueWord(text.charCodeAt(end))) {
        // A word of ASCII letters only: most are ruled out by their hash, without a lower-cased copy.
        if (NOUN_BITS[lettersHash & 0xffff] === 1) noun = text.slice(i, end).toLowerCase();
      } else {
        DESCRIPTION_WORD.lastIndex = i;
        const word = DESCRIPTION_WORD.exec(text);
        if (!word) break;
        end = i + word[0].length;
        noun = baseNoun(word[0]);
      }
      if (noun !== null && DESCRIPTION_NOUNS.has(noun)) {
        // "the secretary general": a title may run over more than one noun.
        let stop = end;
        DESCRIPTION_WORD.lastIndex = stop + 1;
        const more = text[stop] === ' ' ? DESCRIPTION_WORD.exec(text) : null;
        if (more && PERSON_NOUNS.has(more[0])) stop = stop + 1 + more[0].length;
        out.push({ start: m.index, end: stop, noun });
        break;
      }
      if (text[end] !== ' ') break;
      i = end + 1;
    }
  }
  return out;
}

/** `ex-congressman` is a congressman for finding who is meant. */
function baseNoun(word: string): string {
  const w = word.toLowerCase();
  // Only a word that starts with `ex-` or `former-` needs the replacement (and its new string).
  return w.startsWith('ex-') || w.startsWith('former-') ? w.replace(/^(?:ex|former)-/, '') : w;
}

/** Documents that speak for their author (`the statement said`): resolved to who issued one just before. */
const DOCUMENT_NOUNS = new Set(['statement', 'release', 'letter', 'memo', 'communique', 'filing']);
/** Every noun that heads a definite description, for one lookup per word instead of three. */
const DESCRIPTION_NOUNS: ReadonlySet<string> = new Set([...PERSON_NOUNS, ...ORG_NOUNS, ...DOCUMENT_NOUNS]);

/** Bits of the hashes of the description nouns made of ASCII letters; a word whose bit is clear is no such noun. */
const NOUN_BITS = new Uint8Array(1 << 16);
for (const noun of DESCRIPTION_NOUNS) if (/^[a-z]+$/.test(noun)) NOUN_BITS[lettersHashOf(noun) & 0xffff] = 1;

/** Whether a word of `[\p{L}-]+` may go on past an ASCII letter run with this character (a hyphen, a non-ASCII letter). */
const mayContinueWord = (c: number): boolean => c === 45 || c >= 128;

/** Organisation nouns general enough to mean the organisation named just before (`the group`). */
const GENERIC_ORG_NOUNS = new Set(['group', 'organization', 'organisation', 'company', 'firm', 'agency', 'charity']);

const WORD = /[\p{L}][\p{L}’'-]*/gu;
/** A line in title case with no closing stop, such as a section heading. */
function isHeading(text: string, sentence: Span): boolean {
  if (/[.!?:"”’]/.test(text[sentence.end - 1])) return false;
  let words = 0;
  let caps = 0;
  // Searched in the text cut at the sentence end, so a sentence without words is not searched to the next word.
  const upTo = text.slice(0, sentence.end);
  WORD.lastIndex = sentence.start;
  for (let m = WORD.exec(upTo); m !== null; m = WORD.exec(upTo)) {
    words++;
    const c = m[0].charCodeAt(0);
    if (c >= 65 && c <= 90) caps++;
  }
  return words >= 3 && caps / words >= 0.6;
}

function finish(states: EntityState[]): Entity[] {
  const used = states.filter((e) => e.mentions.length > 0);
  for (const e of used) e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  used.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return used.map((e, id) => ({ id, name: e.name, type: e.type, mentions: dedupe(e.mentions) }));
}

function dedupe(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (!last || last.start !== s.start || last.end !== s.end) out.push(s);
  }
  return out;
}

const PRONOUN_WORDS = new Set(['he', 'she', 'him', 'his', 'her', 'they', 'them', 'their', 'it', 'its']);

/**
 * A mention's kind read off the text: a pronoun, a description (`the senator`) or a name. Only a mention short enough
 * for a pronoun, or opening with a `t`, needs its text cut out and compared.
 */
function mentionKind(text: string, m: Span, name: string): MentionKind {
  const length = m.end - m.start;
  const first = text.charCodeAt(m.start);
  if (length > 5 && first !== 84 && first !== 116) return 'name';
  const surface = text.slice(m.start, m.end);
  if (PRONOUN_WORDS.has(surface.toLowerCase())) return 'pronoun';
  return /^the\s/i.test(surface) && !surface.includes(name) ? 'description' : 'name';
}

/** Every mention of every entity, sorted by position, with its kind read off the text. */
export function mentionTable(text: string, entities: readonly Entity[]): Mention[] {
  const out: Mention[] = [];
  for (const e of entities) {
    for (const m of e.mentions)
      out.push({ start: m.start, end: m.end, entity: e.id, kind: mentionKind(text, m, e.name) });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
