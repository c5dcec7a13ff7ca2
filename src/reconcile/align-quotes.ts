import type { Article } from '../records/article.js';
import type { Quote } from '../records/claim.js';
import type { ClaimRef, Finding } from '../records/finding.js';
import { sentences } from '../text/sentences.js';
import { DisjointSets } from './claim-context.js';
import { contentStemSet, overlap } from './content-words.js';
import { createEchoFinder } from './echoes.js';
import { clip } from './format.js';
import { countSources } from './independence.js';
import { compareWordings, type WordingRelation } from './quote-similarity.js';
import { speakersMatch, speakersMayMatch } from './speaker-key.js';
import { GAP, wording } from './wording.js';

/** Thresholds of quote and paraphrase alignment. */
export const QUOTE_MATCHING = {
  /** Identical wording this long is the same quote even when the two outlets name different speakers. */
  verbatimAnySpeakerWords: 8,
  /** Content words two quote sentences must share before their wording is compared (fewer: slower, no more found). */
  candidateShared: 2,
  /** Share of the shorter quote that must match for drift when one side's speaker is not named. */
  driftUnnamedCoverage: 0.8,
  /**
   * Content words a paraphrase must share with a sentence of a quote, and the cosine of their content words (higher:
   * fewer, surer quote-vs-paraphrase flags; the cosine keeps a long paraphrase from matching a short quote by chance).
   */
  paraphraseShared: 3,
  paraphraseCosine: 0.5,
  /** Two shared words are enough only when they are nearly all the words either side has. */
  paraphraseFewShared: 2,
  paraphraseFewCosine: 0.7,
  /** ... or when the paraphrase carries nearly every content word of a short quoted sentence. */
  paraphraseCovers: 0.8,
  paraphraseCoversCosine: 0.4,
};

/** One sentence of a direct quote: quotes are aligned sentence by sentence, so a fragment meets its whole. */
interface Segment {
  index: number;
  quote: Quote;
  quoteIndex: number;
  start: number;
  end: number;
  words: string[];
  stems: Set<string>;
  source: string;
}

function segmentsOf(article: Article, quotes: Quote[], groups: Map<string, string>, from: number): Segment[] {
  const out: Segment[] = [];
  quotes.forEach((quote, quoteIndex) => {
    if (!quote.direct) return;
    for (const span of sentences(article.text, [{ start: quote.start, end: quote.end }])) {
      const text = article.text.slice(span.start, span.end);
      const words = wording(text).words;
      if (words.filter((word) => word !== GAP).length === 0) continue;
      out.push({
        index: from + out.length,
        quote,
        quoteIndex,
        start: span.start,
        end: span.end,
        words,
        stems: contentStemSet(text),
        source: groups.get(article.id) ?? article.id,
      });
    }
  });
  return out;
}

function speakersCompatible(a: Quote, b: Quote): boolean {
  return speakersMayMatch(a.speaker, b.speaker);
}

interface Relation {
  relation: WordingRelation;
  /** How strongly the two match: verbatim above drift, then by the share of the shorter matched. */
  score: number;
}

function relationOf(a: Segment, b: Segment): Relation {
  const none = { relation: 'unrelated' as const, score: 0 };
  if (a.quote.article === b.quote.article) return none;
  if (overlap(a.stems, b.stems).shared === 0 && a.stems.size > 0 && b.stems.size > 0) return none;
  const comparison = compareWordings(a.words, b.words);
  if (comparison.relation === 'unrelated') return none;
  const score = (comparison.relation === 'verbatim' ? 2 : 1) + comparison.coverage;
  if (comparison.relation === 'drift') {
    // Changed words are only drift when both are surely one speaker's, or nearly all the words are the same.
    const sure =
      speakersMatch(a.quote.speaker, b.quote.speaker) ||
      (speakersCompatible(a.quote, b.quote) && comparison.coverage >= QUOTE_MATCHING.driftUnnamedCoverage);
    return sure ? { relation: 'drift', score } : none;
  }
  if (speakersCompatible(a.quote, b.quote)) return { relation: comparison.relation, score };
  const verbatimLongEnough =
    comparison.relation === 'verbatim' && comparison.matched >= QUOTE_MATCHING.verbatimAnySpeakerWords;
  return verbatimLongEnough ? { relation: 'verbatim', score } : none;
}

/**
 * Pairs of segments from different articles worth comparing word by word: found through an index of content words,
 * sharing two of them (or all of the shorter's, when it has fewer). Segments with no content words meet every other.
 * This keeps a story of many articles from comparing every sentence with every other.
 */
function candidatePairs(segments: Segment[]): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  const bare: number[] = [];
  segments.forEach((segment, index) => {
    if (segment.stems.size === 0) bare.push(index);
    for (const stem of segment.stems) {
      const list = postings.get(stem);
      if (list) list.push(index);
      else postings.set(stem, [index]);
    }
  });
  const pairs: Array<[number, number]> = [];
  const shared = new Map<number, number>();
  segments.forEach((segment, i) => {
    shared.clear();
    for (const stem of segment.stems) {
      for (const j of postings.get(stem) ?? []) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) {
      const needed = Math.min(QUOTE_MATCHING.candidateShared, segment.stems.size, segments[j].stems.size);
      if (count >= needed && segments[j].quote.article !== segment.quote.article) pairs.push([i, j]);
    }
    const others = segment.stems.size === 0 ? segments.map((_, j) => j) : bare;
    for (const j of others) if (j > i && segments[j].quote.article !== segment.quote.article) pairs.push([i, j]);
  });
  return pairs;
}

/**
 * Pairs of segments that are each other's best match in the other's article. One sentence is aligned with one
 * sentence per article, so a phrase two different quotes share does not tie them together.
 */
function mutualBestPairs(segments: Segment[]): Array<{ i: number; j: number; relation: WordingRelation }> {
  const relations = new Map<string, Relation>();
  const best = new Map<string, { index: number; score: number }>();
  const consider = (from: number, to: number, score: number) => {
    const key = `${from}>${segments[to].quote.article}`;
    const current = best.get(key);
    if (!current || score > current.score) best.set(key, { index: to, score });
  };
  for (const [i, j] of candidatePairs(segments)) {
    const relation = relationOf(segments[i], segments[j]);
    if (relation.relation === 'unrelated') continue;
    relations.set(`${i}:${j}`, relation);
    consider(i, j, relation.score);
    consider(j, i, relation.score);
  }
  const pairs: Array<{ i: number; j: number; relation: WordingRelation }> = [];
  for (const [key, relation] of relations) {
    const [i, j] = key.split(':').map(Number);
    const iBest = best.get(`${i}>${segments[j].quote.article}`);
    const jBest = best.get(`${j}>${segments[i].quote.article}`);
    if (iBest?.index === j && jBest?.index === i) pairs.push({ i, j, relation: relation.relation });
  }
  return pairs;
}

function wholeQuoteClaim(quote: Quote): ClaimRef {
  return {
    article: quote.article,
    text: quote.text,
    start: quote.start,
    end: quote.end,
    sentenceStart: quote.sentence.start,
    sentenceEnd: quote.sentence.end,
  };
}

function claimOf(segment: Segment): ClaimRef {
  const { quote } = segment;
  return {
    article: quote.article,
    text: '',
    start: segment.start,
    end: segment.end,
    sentenceStart: quote.sentence.start,
    sentenceEnd: quote.sentence.end,
  };
}

/** Adjacent segments of one quote in one article become one claim. */
function mergeClaims(claims: ClaimRef[], textOf: (article: string) => string): ClaimRef[] {
  const sorted = [...claims].sort((a, b) =>
    a.article === b.article ? a.start - b.start : a.article < b.article ? -1 : 1,
  );
  const out: ClaimRef[] = [];
  for (const claim of sorted) {
    const last = out[out.length - 1];
    const text = textOf(claim.article);
    if (last && last.article === claim.article && /^[\s"'“”‘’]*$/.test(text.slice(last.end, claim.start))) {
      last.end = claim.end;
      last.sentenceEnd = Math.max(last.sentenceEnd ?? claim.end, claim.sentenceEnd ?? claim.end);
    } else {
      out.push({ ...claim });
    }
  }
  for (const claim of out) claim.text = textOf(claim.article).slice(claim.start, claim.end);
  return out;
}

/**
 * Aligns the direct quotes of one story across its articles, then looks for quotes that another source gives only
 * as reported speech. Statuses: corroborated (same words from two or more sources), quote-drift (the same quote in
 * different words), quote-vs-paraphrase, single-source.
 */
export function reconcileQuotes(
  story: string,
  articles: Article[],
  quotesByArticle: Map<string, Quote[]>,
  groups: Map<string, string>,
): Finding[] {
  const textById = new Map(articles.map((article) => [article.id, article.text]));
  const textOf = (id: string) => textById.get(id) ?? '';
  const segments: Segment[] = [];
  for (const article of articles) {
    segments.push(...segmentsOf(article, quotesByArticle.get(article.id) ?? [], groups, segments.length));
  }
  const sets = new DisjointSets(segments.length);
  const drifted = new Set<string>();
  for (const { i, j, relation } of mutualBestPairs(segments)) {
    sets.union(i, j);
    if (relation === 'drift' && segments[i].source !== segments[j].source) drifted.add(`${i}:${j}`);
  }
  const rootDrifts = new Set<number>();
  for (const pair of drifted) rootDrifts.add(sets.find(Number(pair.split(':')[0])));

  // Components that hold the same quotes (segments of one long quote) are reported as one finding.
  const byQuoteSet = new Map<string, { segments: Segment[]; drift: boolean }>();
  for (const members of sets.groups()) {
    const group = members.map((index) => segments[index]);
    const key = [...new Set(group.map((s) => `${s.quote.article}#${s.quoteIndex}`))].sort().join('|');
    const entry = byQuoteSet.get(key) ?? { segments: [], drift: false };
    entry.segments.push(...group);
    entry.drift ||= rootDrifts.has(sets.find(members[0]));
    byQuoteSet.set(key, entry);
  }

  const findings: Finding[] = [];
  const multiSourceQuotes = new Set<string>();
  const singleSourceGroups: Segment[][] = [];
  const findEchoes = createEchoFinder(articles);
  for (const { segments: group, drift } of byQuoteSet.values()) {
    const quotingSources = new Set(group.map((s) => s.source));
    const echoes = findEchoes(
      group.map((s) => s.words),
      new Set(articles.filter((a) => quotingSources.has(groups.get(a.id) ?? a.id)).map((a) => a.id)),
    );
    const sources = countSources([...group.map((s) => s.quote.article), ...echoes.map((echo) => echo.article)], groups);
    if (sources < 2) {
      singleSourceGroups.push(group);
      continue;
    }
    for (const s of group) multiSourceQuotes.add(`${s.quote.article}#${s.quoteIndex}`);
    const speaker = group.find((s) => s.quote.speaker)?.quote.speaker ?? null;
    const claims = mergeClaims([...group.map(claimOf), ...echoes], textOf);
    findings.push({
      story,
      kind: 'quote',
      status: drift ? 'quote-drift' : 'corroborated',
      summary: `${speaker ?? 'Unattributed'}: “${clip(claims[0].text)}” ${drift ? 'is worded differently by different sources' : `quoted the same way by ${sources} sources`}`,
      sources,
      claims,
      speaker,
    });
  }
  const paraphrased = paraphraseFindings(story, articles, quotesByArticle, groups, byQuoteSet, textOf);
  findings.push(...paraphrased.findings);
  for (const key of paraphrased.quoteKeys) multiSourceQuotes.add(key);

  // A quote no other source carries (in any wording) is single-source, reported once per quote.
  const reported = new Set<string>();
  for (const group of singleSourceGroups) {
    for (const segment of group) {
      const key = `${segment.quote.article}#${segment.quoteIndex}`;
      if (multiSourceQuotes.has(key) || reported.has(key)) continue;
      reported.add(key);
      const { quote } = segment;
      findings.push({
        story,
        kind: 'quote',
        status: 'single-source',
        summary: `${quote.speaker ?? 'Unattributed'}: “${clip(quote.text)}” appears in one source only`,
        sources: 1,
        claims: [wholeQuoteClaim(quote)],
        speaker: quote.speaker,
      });
    }
  }
  return findings;
}

/** Quotes that a source which does not quote them gives as reported speech by the same speaker. */
function paraphraseFindings(
  story: string,
  articles: Article[],
  quotesByArticle: Map<string, Quote[]>,
  groups: Map<string, string>,
  byQuoteSet: Map<string, { segments: Segment[]; drift: boolean }>,
  textOf: (article: string) => string,
): { findings: Finding[]; quoteKeys: Set<string> } {
  const quoteGroups = [...byQuoteSet.values()].map(({ segments }) => segments);
  const paraphrases: Paraphrase[] = articles.flatMap((article) =>
    (quotesByArticle.get(article.id) ?? [])
      .filter((quote) => !quote.direct && !QUOTED_WORDS.test(quote.text))
      .map((quote) => ({
        quote,
        stems: withoutNameWords(contentStemSet(quote.text), quote.speaker),
        source: groups.get(article.id) ?? article.id,
      })),
  );
  const quoteKeys = new Set<string>();
  const findings: Finding[] = [];
  for (const [groupIndex, matched] of matchParaphrases(quoteGroups, paraphrases)) {
    const group = quoteGroups[groupIndex];
    const quotingSources = new Set(group.map((s) => s.source));
    const speaker = group.find((s) => s.quote.speaker)?.quote.speaker ?? matched[0].quote.speaker;
    for (const s of group) quoteKeys.add(`${s.quote.article}#${s.quoteIndex}`);
    const claims = [...mergeClaims(group.map(claimOf), textOf), ...matched.map(({ quote }) => wholeQuoteClaim(quote))];
    findings.push({
      story,
      kind: 'quote',
      status: 'quote-vs-paraphrase',
      summary: `${speaker ?? 'Unattributed'}: “${clip(claims[0].text)}” is quoted by ${quotingSources.size === 1 ? 'one source' : `${quotingSources.size} sources`} and given only as reported speech by ${new Set(matched.map((p) => p.source)).size === 1 ? 'another' : `${new Set(matched.map((p) => p.source)).size} others`}`,
      sources: countSources(
        claims.map((claim) => claim.article),
        groups,
      ),
      claims,
      speaker,
    });
  }
  return { findings, quoteKeys };
}

/**
 * Reported speech that itself quotes words ("wrote that they should \"dress like ...\"") is partly a quote: those
 * words are aligned as quotes, and the rest is not taken for a paraphrase of them.
 */
const QUOTED_WORDS = /["“”«»]\s*\S+\s+\S+[^"“”«»]*["“”«»]/;

interface Paraphrase {
  quote: Quote;
  stems: Set<string>;
  source: string;
}

/** The speaker's own name says nothing about what was said. */
function withoutNameWords(stems: Set<string>, speaker: string | null): Set<string> {
  if (!speaker) return stems;
  const names = contentStemSet(speaker);
  return new Set([...stems].filter((stem) => !names.has(stem)));
}

/** How well a paraphrase renders a quote group: the best of its sentences. */
function paraphraseScore(group: Segment[], paraphrase: Paraphrase): number {
  let best = 0;
  for (const segment of group) {
    const stems = withoutNameWords(segment.stems, segment.quote.speaker);
    const { shared } = overlap(stems, paraphrase.stems);
    const cosine = shared === 0 ? 0 : shared / Math.sqrt(stems.size * paraphrase.stems.size);
    const covered = stems.size === 0 ? 0 : shared / stems.size;
    const enough =
      (shared >= QUOTE_MATCHING.paraphraseShared && cosine >= QUOTE_MATCHING.paraphraseCosine) ||
      (shared >= QUOTE_MATCHING.paraphraseFewShared && cosine >= QUOTE_MATCHING.paraphraseFewCosine) ||
      (shared >= QUOTE_MATCHING.paraphraseFewShared &&
        covered >= QUOTE_MATCHING.paraphraseCovers &&
        cosine >= QUOTE_MATCHING.paraphraseCoversCosine);
    if (enough) {
      best = Math.max(best, cosine);
    }
  }
  return best;
}

function sameSpeaker(group: Segment[], paraphrase: Paraphrase): boolean {
  const speaker = group.find((s) => s.quote.speaker)?.quote.speaker;
  return speakersMatch(speaker ?? null, paraphrase.quote.speaker);
}

/**
 * Pairs each paraphrase with the quote group it renders best, from a source that does not quote it, by the same
 * speaker. Returns the paraphrases matched to each group (a source may paraphrase several parts of one quote).
 */
function matchParaphrases(quoteGroups: Segment[][], paraphrases: Paraphrase[]): Map<number, Paraphrase[]> {
  const bestGroupOf = new Map<Paraphrase, { group: number; score: number }>();
  quoteGroups.forEach((group, index) => {
    const quotingSources = new Set(group.map((s) => s.source));
    for (const paraphrase of paraphrases) {
      if (quotingSources.has(paraphrase.source) || !sameSpeaker(group, paraphrase)) continue;
      const score = paraphraseScore(group, paraphrase);
      const current = bestGroupOf.get(paraphrase);
      if (score > 0 && (!current || score > current.score)) bestGroupOf.set(paraphrase, { group: index, score });
    }
  });
  const perGroup = new Map<number, Paraphrase[]>();
  for (const [paraphrase, { group }] of bestGroupOf) perGroup.set(group, [...(perGroup.get(group) ?? []), paraphrase]);
  return perGroup;
}
