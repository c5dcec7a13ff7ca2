import { contentStemSet } from './content-words.js';

/** How much a shared content word says that two sentences tell of the same thing: rare in the story, much. */
export type StemWeight = (stem: string) => number;

/**
 * Inverse document frequency of content stems over the sentences of one story (smoothed: `log(1 + N / df)`, so a
 * word in every sentence still weighs a little and a word of a two-sentence story is not weightless). A stem the
 * story never uses weighs as much as one used once.
 */
export function stemWeights(sentenceTexts: Iterable<string>): StemWeight {
  const frequency = new Map<string, number>();
  let count = 0;
  for (const text of sentenceTexts) {
    count++;
    for (const stem of contentStemSet(text)) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  }
  const total = Math.max(count, 1);
  const weights = new Map<string, number>();
  for (const [stem, seen] of frequency) weights.set(stem, Math.log(1 + total / seen));
  const unseen = Math.log(1 + total);
  return (stem) => weights.get(stem) ?? unseen;
}

/** Cosine of two stem sets, each stem weighted: shared weight over the geometric mean of their weights. */
export function weightedCosine(a: Set<string>, b: Set<string>, weight: StemWeight): number {
  let weightA = 0;
  let weightB = 0;
  let shared = 0;
  for (const stem of a) {
    const w = weight(stem);
    weightA += w;
    if (b.has(stem)) shared += w;
  }
  for (const stem of b) weightB += weight(stem);
  return shared === 0 ? 0 : shared / Math.sqrt(weightA * weightB);
}
