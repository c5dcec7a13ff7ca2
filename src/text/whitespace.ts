/**
 * Whether `code` is whitespace as a regular expression's `\s` reads it (ECMAScript WhiteSpace and LineTerminator):
 * ASCII tab to carriage return and space, no-break space, the Unicode space separators, the line and paragraph
 * separators and the byte order mark.
 */
export function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * `text` on one line: every run of whitespace one space, none at either end (`text.replace(/\s+/g, ' ').trim()`).
 * Text that is already so (paragraphs written on one line in the page's source, as many pages write them) comes back
 * as it is, without the copy the replace would make.
 */
export function collapseWhitespace(text: string): string {
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32;
    // A space after a space (or at the start), or any other whitespace: the text needs collapsing.
    if (space ? previousSpace : isWhitespace(code)) return text.replace(/\s+/g, ' ').trim();
    previousSpace = space;
  }
  return previousSpace && text.length > 0 ? text.slice(0, -1) : text;
}
