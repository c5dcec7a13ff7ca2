/**
 * Runs of ASCII letters read by char code, hashed case-folded on the way: a caller tests the hash against a bit
 * table of the words it looks for before it makes a string of the word.
 */

/** Case-folded hash of a word, as `asciiLettersEnd` computes it while reading. */
export function lettersHashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + (word.charCodeAt(i) | 32)) | 0;
  return h;
}

/** The hash of the letters the last `asciiLettersEnd` read. */
export let lettersHash = 0;

/** The end of the run of ASCII letters at `i` (`i` when there is none), setting `lettersHash` to its hash. */
export function asciiLettersEnd(text: string, i: number): number {
  let h = 0;
  let end = i;
  for (let c = text.charCodeAt(end) | 32; c >= 97 && c <= 122; c = text.charCodeAt(end) | 32) {
    h = (Math.imul(h, 31) + c) | 0;
    end++;
  }
  lettersHash = h;
  return end;
}
