/** Words that can trail a name in a resolved speaker but are not part of it ("Obama Monday"). */
const NOT_NAME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jr sr ii iii'.split(
    ' ',
  ),
);

/**
 * The family name a speaker is known by (`Mark Rutte`, `Rutte`, `NATO Secretary General Mark Rutte` -> `rutte`), or
 * null when the speaker is a description rather than a name (`the group`, `a spokeswoman`), which says too little to
 * tell two speakers apart.
 */
export function speakerKey(speaker: string | null): string | null {
  if (!speaker) return null;
  const words = speaker.trim().split(/\s+/);
  if (!/^\p{Lu}/u.test(words[0]) || /^(?:the|a|an|this|that|his|her|its|their)$/i.test(words[0])) return null;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i].replace(/[^\p{L}'’-]/gu, '').toLowerCase();
    if (word && !NOT_NAME_WORDS.has(word) && /^\p{Lu}/u.test(words[i])) return word.replace(/['’]s$/, '');
  }
  return null;
}

/** Two speakers may be one person: the same family name, or either one unnamed. */
export function speakersMayMatch(a: string | null, b: string | null): boolean {
  const [ka, kb] = [speakerKey(a), speakerKey(b)];
  return ka === null || kb === null || ka === kb;
}

/** Two speakers are known to be one person: both named, with the same family name. */
export function speakersMatch(a: string | null, b: string | null): boolean {
  const [ka, kb] = [speakerKey(a), speakerKey(b)];
  return ka !== null && ka === kb;
}
