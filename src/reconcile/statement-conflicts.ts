import type { Article } from '../records/article.js';
import type { ClaimRef, Finding } from '../records/finding.js';
import type { Span } from '../records/span.js';
import { contextStems } from './claim-context.js';
import { contentStemSet, contentStems, overlap } from './content-words.js';
import { CONTRAST_CLASSES, type ContrastClass, DAY_FILLERS } from './contrast-vocabulary.js';
import { countSources } from './independence.js';

/** Thresholds for calling two sentences reports of the same fact. */
export const STATEMENT_ALIGNMENT = {
  /** Content words (besides the contrasting one) the two sentences must share (higher: fewer false conflicts). */
  shared: 4,
  /** ... and the share of the smaller sentence's content words. */
  share: 0.5,
  /** Content words next to the contrasting word (within `window` on each side) the two must share: the same event. */
  nearShared: 2,
  window: 4,
  /** For days, stricter: the words beside the day and most of the sentence must be the same. */
  dayNearShared: 3,
  dayShare: 0.6,
  /**
   * ... or, where the word right beside each day is the same event word ("apologized Friday" against "apologize on
   * Saturday"), the sentences need only share `shared` words and `dayEventNearShared` beside the day.
   */
  dayEventNearShared: 3,
};

interface Slot {
  article: Article;
  source: string;
  contrast: ContrastClass;
  value: string;
  word: Span;
  sentence: Span;
  /** Read on first use: only slots that meet another source's different value are compared word by word. */
  words: () => SlotWords;
}

interface SlotWords {
  context: Set<string>;
  near: Set<string>;
  /** For a day: the stems of the words right before and after it (past fillers such as "on"), the dated event. */
  event: { stems: Set<string>; past: boolean };
}

const NO_EVENT = { stems: new Set<string>(), past: false };
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** A word that can name the dated event: lower case (not a name), and a content word. */
const EVENT_WORD = /^\p{Ll}/u;
/** A past-tense form ("apologized", "voted"): the beside word is then surely the event's verb, not a noun. */
const PAST_TENSE = /\p{Ll}{2,}ed$/u;

/**
 * The lower-case content words right beside a day, skipping fillers ("apologized on Friday"), none past a clause
 * boundary, and whether one is a past-tense verb: a noun beside the day ("members on Monday") is no event.
 */
function besideWords(text: string, sentence: Span, word: Span): { stems: Set<string>; past: boolean } {
  const out = new Set<string>();
  let past = false;
  const take = (w: string) => {
    if (!EVENT_WORD.test(w)) return;
    const stems = contentStems(w);
    for (const stemmed of stems) out.add(stemmed);
    if (stems.length > 0 && PAST_TENSE.test(w)) past = true;
  };
  const before = text.slice(sentence.start, word.start);
  const words = [...before.matchAll(WORD)];
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    if (/[,;:—–()]/.test(before.slice(w.index + w[0].length))) break;
    if (DAY_FILLERS.has(w[0].toLowerCase())) continue;
    take(w[0]);
    break;
  }
  const after = text.slice(word.end, sentence.end);
  for (const w of after.matchAll(WORD)) {
    if (/[,;:—–()]/.test(after.slice(0, w.index))) break;
    if (DAY_FILLERS.has(w[0].toLowerCase())) continue;
    take(w[0]);
    break;
  }
  return { stems: out, past };
}

function slotsOf(article: Article, sentencesOf: (article: Article) => Span[], source: string): Slot[] {
  const out: Slot[] = [];
  const classes = CONTRAST_CLASSES.filter((contrast) => contrast.cue.test(article.text));
  if (classes.length === 0) return out;
  for (const sentence of sentencesOf(article)) {
    const text = article.text.slice(sentence.start, sentence.end);
    for (const contrast of classes) {
      if (!contrast.cue.test(text)) continue;
      // The sentence's words without the contrasting ones: the same for every match in it.
      let context: Set<string> | null = null;
      const contextOf = () => {
        context ??= contentStemSet(text.replace(contrast.pattern, ' '));
        return context;
      };
      for (const match of text.matchAll(contrast.pattern)) {
        // "Foreign Minister Ilse Varga" is one person's title, not the office the sentence is about.
        if (contrast.name === 'office' && /^\s+\p{Lu}/u.test(text.slice(match.index + match[0].length))) continue;
        const start = sentence.start + match.index + match[0].indexOf(match[1]);
        const value = contrast.canonical(match[1]);
        const word = { start, end: start + match[1].length };
        let words: SlotWords | null = null;
        const wordsOf = () => {
          words ??= {
            context: contextOf(),
            near: contextStems(article.text, sentence, word, STATEMENT_ALIGNMENT.window),
            event: contrast.name === 'day' ? besideWords(article.text, sentence, word) : NO_EVENT,
          };
          return words;
        };
        out.push({ article, source, contrast, value, word, sentence, words: wordsOf });
      }
    }
  }
  return out;
}

/** A sentence naming two members of a class (two days, two offices) is about more than one fact: no conflict is read from it. */
function namesOneMember(slot: Slot, slots: Slot[]): boolean {
  return !slots.some(
    (other) =>
      other.article === slot.article &&
      other.sentence === slot.sentence &&
      other.contrast === slot.contrast &&
      other.value !== slot.value,
  );
}

/**
 * Two sentences state the same fact when they share most of their words and the words beside the contrasting one,
 * or when one corroborated claim stands in both and the words beside the contrasting one agree. Two days date the
 * same fact only in nearly the same sentence, or beside the same event verb ("apologized Friday", "apologize Saturday").
 */
function sameFact(a: Slot, b: Slot, anchors: SentenceAnchors): boolean {
  const [wordsA, wordsB] = [a.words(), b.words()];
  const nearShared = overlap(wordsA.near, wordsB.near).shared;
  const { shared, ofSmaller } = overlap(wordsA.context, wordsB.context);
  if (a.contrast.name === 'day') {
    // A day is named for many events in one story (filed, released, announced): only nearly the same sentence counts.
    const { dayNearShared, dayShare, dayEventNearShared } = STATEMENT_ALIGNMENT;
    if (shared < STATEMENT_ALIGNMENT.shared) return false;
    if (nearShared >= dayNearShared && ofSmaller >= dayShare) return true;
    // One side must date a past-tense verb ("apologized Friday"), the other the same verb in any form.
    const sameEvent =
      (wordsA.event.past || wordsB.event.past) && overlap(wordsA.event.stems, wordsB.event.stems).shared > 0;
    return sameEvent && nearShared >= dayEventNearShared;
  }
  if (nearShared < STATEMENT_ALIGNMENT.nearShared) return false;
  if (shared >= STATEMENT_ALIGNMENT.shared && ofSmaller >= STATEMENT_ALIGNMENT.share) return true;
  const left = anchors.get(sentenceKey(a.article.id, a.sentence.start));
  const right = anchors.get(sentenceKey(b.article.id, b.sentence.start));
  return !!left && !!right && [...left].some((anchor) => right.has(anchor));
}

/** For each sentence (`article:start`), the corroborated findings with a claim in it. */
export type SentenceAnchors = Map<string, Set<number>>;

function sentenceKey(article: string, start: number): string {
  return `${article}:${start}`;
}

/** Sentences holding claims that two or more independent sources corroborate: anchors for aligning other facts. */
export function sentenceAnchors(findings: Finding[]): SentenceAnchors {
  const anchors: SentenceAnchors = new Map();
  findings.forEach((finding, index) => {
    if (finding.status !== 'corroborated' || finding.sources < 2) return;
    for (const claim of finding.claims) {
      const key = sentenceKey(claim.article, claim.sentenceStart ?? claim.start);
      anchors.set(key, (anchors.get(key) ?? new Set()).add(index));
    }
  });
  return anchors;
}

function claimOf(slot: Slot): ClaimRef {
  return {
    article: slot.article.id,
    text: slot.article.text.slice(slot.word.start, slot.word.end),
    start: slot.word.start,
    end: slot.word.end,
    sentenceStart: slot.sentence.start,
    sentenceEnd: slot.sentence.end,
  };
}

function label(article: Article): string {
  return article.outlet ?? article.file.split(/[\\/]/).pop() ?? article.id;
}

/**
 * Facts two sources state differently: reports of the same event (sentences sharing most of their content words)
 * that put different members of a closed set (an office, a weekday) in the same place.
 */
export function statementConflicts(
  story: string,
  articles: Article[],
  sentencesOf: (article: Article) => Span[],
  groups: Map<string, string>,
  anchors: SentenceAnchors = new Map(),
): Finding[] {
  // Conflicts are between sources: the articles of a story of one source need not even be laid out.
  if (
    countSources(
      articles.map((article) => article.id),
      groups,
    ) < 2
  )
    return [];
  const slots: Slot[] = [];
  for (const article of articles) {
    for (const slot of slotsOf(article, sentencesOf, groups.get(article.id) ?? article.id)) slots.push(slot);
  }
  // One finding per contradiction (an office, the two values), holding every article on either side.
  const byContradiction = new Map<string, { first: Slot; second: Slot; slots: Slot[] }>();
  for (let i = 0; i < slots.length; i++) {
    for (let j = i + 1; j < slots.length; j++) {
      const [a, b] = [slots[i], slots[j]];
      if (a.source === b.source || a.contrast !== b.contrast || a.value === b.value || !sameFact(a, b, anchors))
        continue;
      if (!namesOneMember(a, slots) || !namesOneMember(b, slots)) continue;
      const key = `${a.contrast.name}|${[a.value, b.value].sort().join('|')}`;
      const entry = byContradiction.get(key) ?? { first: a, second: b, slots: [] };
      for (const slot of [a, b]) {
        if (!entry.slots.some((s) => s.article === slot.article && s.value === slot.value)) entry.slots.push(slot);
      }
      byContradiction.set(key, entry);
    }
  }
  return [...byContradiction.values()].map(({ first: a, second: b, slots: involved }) => {
    const saysBoth = (one: Slot, other: Slot) =>
      slots.some((s) => s.article === one.article && s.contrast === one.contrast && s.value === other.value);
    const selfContradicting = involved.filter((one) => saysBoth(one, one.value === a.value ? b : a));
    return {
      story,
      kind: a.contrast.name === 'day' ? 'date' : 'statement',
      status: 'conflict',
      summary: `${label(a.article)} says ${a.value}, ${label(b.article)} says ${b.value} (${a.contrast.name})`,
      sources: countSources(
        involved.map((slot) => slot.article.id),
        groups,
      ),
      claims: involved.map(claimOf),
      value: null,
      note:
        selfContradicting.length > 0
          ? selfContradicting
              .map(
                (one) =>
                  `${label(one.article)} also says ${one.value === a.value ? b.value : a.value} elsewhere, contradicting itself`,
              )
              .join('; ')
          : null,
    } satisfies Finding;
  });
}
