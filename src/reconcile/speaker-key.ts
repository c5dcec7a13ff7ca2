import { WIRE_SERVICES } from '../text/lexicon/names.js';

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
  // Asked for every pair of quotes compared, of a few speakers per story: worked out once per speaker.
  let key = keyOfSpeaker.get(speaker);
  if (key === undefined) {
    key = readSpeakerKey(speaker);
    if (keyOfSpeaker.size >= MAX_REMEMBERED_SPEAKERS) keyOfSpeaker.clear();
    keyOfSpeaker.set(speaker, key);
  }
  return key;
}

const keyOfSpeaker = new Map<string, string | null>();
const MAX_REMEMBERED_SPEAKERS = 20_000;

function readSpeakerKey(speaker: string): string | null {
  const words = speaker.trim().split(/\s+/);
  if (!/^\p{Lu}/u.test(words[0]) || /^(?:the|a|an|this|that|his|her|its|their)$/i.test(words[0])) return null;
  for (let i = words.length - 1; i >= 0; i--) {
    // Outlets differ in apostrophes (`O'Neill`, `O’Neill`) and accents (`Peña`, `Pena`): fold both.
    const word = words[i]
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/’/g, "'")
      .replace(/[^\p{L}'-]/gu, '')
      .toLowerCase();
    if (word && !NOT_NAME_WORDS.has(word) && /^\p{Lu}/u.test(words[i])) return word.replace(/'s$/, '');
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

/** Last words that name a news outlet rather than a person (`The New York Times`, `Fox News`, `the Post`). */
const OUTLET_ENDING =
  /\b(?:news|times|post|journal|press|agency|newspaper|daily|magazine|network|tribune|herald|gazette|wire|television|radio)$/i;

/**
 * Whether a speaker is a news outlet or wire service: what it "says" is its reporting, which another outlet may
 * restate without quoting, so it is no one's words to paraphrase.
 */
export function isNewsOutlet(speaker: string | null): boolean {
  if (!speaker) return false;
  const surface = speaker.trim().toLowerCase();
  return surface.split(/[\s’']+/).some((word) => WIRE_SERVICES.has(word)) || OUTLET_ENDING.test(surface);
}
