import {
  BODY_NAMES,
  BYLINE_LINE,
  CONTENT_NAMES,
  DROPPED_TAGS,
  EMBEDDED_POST,
  FURNITURE_LINE_MAX_CHARS,
  FURNITURE_LINE_WITHIN_CUES,
  FURNITURE_LINES,
  FURNITURE_LINES_WITHIN,
  FURNITURE_NAMES,
  FURNITURE_ROLES,
  FURNITURE_TAGS,
  OTHER_STORIES_TITLES,
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
  /** A `p` this long is prose unless nearly all links. */
  linkedParagraphLength: 150,
  /** Share of link characters above which even a long paragraph is navigation. */
  linkDensityNavigation: 0.8,
  /** Share of link characters a prose block may have. */
  linkDensityGood: 0.3,
  /** Share of link characters a short sentence may have and still count as prose. */
  linkDensitySentence: 0.1,
  /** Pruning furniture undoes itself when it leaves less than this share of the page's prose. */
  pruneGuard: 0.2,
  /** What a character of navigation costs a container, against a character of prose. */
  badWeight: 0.5,
  /** What a character of short, neutral text costs a container. Higher gives tighter containers. */
  neutralWeight: 0.3,
  /** A list item opening with a link this long opens with another story's headline. */
  teaserHeadlineLength: 40,
  /** Text right after a linked headline and shorter than this is a teaser of another story. */
  teaserLength: 400,
  /** This many short lines in a row before the first paragraph are article (a list, a schedule), not furniture. */
  listRun: 4,
  /** A box opened by a title like "Top stories" is dropped unless it holds more than this share of the prose. */
  otherStoriesBox: 0.3,
  /** A box around the title with at most this many lines (title, standfirst, byline, date) is the header. */
  headerLines: 4,
  /** ... and at most this share of the container's prose. */
  headerShare: 0.25,
  /** Below this many characters the main text under-delivered and the next step of the cascade runs. */
  minTextChars: 250,
  /** The text also under-delivered when shorter than this share of the body the page declares in JSON-LD. */
  declaredShare: 0.5,
} as const;

type Quality = 'good' | 'neutral' | 'bad';

const ENDS_SENTENCE = /[.!?。！？…"”»)]$/u;

const WIDE_CHARS = /[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/gu;

/** Length of a text as a reader weighs it: a Chinese, Japanese or Korean character says about as much as two Latin ones. */
function weightedLength(text: string): number {
  let wide = 0;
  WIDE_CHARS.lastIndex = 0;
  while (WIDE_CHARS.exec(text) !== null) wide++;
  return text.length + wide;
}

/** Whether a whole block of text is page furniture by its words ("Read more", "Advertisement", a byline). */
export function isFurnitureLine(text: string): boolean {
  return (
    text.length <= FURNITURE_LINE_MAX_CHARS &&
    (FURNITURE_LINES.test(text) ||
      (FURNITURE_LINE_WITHIN_CUES.test(text) && FURNITURE_LINES_WITHIN.test(text)) ||
      BYLINE_LINE.test(text))
  );
}

function insideEmbeddedPost(element: HtmlElement): boolean {
  for (let node: HtmlElement | null = element; node; node = node.parent) {
    if (node.tag === 'blockquote') return EMBEDDED_POST.test(node.attrs.class ?? '');
  }
  return false;
}

function classify(block: TextBlock): Quality {
  const { text } = block;
  if (isFurnitureLine(text)) return 'bad';
  // A post the story quotes is text however many links it holds.
  const quoted = block.kind === 'blockquote' && insideEmbeddedPost(block.owner);
  const density = quoted ? 0 : block.linkChars / text.length;
  const length = weightedLength(text);
  // A long paragraph or list item dense with links is still prose (names linked to profiles, a digest of
  // stories); short ones are navigation.
  const longParagraph =
    (block.owner.tag === 'p' || block.owner.tag === 'li') && length >= MAIN_TEXT_THRESHOLDS.linkedParagraphLength;
  if (density > (longParagraph ? MAIN_TEXT_THRESHOLDS.linkDensityNavigation : MAIN_TEXT_THRESHOLDS.linkDensityBad)) {
    return 'bad';
  }
  if (block.kind.startsWith('h')) return 'neutral';
  // A list item opening with a whole headline as a link is a teaser of another story, outside the article body
  // (inside, it is a digest the article is made of).
  if (
    block.kind === 'li' &&
    block.leadingLinkChars >= MAIN_TEXT_THRESHOLDS.teaserHeadlineLength &&
    !insideDeclaredBody(block.owner)
  ) {
    return 'bad';
  }
  if (length >= MAIN_TEXT_THRESHOLDS.goodLength && density <= MAIN_TEXT_THRESHOLDS.linkDensityGood) return 'good';
  if (
    length >= MAIN_TEXT_THRESHOLDS.goodSentenceLength &&
    density <= MAIN_TEXT_THRESHOLDS.linkDensitySentence &&
    ENDS_SENTENCE.test(text)
  ) {
    return 'good';
  }
  return 'neutral';
}

/** How many levels above a block a teaser card may close. */
const CARD_DEPTH = 3;

/** Whether two elements sit in one small box: their nearest common ancestor is at most CARD_DEPTH levels above both. */
function sameCard(a: HtmlElement, b: HtmlElement): boolean {
  const near = new Set<HtmlElement>();
  let node: HtmlElement | null = a;
  for (let level = 0; node && level <= CARD_DEPTH; level++, node = node.parent) near.add(node);
  node = b;
  for (let level = 0; node && level <= CARD_DEPTH; level++, node = node.parent) if (near.has(node)) return true;
  return false;
}

/** A headline in a list item has its teaser in the same item (else the list is links alone). */
function sameListItem(headline: HtmlElement, teaser: HtmlElement): boolean {
  let node: HtmlElement | null = headline;
  for (let level = 0; node && level <= CARD_DEPTH; level++, node = node.parent) {
    if (node.tag === 'li') return isUnder(teaser, node);
  }
  return true;
}

/**
 * Teasers of other stories: a short text right after a linked headline, as in lists of related or popular
 * stories. Article subheadings are rarely links.
 */
function markTeasers(blocks: TextBlock[], qualities: Quality[]): void {
  for (let i = 1; i < blocks.length; i++) {
    const previous = blocks[i - 1];
    const linkedHeadline =
      previous.kind.startsWith('h') && previous.kind !== 'h1' && previous.linkChars > previous.text.length / 2;
    if (
      linkedHeadline &&
      qualities[i] !== 'bad' &&
      blocks[i].text.length < MAIN_TEXT_THRESHOLDS.teaserLength &&
      sameCard(previous.owner, blocks[i].owner) &&
      sameListItem(previous.owner, blocks[i].owner)
    ) {
      qualities[i] = 'bad';
    }
  }
}

const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function holdsEmbeddedPost(element: HtmlElement): boolean {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (child.tag === 'blockquote' && EMBEDDED_POST.test(child.attrs.class ?? '')) return true;
    if (holdsEmbeddedPost(child)) return true;
  }
  return false;
}

/** Class tokens that name what a post is about (WordPress `tag-x`, `category-x`), not what the element is. */
const TAXONOMY_TOKEN = /^(?:tag-|category-|format-|type-|status-|has-|post-\d)/i;

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
  if (names.length > 1 && FURNITURE_NAMES.test(names) && !CONTENT_NAMES.test(names)) {
    // A widget holding an embedded post (a tweet quoted by the story) is part of the story.
    return holdsEmbeddedPost(element) ? 0 : 1;
  }
  return 0;
}

interface Tally {
  good: number;
  neutral: number;
  bad: number;
}

function tallyByElement(blocks: TextBlock[], qualities: Quality[]) {
  const tallies = new Map<HtmlElement, Tally>();
  for (let i = 0; i < blocks.length; i++) {
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

function insideDeclaredBody(element: HtmlElement): boolean {
  for (let node: HtmlElement | null = element; node; node = node.parent) if (declaresBody(node)) return true;
  return false;
}

function declaresBody(element: HtmlElement): boolean {
  const { attrs } = element;
  if (attrs.itemprop === 'articleBody') return true;
  if (!attrs.class && !attrs.id) return false;
  return BODY_NAMES.test(`${attrs.class ?? ''} ${attrs.id ?? ''}`);
}

/** The element whose text is most prose and least furniture. */
function bestContainer(root: HtmlElement, tallies: Map<HtmlElement, Tally>): HtmlElement {
  let best = root;
  let bestValue = Number.NEGATIVE_INFINITY;
  const walk = (element: HtmlElement) => {
    const tally = tallies.get(element);
    if (!tally) return;
    // In an element that names itself the article body, short lines are article lines (lists, schedules, Q&As).
    const neutralWeight = declaresBody(element)
      ? -MAIN_TEXT_THRESHOLDS.neutralWeight
      : MAIN_TEXT_THRESHOLDS.neutralWeight;
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

/**
 * The box holding the article's title (its `h1`) with a few lines around it (standfirst, byline, date), when it
 * is a box of its own and not the body: its lines are the article's header, not its text.
 */
function headerBox(
  container: HtmlElement,
  indices: number[],
  blocks: TextBlock[],
  tallies: Map<HtmlElement, Tally>,
): HtmlElement | null {
  const title = indices.find((i) => blocks[i].kind === 'h1');
  if (title === undefined) return null;
  const box = blocks[title].owner.parent;
  if (!box || box === container || !isUnder(box, container)) return null;
  const lines = indices.filter((i) => isUnder(blocks[i].owner, box)).length;
  const prose = tallies.get(box)?.good ?? 0;
  const all = tallies.get(container)?.good ?? 0;
  return lines <= MAIN_TEXT_THRESHOLDS.headerLines && prose <= MAIN_TEXT_THRESHOLDS.headerShare * all ? box : null;
}

/** The list right after an element (its next element sibling, or its parent's, when the element is wrapped). */
function listAfter(element: HtmlElement): HtmlElement | null {
  for (let node: HtmlElement | null = element, level = 0; node?.parent && level < 2; node = node.parent, level++) {
    const siblings = node.parent.children;
    for (let i = siblings.indexOf(node) + 1; i < siblings.length; i++) {
      const next = siblings[i];
      if (typeof next === 'string') {
        if (/\S/.test(next)) return null;
        continue;
      }
      return next.tag === 'ul' || next.tag === 'ol' ? next : null;
    }
  }
  return null;
}

/**
 * Blocks of a container without furniture or boxes of other stories, starting where the article starts.
 */
function keptBlocks(
  container: HtmlElement,
  indices: number[],
  blocks: TextBlock[],
  qualities: Quality[],
  tallies: Map<HtmlElement, Tally>,
) {
  const kept: number[] = [];
  const prose = tallies.get(container)?.good ?? 0;
  const header = headerBox(container, indices, blocks, tallies);
  let skipUnder: HtmlElement | null = null;
  for (const i of indices) {
    const block = blocks[i];
    if (header && isUnder(block.owner, header)) continue;
    if (skipUnder && isUnder(block.owner, skipUnder)) continue;
    skipUnder = null;
    if (OTHER_STORIES_TITLES.test(block.text)) {
      // A box of other stories opened by this title goes with it, unless the box holds much of the prose.
      const box = block.owner.parent;
      const boxProse = box ? (tallies.get(box)?.good ?? 0) : 0;
      if (
        box &&
        box !== container &&
        isUnder(box, container) &&
        boxProse <= MAIN_TEXT_THRESHOLDS.otherStoriesBox * prose
      ) {
        skipUnder = box;
      } else {
        // Inside the article, the title opens the list right after it.
        skipUnder = listAfter(block.owner);
      }
      continue;
    }
    if (qualities[i] !== 'bad') kept.push(i);
  }
  const first = firstArticleBlock(kept, blocks, qualities);
  return first < 0 ? [] : kept.slice(first);
}

/**
 * Steps back over sentences right before the first paragraph, in the same parent (a one-line lead that its links
 * made look less like prose).
 */
function withLeadSentences(k: number, kept: number[], blocks: TextBlock[]): number {
  const parent = blocks[kept[k]].owner.parent;
  let start = k;
  while (start > 0) {
    const previous = blocks[kept[start - 1]];
    const isSentence =
      previous.owner.tag === 'p' &&
      previous.owner.parent === parent &&
      previous.text.length >= MAIN_TEXT_THRESHOLDS.goodSentenceLength &&
      ENDS_SENTENCE.test(previous.text);
    if (!isSentence) break;
    start--;
  }
  return start;
}

/**
 * Where the article starts among the kept blocks: at the first paragraph of prose, or earlier at a run of short
 * lines long enough to be a list or schedule (with the heading right before it); the title, byline and date
 * lines before it are left out.
 */
function firstArticleBlock(kept: number[], blocks: TextBlock[], qualities: Quality[]): number {
  let run = 0;
  for (let k = 0; k < kept.length; k++) {
    const i = kept[k];
    if (qualities[i] === 'good') return withLeadSentences(k, kept, blocks);
    // A long paragraph opens the article even when its links made it look less like prose.
    if (blocks[i].owner.tag === 'p' && weightedLength(blocks[i].text) >= MAIN_TEXT_THRESHOLDS.linkedParagraphLength) {
      return k;
    }
    if (blocks[i].kind.startsWith('h')) {
      run = 0;
      continue;
    }
    run++;
    if (run >= MAIN_TEXT_THRESHOLDS.listRun) {
      const start = k - run + 1;
      return start > 0 && blocks[kept[start - 1]].kind.startsWith('h') ? start - 1 : start;
    }
  }
  return -1;
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
 * then the body the page declares in JSON-LD (`extractHtml` adds Readability as the last step).
 */
export function analyseMainText(root: HtmlElement, hints: MainTextHints = {}): MainTextAnalysis {
  // First pass: weigh the prose of every element to decide what furniture to prune.
  const firstBlocks = textBlocks(root, (element) => DROPPED_TAGS.has(element.tag));
  const firstQualities = firstBlocks.map(classify);
  markTeasers(firstBlocks, firstQualities);
  const pruned = furnitureToPrune(root, tallyByElement(firstBlocks, firstQualities));
  // Second pass without the furniture, so that pruned inline elements (hover cards in a paragraph) go too.
  const blocks = textBlocks(root, (element) => DROPPED_TAGS.has(element.tag) || pruned.has(element));
  const qualities = blocks.map(classify);
  markTeasers(blocks, qualities);
  const tallies = tallyByElement(blocks, qualities);
  const container = bestContainer(root, tallies);

  const inContainer: number[] = [];
  for (let i = 0; i < blocks.length; i++) if (isUnder(blocks[i].owner, container)) inContainer.push(i);
  let step: MainTextAnalysis['step'] = 'container';
  let chosen = keptBlocks(container, inContainer, blocks, qualities, tallies);
  let text = chosen.map((i) => blocks[i].text).join('\n\n');

  if (text.length < MAIN_TEXT_THRESHOLDS.minTextChars) {
    const everywhere = blocks.map((_, i) => i).filter((i) => qualities[i] === 'good');
    const wider = everywhere.map((i) => blocks[i].text).join('\n\n');
    if (wider.length > text.length) {
      step = 'all-prose';
      chosen = everywhere;
      text = wider;
    }
  }
  const declared = hints.declaredBody?.trim();
  const underDelivered =
    declared &&
    declared.length > text.length &&
    (text.length < MAIN_TEXT_THRESHOLDS.minTextChars ||
      text.length < MAIN_TEXT_THRESHOLDS.declaredShare * declared.length);
  if (declared && underDelivered) {
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
