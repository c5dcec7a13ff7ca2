import { describe, expect, it } from 'vitest';
import { parseHtml } from './html-tree.js';
import { textBlocks } from './text-blocks.js';

const blocksOf = (html: string) => textBlocks(parseHtml(html).root, () => false);

describe('textBlocks', () => {
  it('counts link characters as the collapsed text has them, whatever the kind of space', () => {
    const [block] = blocksOf('<p><a href="/x">Read\u2003\u2003more\u3000</a> of the story</p>');
    expect(block.text).toBe('Read more of the story');
    expect(block.linkChars).toBe('Read more '.length);
    expect(block.leadingLinkChars).toBe('Read more '.length);
  });

  it('splits blocks at block elements and line breaks', () => {
    const blocks = blocksOf('<div><p>One</p>Two<br>Three<h2>Four</h2></div>');
    expect(blocks.map((b) => [b.text, b.kind])).toEqual([
      ['One', 'p'],
      ['Two', 'p'],
      ['Three', 'p'],
      ['Four', 'h2'],
    ]);
  });
});
