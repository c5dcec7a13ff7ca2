import {
  CONTENT_NAMES,
  DROPPED_TAGS,
  FURNITURE_LINES,
  FURNITURE_NAMES,
  FURNITURE_ROLES,
  FURNITURE_TAGS,
  WEAK_FURNITURE_TAGS,
} from './boilerplate-vocabulary.js';
import type { HtmlElement } from './html-tree.js';
import { type TextBlock, textBlocks } from './text-blocks.js';

/** Thresholds of main-text extraction, each with what it trades off (measured by `npm run eval:extraction`). */
export const MAIN_TEXT_THRESHOLDS = {
  /** A block this long with few links reads as a paragraph of prose. Lower keeps more captions and teasers. */
  goodLength: 70,
  /** A shorter block still counts as prose when it ends a sentence and is at least this long. */
  goodSentenceLength: 35,
  /** Share of a block's characters inside links above which it is navigation. */
  linkDensityBad: 0.5,
  /** Share of link characters a prose block may have. */
  linkDensityGood: 0.3,
  /** Pruning furniture undoes itself when it leaves less than this share of the page's prose. */
  pruneGuard: 0.2,
  /** What a character of navigation costs a container, against a character of prose. */
  badWeight: 0.5,
  /** What a character of short, neutral text costs a container. Higher gives tighter containers. */
  neutralWeight: 0.3,
  /** Below this many characters the main text under-delivered and the next step of the cascade runs. */
  minTextChars: 250,
} as const;

const TRIM_END = process.env.TRIM_END === '1';
type Quality = 'good' | 'neutral' | 'bad';

const ENDS_SENTENCE = /[.!?。！？…"”»)]$/u;

function classify(block: TextBlock): Quality {
  const { text } = block;
  if (FURNITURE_LINES.test(text)) return 'bad';
  const density = block.linkChars / text.length;
  if (density > MAIN_TEXT_THRESHOLDS.linkDensityBad) return 'bad';
  if (block.kind.startsWith('h')) return 'neutral';
  if (text.length >= MAIN_TEXT_THRESHOLDS.goodLength && density <= MAIN_TEXT_THRESHOLDS.linkDensityGood) return 'good';
  if (text.length >= MAIN_TEXT_THRESHOLDS.goodSentenceLength && density <= 0.1 && ENDS_SENTENCE.test(text)) {
    return 'good';
  }
  return 'neutral';
}

const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Class tokens that name what a post is about (WordPress `tag-x`, `category-x`), not what the element is. */
const TAXONOMY_TOKEN = /^(?:tag|category|format|post|type|status|author|has)-/i;

/**
 * How surely an element is page furniture: 2 by its tag, role or visibility, 1 by its class or id names only,
 * 0 not at all.
 */
export function furnitureLevel(element: HtmlElement): 0 | 1 | 2 {
  const { tag, attrs } = element;
  if (FURNITURE_TAGS.has(tag)) return 2;
  if (WEAK_FURNITURE_TAGS.has(tag)) return 1;
  if (attrs.role && FURNITURE_ROLES.has(attrs.role.toLowerCase())) return 2;
  if (attrs.hidden !== undefined || attrs['aria-hidden'] === 'true') return 2;
  if (attrs.style && HIDDEN_STYLE.test(attrs.style)) return 2;
  const classes = attrs.class ? attrs.class.split(/\s+/).filter((token) => !TAXONOMY_TOKEN.test(token)) : [];
  // Split camelCase names so `PromoSmall` reads as `Promo-Small`.
  const names = `${classes.join(' ')} ${attrs.id ?? ''}`.replace(/([a-z])([A-Z])/g, '$1-$2');
  if (names.length > 1 && FURNITURE_NAMES.test(names) && !CONTENT_NAMES.test(names)) return 1;
  return 0;
}

interface Tally {
  good: number;
  neutral: number;
  bad: number;
}

function tallyByElement(blocks: TextBlock[], qualities: Quality[], include: (i: number) => boolean) {
  const tallies = new Map<HtmlElement, Tally>();
  for (let i = 0; i < blocks.length; i++) {
    if (!include(i)) continue;
    const length = blocks[i].text.length;
    const quality = qualities[i];
    for (let element: HtmlElement | null = blocks[i].owner; element; element = element.parent) {
      let tally = tallies.get(element);
      if (!tally) {
        tally = { good: 0, neutral: 0, bad: 0 };
        tallies.set(element, tally);
      }
      tally[quality] += length;
    }
  }
  return tallies;
}

function isInside(element: HtmlElement, ancestors: Set<HtmlElement>): boolean {
  for (let node: HtmlElement | null = element; node; node = node.parent) if (ancestors.has(node)) return true;
  return false;
}

/**
 * Furniture elements to prune. Pruning undoes itself when it took too much of the page's prose: the pruned
 * element holding more prose than all that is left is restored (weaker evidence first), and the furniture inside
 * it is pruned in its place, until enough is left.
 */
function furnitureToPrune(root: HtmlElement, tallies: Map<HtmlElement, Tally>): Set<HtmlElement> {
  const totalGood = tallies.get(root)?.good ?? 0;
  const goodOf = (element: HtmlElement) => tallies.get(element)?.good ?? 0;
  const pruned = new Set<HtmlElement>();
  const levels = new Map<HtmlElement, number>();
  let left = totalGood;
  const walk = (element: HtmlElement) => {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      const level = furnitureLevel(child);
      if (level > 0) {
        pruned.add(child);
        levels.set(child, level);
        left -= goodOf(child);
      } else walk(child);
    }
  };
  walk(root);
  const enough = Math.min(
    totalGood,
    Math.max(MAIN_TEXT_THRESHOLDS.minTextChars, MAIN_TEXT_THRESHOLDS.pruneGuard * totalGood),
  );
  while (left < enough) {
    let restore: HtmlElement | null = null;
    for (const element of pruned) {
      const good = goodOf(element);
      // Only an element holding more prose than everything left can be the article itself. Tags, roles and
      // hidden state are sure signs: undo those only when nothing at all is left.
      if (good <= left || (levels.get(element) === 2 && left > 0)) continue;
      if (
        restore === null ||
        levels.get(element)! < levels.get(restore)! ||
        (levels.get(element) === levels.get(restore) && good > goodOf(restore))
      ) {
        restore = element;
      }
    }
    if (restore === null) break;
    pruned.delete(restore);
    left += goodOf(restore);
    walk(restore);
  }
  return pruned;
}

function declaresBody(element: HtmlElement): boolean {
  const { attrs } = element;
  if (attrs.itemprop === 'articleBody') return true;
  if (!attrs.class && !attrs.id) return false;
  return CONTENT_NAMES.test(`${attrs.class ?? ''} ${attrs.id ?? ''}`);
}

/** The element whose text is most prose and least furniture. */
function bestContainer(root: HtmlElement, tallies: Map<HtmlElement, Tally>): HtmlElement {
  let best = root;
  let bestValue = Number.NEGATIVE_INFINITY;
  const walk = (element: HtmlElement) => {
    const tally = tallies.get(element);
    if (!tally) return;
    // Short lines cost nothing in an element that names itself the article body (lists, schedules, Q&As).
    const neutralWeight = declaresBody(element) ? 0 : MAIN_TEXT_THRESHOLDS.neutralWeight;
    const value = tally.good - MAIN_TEXT_THRESHOLDS.badWeight * tally.bad - neutralWeight * tally.neutral;
    if (value >= bestValue) {
      best = element;
      bestValue = value;
    }
    for (const child of element.children) if (typeof child !== 'string') walk(child);
  };
  walk(root);
  return best;
}

function isUnder(element: HtmlElement, ancestor: HtmlElement): boolean {
  for (let node: HtmlElement | null = element; node; node = node.parent) if (node === ancestor) return true;
  return false;
}

/** Blocks of a container without furniture, trimmed of short lines before the first and after the last paragraph. */
function keptBlocks(indices: number[], qualities: Quality[]): number[] {
  const kept = indices.filter((i) => qualities[i] !== 'bad');
  let first = kept.findIndex((i) => qualities[i] === 'good');
  if (first < 0) return [];
  let last = kept.length - 1;
  while (TRIM_END && last > first && qualities[kept[last]] !== 'good') last--;
  return kept.slice(first, last + 1);
}

export interface MainTextHints {
  /** The article body the page declares in its JSON-LD, if any. */
  declaredBody?: string | null;
}

/** How the main text was found, for debugging and evaluation reports. */
export interface MainTextAnalysis {
  text: string;
  /** Which step of the cascade gave the text. */
  step: 'container' | 'all-prose' | 'declared';
  container: HtmlElement;
  pruned: HtmlElement[];
  blocks: Array<TextBlock & { quality: Quality; kept: boolean }>;
}

/**
 * The cascade: the best container's prose; if that under-delivers, all the page's prose outside furniture;
 * then the body the page declares in JSON-LD.
 */
export function analyseMainText(root: HtmlElement, hints: MainTextHints = {}): MainTextAnalysis {
  const blocks = textBlocks(root, (element) => DROPPED_TAGS.has(element.tag));
  const qualities = blocks.map(classify);
  const all = tallyByElement(blocks, qualities, () => true);
  const pruned = furnitureToPrune(root, all);
  const alive = blocks.map((block) => !isInside(block.owner, pruned));
  const tallies = tallyByElement(blocks, qualities, (i) => alive[i]);
  const container = bestContainer(root, tallies);

  const inContainer: number[] = [];
  for (let i = 0; i < blocks.length; i++) if (alive[i] && isUnder(blocks[i].owner, container)) inContainer.push(i);
  let step: MainTextAnalysis['step'] = 'container';
  let chosen = keptBlocks(inContainer, qualities);
  let text = chosen.map((i) => blocks[i].text).join('\n\n');

  if (text.length < MAIN_TEXT_THRESHOLDS.minTextChars) {
    const everywhere = blocks.map((_, i) => i).filter((i) => alive[i] && qualities[i] === 'good');
    const wider = everywhere.map((i) => blocks[i].text).join('\n\n');
    if (wider.length > text.length) {
      step = 'all-prose';
      chosen = everywhere;
      text = wider;
    }
  }
  const declared = hints.declaredBody?.trim();
  if (declared && text.length < Math.min(MAIN_TEXT_THRESHOLDS.minTextChars, declared.length)) {
    step = 'declared';
    chosen = [];
    text = declared;
  }
  const kept = new Set(chosen);
  return {
    text,
    step,
    container,
    pruned: [...pruned],
    blocks: blocks.map((block, i) => ({ ...block, quality: qualities[i], kept: kept.has(i) })),
  };
}

/** The article's main text, paragraphs separated by blank lines. */
export function extractMainText(root: HtmlElement, hints: MainTextHints = {}): string {
  return analyseMainText(root, hints).text;
}
