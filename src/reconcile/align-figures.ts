import type { Article } from '../records/article.js';
import type { Figure } from '../records/claim.js';
import type { ClaimRef, Finding } from '../records/finding.js';
import { appendTo } from '../text/lists.js';
import { CONTEXT_WINDOW, contextStemsWithin, DisjointSets } from './claim-context.js';
import { overlap, sharedAtLeast, stem } from './content-words.js';
import { boundsAgree, computeBounds, relativeDifference, type ValueBounds } from './figure-bounds.js';
import { describeFigure } from './format.js';
import { countSources } from './independence.js';
import { periodsCompatible } from './periods.js';

/** Thresholds of figure alignment. */
export const FIGURE_ALIGNMENT = {
  /**
   * Context words two equal figures must share to be the same claim. An amount of money or a percentage is specific
   * enough on its own within one story; a count of the same things needs one shared word; a count of things named
   * differently ("23 steps", "23 executive actions") needs two.
   */
  agreeSharedSpecific: 0,
  agreeSharedCount: 1,
  agreeSharedCountOtherUnit: 2,
  /**
   * A bare number agrees with an equal count whose unit its sentence names, from this value up: smaller numbers (two,
   * three) are too common in a story to tie two sentences by one word.
   */
  bareNumberMinValue: 10,
  /** Context words two different values must share before they are called a conflict (higher: fewer false conflicts). */
  conflictShared: 3,
  /** ... and the share of the smaller context they must make up. */
  conflictShare: 0.5,
  /** Words right beside two figures (within `nearWindow`) that, shared, show they count the same thing. */
  conflictNearShared: 2,
  nearWindow: 3,
  /** Below this relative difference a conflict is noted as possibly rounding. */
  roundingNote: 0.1,
};

/** A figure of the story, with what aligning it reads of its sentence. */
class FigureItem {
  /** Corroborated figures sharing its sentence: two sentences anchored by one agreed figure tell of the same fact. */
  readonly anchors = new Set<number>();
  /**
   * Whether it is the only count of its unit in its article (`a seven-term member`): two articles of one story that
   * each count that unit once, with the same value, count the same thing however differently they put it.
   */
  onlyOfItsUnit = false;
  /** The values it allows, needed for every figure it meets. */
  readonly bounds: ValueBounds;
  /** The stems that name its unit (none for a bare number). */
  readonly unitStems: readonly string[];
  private words: { context: Set<string>; near: Set<string> } | null = null;

  constructor(
    readonly figure: Figure,
    readonly article: Article,
  ) {
    this.bounds = computeBounds(figure);
    this.unitStems = figure.unit === null ? [] : unitStems(figure.unit);
  }

  /** Content words of the sentence around the figure. */
  get context(): Set<string> {
    return this.sentenceWords().context;
  }

  /** The few content words right beside it: what it counts and what happens to it ("cost the economy ... a day"). */
  get near(): Set<string> {
    return this.sentenceWords().near;
  }

  // Read on first use: most figures of a story have no other figure of a value they could agree with.
  private sentenceWords(): { context: Set<string>; near: Set<string> } {
    if (this.words === null) {
      const { article, figure } = this;
      const [context, near] = contextStemsWithin(article.text, figure.sentence, figure, [
        CONTEXT_WINDOW,
        FIGURE_ALIGNMENT.nearWindow,
      ]);
      this.words = { context, near };
    }
    return this.words;
  }
}

function claimOf(item: FigureItem): ClaimRef {
  const { figure } = item;
  return {
    article: figure.article,
    text: figure.text,
    start: figure.start,
    end: figure.end,
    sentenceStart: figure.sentence.start,
    sentenceEnd: figure.sentence.end,
  };
}

function comparable(a: FigureItem, b: FigureItem): boolean {
  return (
    a.figure.article !== b.figure.article &&
    a.figure.kind === b.figure.kind &&
    a.figure.unit === b.figure.unit &&
    periodsCompatible(a.figure.period, b.figure.period)
  );
}

function sameClaim(a: FigureItem, b: FigureItem): boolean {
  const { figure: fa } = a;
  const { figure: fb } = b;
  if (fa.article === fb.article || fa.kind !== fb.kind || !periodsCompatible(fa.period, fb.period)) return false;
  if (!boundsAgree(fa, a.bounds, fb, b.bounds)) return false;
  // The context words are compared last, only where the figures could otherwise be one claim.
  if (fa.kind !== 'quantity') return fa.unit === fb.unit && sharesAtLeast(a, b, FIGURE_ALIGNMENT.agreeSharedSpecific);
  if (fa.unit === fb.unit && fa.unit !== null)
    return (a.onlyOfItsUnit && b.onlyOfItsUnit) || sharesAtLeast(a, b, FIGURE_ALIGNMENT.agreeSharedCount);
  if (fa.value !== fb.value) return false;
  // What one counts, named beside the other ("23 steps he took without congressional action" against "23 executive
  // actions"), is a shared word too.
  const [aNamesB, bNamesA] = [namesUnitOf(a, b), namesUnitOf(b, a)];
  return (
    (aNamesB && countsBare(a, b)) ||
    (bNamesA && countsBare(b, a)) ||
    sharesAtLeast(a, b, FIGURE_ALIGNMENT.agreeSharedCountOtherUnit - Number(aNamesB) - Number(bNamesA))
  );
}

/** Whether two figures' sentences share `count` context words (none needed: their words are not read). */
function sharesAtLeast(a: FigureItem, b: FigureItem, count: number): boolean {
  return count <= 0 || sharedAtLeast(a.context, b.context, count);
}

/** Words that name a unit without the unit's own word: an age is counted in years (`aged 16`, `16 years old`). */
const UNIT_NAMES: Readonly<Record<string, readonly string[]>> = { year: ['age', 'aged'] };

function namesUnitOf(item: FigureItem, other: FigureItem): boolean {
  return other.unitStems.some((word) => item.context.has(word));
}

/** The stems that name each unit, worked out once per unit (a few dozen units) rather than per pair of figures. */
const stemsOfUnit = new Map<string, string[]>();

function unitStems(unit: string): string[] {
  let stems = stemsOfUnit.get(unit);
  if (stems === undefined) {
    stems = [unit, ...(UNIT_NAMES[unit] ?? [])].map(stem);
    stemsOfUnit.set(unit, stems);
  }
  return stems;
}

/**
 * A bare number whose sentence names what the other figure counts (`27 amendments` against `amended, as has been done
 * 27 times`; `47 arrests` against `six arrests Wednesday, compared to 47 the previous night`) counts the same thing:
 * this says whether `bare` is such a number for `counted`, given that its sentence names the unit.
 */
function countsBare(bare: FigureItem, counted: FigureItem): boolean {
  return (
    bare.figure.unit === null &&
    counted.figure.unit !== null &&
    bare.figure.value >= FIGURE_ALIGNMENT.bareNumberMinValue
  );
}

/**
 * Two different values for one quantity: the same unit, and either most of the sentence in common, or the same words
 * right beside both figures in sentences that share more, or sentences anchored by one corroborated figure.
 */
function sameQuantityDifferentValue(a: FigureItem, b: FigureItem): boolean {
  // A bare number ("who was 10") says too little about what it counts to contradict another.
  if (a.figure.unit === null || !comparable(a, b) || boundsAgree(a.figure, a.bounds, b.figure, b.bounds)) return false;
  const { shared, ofSmaller } = overlap(a.context, b.context);
  if (shared >= FIGURE_ALIGNMENT.conflictShared && ofSmaller >= FIGURE_ALIGNMENT.conflictShare) return true;
  const nearShared = overlap(a.near, b.near).shared;
  if (nearShared >= FIGURE_ALIGNMENT.conflictNearShared && shared >= FIGURE_ALIGNMENT.conflictShared) return true;
  const anchored = [...a.anchors].some((anchor) => b.anchors.has(anchor));
  return anchored && nearShared >= 1;
}

function conflictNote(a: FigureItem, b: FigureItem): string | null {
  const notes: string[] = [];
  if (relativeDifference(a.figure.value, b.figure.value) <= FIGURE_ALIGNMENT.roundingNote) {
    notes.push('the values are close: possibly rounding or an estimate');
  }
  const [da, db] = [a.article.published?.slice(0, 10), b.article.published?.slice(0, 10)];
  if (da && db && da !== db) notes.push(`the reports are from different days (${da}, ${db}): possibly timing`);
  return notes.length > 0 ? notes.join('; ') : null;
}

/** Aligns the figures of one story across its articles: corroborated, conflicting, or single-source. */
export function reconcileFigures(
  story: string,
  articles: Article[],
  figuresByArticle: Map<string, Figure[]>,
  groups: Map<string, string>,
): Finding[] {
  const items: FigureItem[] = [];
  for (const article of articles) {
    const figures = figuresByArticle.get(article.id) ?? [];
    // Counted per article: a key naming the article too was built three times for each of a story's figures.
    const perUnit = new Map<string | null, number>();
    for (const figure of figures) {
      if (figure.kind === 'quantity') perUnit.set(figure.unit, (perUnit.get(figure.unit) ?? 0) + 1);
    }
    for (const figure of figures) {
      const item = new FigureItem(figure, article);
      item.onlyOfItsUnit = figure.kind === 'quantity' && figure.unit !== null && perUnit.get(figure.unit) === 1;
      items.push(item);
    }
  }
  const sets = joinSameClaims(items);
  const components = sets.groups().map((members) => members.map((index) => items[index]));
  const findings: Finding[] = [];
  for (const component of components) {
    const sources = countSources(
      component.map((item) => item.article.id),
      groups,
    );
    const first = component[0].figure;
    findings.push({
      story,
      kind: 'figure',
      status: sources >= 2 ? 'corroborated' : 'single-source',
      summary: `${describeFigure(first)}: ${sources >= 2 ? `agreed by ${sources} independent sources` : 'one source only'}`,
      sources,
      claims: component.map(claimOf),
      value: first.value,
      unit: first.unit,
    });
  }
  markAnchors(components, groups);
  findings.push(...figureConflicts(story, components, groups));
  return findings;
}

/**
 * The figures that are one claim, joined. Only pairs that `sameClaim` could join are compared: figures of one kind
 * and unit whose values meet, and counts of one value in other units (or none) that share a word, which each
 * need. Not every pair of the story's figures: a large story has hundreds of counts of small numbers.
 */
function joinSameClaims(items: FigureItem[]): DisjointSets {
  const sets = new DisjointSets(items.length);
  const join = (a: number, b: number) => {
    // Figures already joined through others need not be compared: joining them again changes nothing.
    if (sets.find(a) !== sets.find(b) && sameClaim(items[a], items[b])) sets.union(a, b);
  };
  const byUnit = new Map<string, number[]>();
  const byCount = new Map<number, number[]>();
  items.forEach(({ figure }, index) => {
    if (figure.kind === 'quantity') appendTo(byCount, figure.value, index);
    if (figure.kind !== 'quantity' || figure.unit !== null) appendTo(byUnit, `${figure.kind}|${figure.unit}`, index);
  });
  for (const members of byUnit.values()) joinWhereValuesMeet(items, members, join);
  for (const members of byCount.values()) {
    if (mayHoldOtherUnits(items, members)) joinOtherUnitsSharingWords(items, members, join);
  }
  return sets;
}

/**
 * Figures agree only where the values they allow meet: in order of their lowest value, each figure meets only those
 * that start below its highest.
 */
function joinWhereValuesMeet(items: FigureItem[], members: number[], join: (a: number, b: number) => void): void {
  const bounds = members.map((index) => items[index].bounds);
  const order = members.map((_, at) => at).sort((a, b) => bounds[a].low - bounds[b].low);
  for (let x = 0; x < order.length; x++) {
    const high = bounds[order[x]].high;
    for (let y = x + 1; y < order.length && bounds[order[y]].low <= high; y++)
      join(members[order[x]], members[order[y]]);
  }
}

/**
 * Whether counts of one value may hold two of different articles that are not in one named unit: else none of them
 * is compared, and their sentences need not be read.
 */
function mayHoldOtherUnits(items: FigureItem[], members: number[]): boolean {
  const first = items[members[0]].figure;
  const figures = members.map((index) => items[index].figure);
  const oneArticle = figures.every((figure) => figure.article === first.article);
  const oneNamedUnit = first.unit !== null && figures.every((figure) => figure.unit === first.unit);
  return !oneArticle && !oneNamedUnit;
}

/**
 * Counts of one value in different units, or bare numbers: one claim only where their sentences share a word or
 * one names the other's unit, so each meets only those holding one of its context words or unit stems.
 */
function joinOtherUnitsSharingWords(
  items: FigureItem[],
  members: number[],
  join: (a: number, b: number) => void,
): void {
  const holding = new Map<string, number[]>();
  for (const index of members) {
    const item = items[index];
    const others = new Set<number>();
    const meet = (word: string): void => {
      for (const other of holding.get(word) ?? []) others.add(other);
      appendTo(holding, word, index);
    };
    const { context, unitStems } = item;
    for (const word of context) meet(word);
    unitStems.forEach((word, at) => {
      if (!context.has(word) && unitStems.indexOf(word) === at) meet(word);
    });
    for (const other of others) {
      const { unit } = items[other].figure;
      // Counts in one unit are compared by their values' bounds.
      if (unit === null || unit !== item.figure.unit) join(other, index);
    }
  }
}

/** Gives each figure the corroborated components that have another figure in its sentence. */
function markAnchors(components: FigureItem[][], groups: Map<string, string>): void {
  // By article, then by the sentence's start: no key strings.
  const bySentence = new Map<Article, Map<number, FigureItem[]>>();
  const neighboursOf = (item: FigureItem): FigureItem[] | undefined =>
    bySentence.get(item.article)?.get(item.figure.sentence.start);
  for (const component of components) {
    for (const item of component) {
      let sentences = bySentence.get(item.article);
      if (!sentences) {
        sentences = new Map();
        bySentence.set(item.article, sentences);
      }
      const neighbours = sentences.get(item.figure.sentence.start);
      if (neighbours) neighbours.push(item);
      else sentences.set(item.figure.sentence.start, [item]);
    }
  }
  for (let index = 0; index < components.length; index++) {
    const component = components[index];
    if (
      countSources(
        component.map((item) => item.article.id),
        groups,
      ) < 2
    )
      continue;
    for (const member of component) {
      for (const neighbour of neighboursOf(member) ?? []) if (neighbour !== member) neighbour.anchors.add(index);
    }
  }
}

function figureConflicts(story: string, components: FigureItem[][], groups: Map<string, string>): Finding[] {
  // Only components of one kind and unit can conflict: compare within those buckets, not all pairs.
  const buckets = new Map<string, number[]>();
  for (let index = 0; index < components.length; index++) {
    const { kind, unit } = components[index][0].figure;
    if (unit === null) continue;
    const key = `${kind}|${unit}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(index);
    else buckets.set(key, [index]);
  }
  const articlesOf = components.map((component) => new Set(component.map((item) => item.article.id)));
  const out: Finding[] = [];
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const [i, j] = [bucket[x], bucket[y]];
        const left = components[i];
        const right = components[j];
        if (right.some((item) => articlesOf[i].has(item.article.id))) continue;
        const pair = firstConflictingPair(left, right);
        if (!pair) continue;
        const [a, b] = pair;
        const claims = [...left, ...right];
        out.push({
          story,
          kind: 'figure',
          status: 'conflict',
          summary: `${describeFigure(a.figure)} against ${describeFigure(b.figure)} for the same quantity`,
          sources: countSources(
            claims.map((item) => item.article.id),
            groups,
          ),
          claims: claims.map(claimOf),
          value: a.figure.value,
          unit: a.figure.unit,
          note: conflictNote(a, b),
        });
      }
    }
  }
  return out.sort((a, b) =>
    a.claims[0].article === b.claims[0].article
      ? a.claims[0].start - b.claims[0].start
      : a.claims[0].article < b.claims[0].article
        ? -1
        : 1,
  );
}

function firstConflictingPair(left: FigureItem[], right: FigureItem[]): readonly [FigureItem, FigureItem] | null {
  for (const a of left) for (const b of right) if (sameQuantityDifferentValue(a, b)) return [a, b];
  return null;
}
