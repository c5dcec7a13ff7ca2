import type { Article } from '../records/article.js';
import type { ClaimRef, Finding } from '../records/finding.js';
import type { Span } from '../records/span.js';
import { contextStems } from './claim-context.js';
import { contentStemSet, overlap } from './content-words.js';
import { CONTRAST_CLASSES, type ContrastClass } from './contrast-vocabulary.js';
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
};

interface Slot {
  article: Article;
  source: string;
  contrast: ContrastClass;
  value: string;
  word: Span;
  sentence: Span;
  context: Set<string>;
  near: Set<string>;
}

function slotsOf(article: Article, sentences: Span[], source: string): Slot[] {
  const out: Slot[] = [];
  for (const sentence of sentences) {
    const text = article.text.slice(sentence.start, sentence.end);
    for (const contrast of CONTRAST_CLASSES) {
      for (const match of text.matchAll(new RegExp(contrast.pattern, 'giu'))) {
        const start = sentence.start + match.index + match[0].indexOf(match[1]);
        const value = contrast.canonical(match[1]);
        const context = contentStemSet(text.replace(new RegExp(contrast.pattern, 'giu'), ' '));
        const word = { start, end: start + match[1].length };
        const near = contextStems(article.text, sentence, word, STATEMENT_ALIGNMENT.window);
        out.push({ article, source, contrast, value, word, sentence, context, near });
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

function sameFact(a: Slot, b: Slot): boolean {
  const { shared, ofSmaller } = overlap(a.context, b.context);
  if (shared < STATEMENT_ALIGNMENT.shared || ofSmaller < STATEMENT_ALIGNMENT.share) return false;
  return overlap(a.near, b.near).shared >= STATEMENT_ALIGNMENT.nearShared;
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
  sentencesByArticle: Map<string, Span[]>,
  groups: Map<string, string>,
): Finding[] {
  const slots = articles.flatMap((article) =>
    slotsOf(article, sentencesByArticle.get(article.id) ?? [], groups.get(article.id) ?? article.id),
  );
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (let i = 0; i < slots.length; i++) {
    for (let j = i + 1; j < slots.length; j++) {
      const [a, b] = [slots[i], slots[j]];
      if (a.source === b.source || a.contrast !== b.contrast || a.value === b.value || !sameFact(a, b)) continue;
      if (!namesOneMember(a, slots) || !namesOneMember(b, slots)) continue;
      const key = `${a.contrast.name}|${[a.article.id, b.article.id].sort().join('|')}|${[a.value, b.value].sort().join('|')}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const saysBoth = (one: Slot, other: Slot) =>
        slots.some((s) => s.article === one.article && s.contrast === one.contrast && s.value === other.value);
      const selfContradicting = [a, b].filter((one) => saysBoth(one, one === a ? b : a));
      findings.push({
        story,
        kind: a.contrast.name === 'day' ? 'date' : 'statement',
        status: 'conflict',
        summary: `${label(a.article)} says ${a.value}, ${label(b.article)} says ${b.value} (${a.contrast.name})`,
        sources: countSources([a.article.id, b.article.id], groups),
        claims: [claimOf(a), claimOf(b)],
        value: null,
        note:
          selfContradicting.length > 0
            ? selfContradicting
                .map(
                  (one) =>
                    `${label(one.article)} also says ${one === a ? b.value : a.value} elsewhere, contradicting itself`,
                )
                .join('; ')
            : null,
      });
    }
  }
  return findings;
}
