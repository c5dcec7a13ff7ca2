import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseHtml } from './html-tree.js';
import { isFurnitureLine } from './main-text.js';
import { textBlocks } from './text-blocks.js';

/**
 * The last step of the main-text cascade: Mozilla Readability's article (on linkedom's DOM), laid out in
 * paragraphs by our own block splitter. About ten times slower than our extractor, so it only runs when ours
 * under-delivered. Returns '' when Readability finds nothing or fails on the markup.
 */
export function readabilityMainText(html: string): string {
  let content: string | null | undefined;
  try {
    const { document } = parseHTML(html);
    content = new Readability(document as unknown as Document).parse()?.content;
  } catch {
    return '';
  }
  if (!content) return '';
  return textBlocks(parseHtml(content).root, () => false)
    .map((block) => block.text)
    .filter((text) => !isFurnitureLine(text))
    .join('\n\n');
}
