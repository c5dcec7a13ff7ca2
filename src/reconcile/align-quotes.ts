import type { Article } from '../records/article.js';
import type { Quote } from '../records/claim.js';
import type { ClaimRef, Finding } from '../records/finding.js';
import type { Span } from '../records/span.js';
import { sentences } from '../text/sentences.js';
import { DisjointSets } from './claim-context.js';
import { contentStemSet, overlap } from './content-words.js';
import { EchoFinder } from './echoes.js';
import { clip } from './format.js';
import { countSources } from './independence.js';
import { CANDIDATE_LIMITS, candidatePairs, sharingStems, stemPostings } from './quote-candidates.js';
import { unmarkedOmissions } from './quote-sequence.js';
import { compareWordings, type WordingComparison, type WordingRelation } from './quote-similarity.js';
import { QuotedEchoFinder } from './quoted-echoes.js';
import { isNewsOutlet, speakerKey, speakersMatch, speakersMayMatch } from './speaker-key.js';
import { type StemWeight, stemWeights, weightedCosine } from './stem-weights.js';
import { GAP, wording } from './wording.js';

/** Thresholds of quote and paraphrase alignment. */
export const QUOTE_MATCHING = {
  /**
   * Identical wording this long is the same quote even when the two outlets name different speakers (one outlet
   * misattributes, or names the spokesman for his boss). Lower: a stock phrase two people both use is taken for one
   * quote; such a pair only ever counts as the same words, never as drift, which needs the speakers to agree.
   */
  verbatimAnySpeakerWords: 5,
  /**
   * A second fragment aligned with a sentence already aligned with another fragment is drift only when it nearly all
   * matches (coverage) and its matched words stand together, all but this many in one run (looser: more false drift
   * from a remark that reuses a few of a sentence's words).
   */
  fragmentDriftCoverage: 0.75,
  fragmentDriftOutsideRun: 2,
  /** What a matched word of a drifted pair counts for against one of a verbatim pair, in choosing the best match. */
  driftWordWeight: 0.75,
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
  /**
   * ... or when the words they share are the story's rarer ones: the cosine of content words weighted by how few of
   * the story's sentences use them (lower: more paraphrases found in a reporter's own words, more chance pairings of
   * two remarks on one topic by one speaker).
   */
  paraphraseWeightedShared: 2,
  paraphraseWeightedCosine: 0.5,
  /** The score reported speech by a described speaker (`the office said`) needs against a named speaker's quote. */
  paraphraseUnnamedCosine: 0.6,
};

/**
 * One sentence of a direct quote, or one excerpt of it between ellipses: quotes are aligned sentence by sentence, so
 * a fragment meets its whole.
 */
interface Segment {
  index: number;
  quote: Quote;
  quoteIndex: number;
  start: number;
  end: number;
  words: string[];
  stems: Set<string>;
  /** The content words of the whole quoted sentence the excerpt is cut from: what a paraphrase is compared with. */
  sentenceStems: Set<string>;
  source: string;
}

function segmentsOf(article: Article, quotes: Quote[], groups: Map<string, string>, from: number): Segment[] {
  const out: Segment[] = [];
  for (let quoteIndex = 0; quoteIndex < quotes.length; quoteIndex++) {
    const quote = quotes[quoteIndex];
    if (!quote.direct) continue;
    for (const sentence of sentences(article.text, [{ start: quote.start, end: quote.end }])) {
      const sentenceStems = contentStemSet(article.text.slice(sentence.start, sentence.end));
      const cut = excerpts(article.text, sentence);
      for (const span of cut) {
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
          stems: cut.length === 1 ? sentenceStems : contentStemSet(text),
          sentenceStems,
          source: groups.get(article.id) ?? article.id,
        });
      }
    }
  }
  return out;
}

/** An ellipsis inside a quoted sentence (`...`, `…`), where the outlet cut words out. */
const ELLIPSIS = /\s*(?:\.\s?\.\s?\.|…)\s*/g;

/**
 * Sentences cut at their ellipses: the words either side of a cut are separate excerpts, which another outlet may
 * give as two sentences, or one with words the first left out.
 */
function excerpts(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (const cut of text.slice(span.start, span.end).matchAll(ELLIPSIS)) {
    const at = span.start + cut.index;
    if (at > start) out.push({ start, end: at });
    start = at + cut[0].length;
  }
  if (start < span.end) out.push({ start, end: span.end });
  return out;
}

/** The pieces of all of a group's segments. */
function piecesOfGroup(group: Segment[]): string[][] {
  const out: string[][] = [];
  for (const segment of group) for (const piece of piecesOf(segment.words)) out.push(piece);
  return out;
}

/** A quote's words between its cuts. */
function piecesOf(words: string[]): string[][] {
  const pieces: string[][] = [[]];
  for (const word of words) {
    if (word === GAP) pieces.push([]);
    else pieces[pieces.length - 1].push(word);
  }
  return pieces.filter((piece) => piece.length > 0);
}

function speakersCompatible(a: Quote, b: Quote): boolean {
  return speakersMayMatch(a.speaker, b.speaker);
}

interface Relation {
  relation: WordingRelation;
  /** How strongly the two match: verbatim above drift, then by the share of the shorter matched. */
  score: number;
  /** Words matched: between equal scores the longer match is the better alignment ("an idea", "an idea that ..."). */
  matched: number;
  /** Whether the changed words are few and together (one word swapped), not words spread through a longer quote. */
  tight: boolean;
}

const UNRELATED: Relation = { relation: 'unrelated', score: 0, matched: 0, tight: false };

/**
 * How two segments of different articles relate, given the comparison of their wordings. Only for candidate pairs,
 * which share a content word or have none on one side.
 */
function relationOf(a: Segment, b: Segment, comparison: WordingComparison): Relation {
  const none = UNRELATED;
  if (comparison.relation === 'unrelated') return none;
  // Evidence of one utterance grows with the words matched in order: ten words with one changed outweigh three the
  // same, so a short fragment that happens to stand in another quote does not take the place of its real counterpart.
  const score =
    comparison.matched * (comparison.relation === 'verbatim' ? 1 : QUOTE_MATCHING.driftWordWeight) +
    comparison.coverage;
  const matched = comparison.matched;
  const shorter = comparison.coverage === 0 ? 0 : Math.round(matched / comparison.coverage);
  const tight =
    comparison.coverage >= QUOTE_MATCHING.fragmentDriftCoverage &&
    comparison.longestRun >= shorter - QUOTE_MATCHING.fragmentDriftOutsideRun;
  if (comparison.relation === 'drift') {
    // Changed words are only drift when both are surely one speaker's, or nearly all the words are the same.
    const sure =
      speakersMatch(a.quote.speaker, b.quote.speaker) ||
      (speakersCompatible(a.quote, b.quote) && comparison.coverage >= QUOTE_MATCHING.driftUnnamedCoverage);
    return sure ? { relation: 'drift', score, matched, tight } : none;
  }
  if (speakersCompatible(a.quote, b.quote)) return { relation: comparison.relation, score, matched, tight };
  const verbatimLongEnough =
    comparison.relation === 'verbatim' && comparison.matched >= QUOTE_MATCHING.verbatimAnySpeakerWords;
  return verbatimLongEnough ? { relation: 'verbatim', score, matched, tight } : none;
}

/**
 * Compares segments' wordings, each ordered pair of distinct wordings once: copies of one wire story in a story quote
 * the same sentences in the same words, which would otherwise be compared again for every pair of copies.
 */
function wordingComparer(segments: Segment[]): (i: number, j: number) => WordingComparison {
  const wordingIds = new Map<string, number>();
  const wordingOf = segments.map(({ words }) => {
    const key = words.join('\u0001');
    let id = wordingIds.get(key);
    if (id === undefined) {
      id = wordingIds.size;
      wordingIds.set(key, id);
    }
    return id;
  });
  const known = new Map<number, WordingComparison>();
  return (i, j) => {
    const key = wordingOf[i] * wordingIds.size + wordingOf[j];
    let comparison = known.get(key);
    if (comparison === undefined) {
      comparison = compareWordings(segments[i].words, segments[j].words);
      known.set(key, comparison);
    }
    return comparison;
  };
}

/**
 * Pairs of segments that are each other's best match in the other's article. One sentence is aligned with one
 * sentence per article, so a phrase two different quotes share does not tie them together.
 */
interface AlignedSegments {
  i: number;
  j: number;
  relation: WordingRelation;
}

function mutualBestPairs(segments: Segment[]): {
  mutual: AlignedSegments[];
  fragments: AlignedSegments[];
  related: (x: number, y: number) => boolean;
} {
  const count = segments.length;
  // Maps keyed by numbers, not strings built per pair: a pair `i:j` (i < j) is `i * count + j`, a segment's best in
  // an article `from>article` is `from * articles + article`.
  const articleIds = new Map<string, number>();
  const articleOf = segments.map(({ quote }) => {
    let id = articleIds.get(quote.article);
    if (id === undefined) {
      id = articleIds.size;
      articleIds.set(quote.article, id);
    }
    return id;
  });
  const articles = articleIds.size;
  const inArticle = (from: number, to: number) => from * articles + articleOf[to];
  const relations = new Map<number, Relation>();
  const best = new Map<number, { index: number; score: number; matched: number }>();
  const consider = (from: number, to: number, { score, matched }: Relation) => {
    const key = inArticle(from, to);
    const current = best.get(key);
    if (!current || score > current.score || (score === current.score && matched > current.matched))
      best.set(key, { index: to, score, matched });
  };
  const compare = wordingComparer(segments);
  const items = segments.map(({ stems, quote }) => ({ stems, article: quote.article }));
  for (const [i, j] of candidatePairs(items, QUOTE_MATCHING.candidateShared)) {
    const relation = relationOf(segments[i], segments[j], compare(i, j));
    if (relation.relation === 'unrelated') continue;
    relations.set(i * count + j, relation);
    consider(i, j, relation);
    consider(j, i, relation);
  }
  const mutual: AlignedSegments[] = [];
  const partner = new Map<number, number>();
  for (const [key, relation] of relations) {
    const [i, j] = [Math.floor(key / count), key % count];
    if (best.get(inArticle(i, j))?.index === j && best.get(inArticle(j, i))?.index === i) {
      mutual.push({ i, j, relation: relation.relation });
      partner.set(inArticle(i, j), j);
      partner.set(inArticle(j, i), i);
    }
  }
  // A fragment whose best counterpart is already taken by another fragment of the same article (`"dress like you
  // deserve respect ..."` and `"a spot at the bar"`, both cut from one sentence, or the same words quoted twice) is
  // aligned with it too.
  const fragments: AlignedSegments[] = [];
  for (const [key, relation] of relations) {
    const [i, j] = [Math.floor(key / count), key % count];
    for (const [from, to] of [
      [i, j],
      [j, i],
    ]) {
      if (partner.has(inArticle(from, to)) || best.get(inArticle(from, to))?.index !== to) continue;
      const sibling = partner.get(inArticle(to, from));
      if (sibling === undefined) continue;
      // The same words twice in one article are one quote repeated: aligned with it too. A drifted fragment must be
      // other words of the sentence than its sibling's, and nearly all match.
      if (relation.relation === 'drift') {
        if (overlap(segments[from].stems, segments[sibling].stems).ofSmaller > 0.5 || !relation.tight) continue;
      }
      fragments.push({ i, j, relation: relation.relation });
    }
  }
  const related = (x: number, y: number) => relations.has(x < y ? x * count + y : y * count + x);
  return { mutual, fragments, related };
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
  sentencesOf: (article: Article) => Span[] = (article) => sentences(article.text),
): Finding[] {
  const textById = new Map(articles.map((article) => [article.id, article.text]));
  const textOf = (id: string) => textById.get(id) ?? '';
  const segments: Segment[] = [];
  for (const article of articles) {
    segments.push(...segmentsOf(article, quotesByArticle.get(article.id) ?? [], groups, segments.length));
  }
  const sets = new DisjointSets(segments.length);
  const drifted = new Set<string>();
  const { mutual, fragments, related } = mutualBestPairs(segments);
  const omissions = unmarkedOmissions(segments, mutual, related, textOf);
  const pairs = [...mutual, ...fragments];
  // Segments joined by the same words only: within a drifted quote, the sources that agree word for word.
  const sameWords = new DisjointSets(segments.length);
  for (const { i, j, relation } of pairs) {
    sets.union(i, j);
    const drift = relation === 'drift' || omissions.has(`${i}:${j}`);
    if (drift && segments[i].source !== segments[j].source) drifted.add(`${i}:${j}`);
    else sameWords.union(i, j);
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
  const echoFinder = new EchoFinder(articles);
  const quotedEchoFinder = new QuotedEchoFinder(articles, quotesByArticle);
  for (const { segments: group, drift } of byQuoteSet.values()) {
    const quotingSources = new Set(group.map((s) => s.source));
    const quoting = new Set(articles.filter((a) => quotingSources.has(groups.get(a.id) ?? a.id)).map((a) => a.id));
    const unmarked = echoFinder.find(
      group.map((s) => s.words),
      quoting,
    );
    // Quoted words elsewhere are looked for only where no second source is found otherwise: the costlier search.
    const marked =
      countSources([...group.map((s) => s.quote.article), ...unmarked.map((echo) => echo.article)], groups) >= 2
        ? []
        : quotedEchoFinder.find(
            piecesOfGroup(group),
            group.find((s) => s.quote.speaker)?.quote.speaker ?? null,
            new Set([...quoting, ...unmarked.map((echo) => echo.article)]),
          );
    const echoes = [...unmarked, ...marked];
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
    if (drift) findings.push(...agreeingWithinDrift(story, group, sameWords, groups, textOf));
  }
  // Weighed only when some quote meets reported speech by its speaker: most stories never need it.
  let weights: StemWeight | null = null;
  const weight: StemWeight = (stem) => {
    weights ??= stemWeights(
      articles.flatMap((article) => sentencesOf(article).map((span) => article.text.slice(span.start, span.end))),
    );
    return weights(stem);
  };
  const paraphrased = paraphraseFindings(story, articles, quotesByArticle, groups, byQuoteSet, textOf, weight);
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

/**
 * The sources that quote a drifted quote word for word alike: "two outlets agree, a third words it differently" is
 * both a corroboration and a drift, and a reader needs both.
 */
function agreeingWithinDrift(
  story: string,
  group: Segment[],
  sameWords: DisjointSets,
  groups: Map<string, string>,
  textOf: (article: string) => string,
): Finding[] {
  const byRoot = new Map<number, Segment[]>();
  for (const segment of group) {
    const root = sameWords.find(segment.index);
    byRoot.set(root, [...(byRoot.get(root) ?? []), segment]);
  }
  const out: Finding[] = [];
  for (const members of byRoot.values()) {
    const sources = countSources(
      members.map((s) => s.quote.article),
      groups,
    );
    if (sources < 2) continue;
    const speaker = members.find((s) => s.quote.speaker)?.quote.speaker ?? null;
    const claims = mergeClaims(members.map(claimOf), textOf);
    out.push({
      story,
      kind: 'quote',
      status: 'corroborated',
      summary: `${speaker ?? 'Unattributed'}: “${clip(claims[0].text)}” quoted the same way by ${sources} sources`,
      sources,
      claims,
      speaker,
    });
  }
  return out;
}

/** Quotes that a source which does not quote them gives as reported speech by the same speaker. */
function paraphraseFindings(
  story: string,
  articles: Article[],
  quotesByArticle: Map<string, Quote[]>,
  groups: Map<string, string>,
  byQuoteSet: Map<string, { segments: Segment[]; drift: boolean }>,
  textOf: (article: string) => string,
  weight: StemWeight,
): { findings: Finding[]; quoteKeys: Set<string> } {
  // A paraphrase counts only from a source that does not quote: a story of one source has none to read.
  if (
    countSources(
      articles.map((article) => article.id),
      groups,
    ) < 2
  )
    return { findings: [], quoteKeys: new Set() };
  const quoteGroups = [...byQuoteSet.values()].map(({ segments }) => segments);
  const hostStems = reportedSpeechHosts(quotesByArticle);
  const paraphrases: Paraphrase[] = [];
  for (const article of articles) {
    for (const quote of quotesByArticle.get(article.id) ?? []) {
      if (quote.direct || quotesWords(quote.text)) continue;
      paraphrases.push({
        quote,
        stems: withoutNameWords(contentStemSet(quote.text), quote.speaker),
        source: groups.get(article.id) ?? article.id,
      });
    }
  }
  const quoteKeys = new Set<string>();
  const findings: Finding[] = [];
  const scorer = new ParaphraseScorer(weight, hostStems);
  for (const [groupIndex, matched] of matchParaphrases(quoteGroups, paraphrases, scorer)) {
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
 * words are aligned as quotes, and the rest is not taken for a paraphrase of them. So is reported speech that opens
 * a quotation it does not close (`should have done: “Rise to the occasion`).
 */
const QUOTED_WORDS = /["“”«»]\s*\S+\s+\S+[^"“”«»]*["“”«»]/;
const OPENS_QUOTE = /[“«]\s*\S+\s+\S+[^”»]*$/;

function quotesWords(text: string): boolean {
  return QUOTED_WORDS.test(text) || OPENS_QUOTE.test(text);
}

/**
 * The reported speech around each partial quote (`he had “real doubts” about whether ...`): the reporter's clause
 * tells what the quoted words were about, and another outlet's paraphrase renders the whole clause. Keyed by quote.
 */
function reportedSpeechHosts(quotesByArticle: Map<string, Quote[]>): Map<Quote, Set<string>> {
  const hosts = new Map<Quote, Set<string>>();
  for (const quotes of quotesByArticle.values()) {
    const reported = quotes.filter((quote) => !quote.direct);
    if (reported.length === 0) continue;
    for (const quote of quotes) {
      if (!quote.direct) continue;
      const host = reported.find((r) => r.start <= quote.start && r.end >= quote.end);
      if (host) hosts.set(quote, withoutNameWords(contentStemSet(host.text), host.speaker));
    }
  }
  return hosts;
}

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

/**
 * How well a paraphrase renders a quote group: the best of its sentences. A sentence is compared by its own content
 * words, and, weighted by rarity in the story, by those of the reported clause around it where it is a partial quote.
 * A class, not closures made for each story, so that V8 keeps its compiled code.
 */
class ParaphraseScorer {
  /** A segment's words are worked out once, however many paraphrases it meets. */
  private readonly wordsOf = new Map<Segment, { stems: Set<string>; withHost: Set<string> }>();

  constructor(
    private readonly weight: StemWeight,
    private readonly hosts: Map<Quote, Set<string>>,
  ) {}

  private segmentWords(segment: Segment): { stems: Set<string>; withHost: Set<string> } {
    let known = this.wordsOf.get(segment);
    if (!known) {
      const stems = withoutNameWords(segment.sentenceStems, segment.quote.speaker);
      const host = this.hosts.get(segment.quote);
      known = { stems, withHost: host ? new Set([...stems, ...host]) : stems };
      this.wordsOf.set(segment, known);
    }
    return known;
  }

  score(group: Segment[], paraphrase: Paraphrase): number {
    let best = 0;
    for (const segment of group) {
      const { stems, withHost } = this.segmentWords(segment);
      const { shared } = overlap(stems, paraphrase.stems);
      const cosine = shared === 0 ? 0 : shared / Math.sqrt(stems.size * paraphrase.stems.size);
      const covered = stems.size === 0 ? 0 : shared / stems.size;
      const plain =
        (shared >= QUOTE_MATCHING.paraphraseShared && cosine >= QUOTE_MATCHING.paraphraseCosine) ||
        (shared >= QUOTE_MATCHING.paraphraseFewShared && cosine >= QUOTE_MATCHING.paraphraseFewCosine) ||
        (shared >= QUOTE_MATCHING.paraphraseFewShared &&
          covered >= QUOTE_MATCHING.paraphraseCovers &&
          cosine >= QUOTE_MATCHING.paraphraseCoversCosine);
      if (plain) best = Math.max(best, cosine);
      if (overlap(withHost, paraphrase.stems).shared < QUOTE_MATCHING.paraphraseWeightedShared) continue;
      const weighted = weightedCosine(withHost, paraphrase.stems, this.weight);
      if (weighted >= QUOTE_MATCHING.paraphraseWeightedCosine) best = Math.max(best, weighted);
    }
    return best;
  }

  /** Every content word a group could share with a paraphrase: one that shares too few is not scored at all. */
  wordsOfGroup(group: Segment[]): Set<string> {
    const words = new Set<string>();
    for (const segment of group) for (const word of this.segmentWords(segment).withHost) words.add(word);
    return words;
  }
}

/**
 * Pairs each paraphrase with the quote group it renders best, from a source that does not quote it, by the same
 * speaker. Returns the paraphrases matched to each group (a source may paraphrase several parts of one quote).
 */
function matchParaphrases(
  quoteGroups: Segment[][],
  paraphrases: Paraphrase[],
  paraphraseScore: ParaphraseScorer,
): Map<number, Paraphrase[]> {
  // A quote is compared only with its own speaker's reported speech (by family name) and with reported speech whose
  // speaker is a description (`the office said`), which then needs a closer match; and only with reported speech that
  // shares content words with it, found through an index of them.
  const keyOf = paraphrases.map((paraphrase) => speakerKey(paraphrase.quote.speaker));
  const postings = stemPostings(paraphrases.map((paraphrase) => paraphrase.stems));
  const stemsOf = (j: number) => paraphrases[j].stems;
  const spoken = new Set(keyOf);
  const shared = new Map<number, number>();
  const bestGroupOf = new Map<Paraphrase, { group: number; score: number }>();
  for (let index = 0; index < quoteGroups.length; index++) {
    const group = quoteGroups[index];
    // Outlets may name different people for one quote (a lawyer, his client): reported speech by any of them counts.
    const keys = new Map<string, number>();
    for (const { quote } of group) {
      const key = isNewsOutlet(quote.speaker) ? null : speakerKey(quote.speaker);
      if (key !== null && !keys.has(key)) keys.set(key, keys.size);
    }
    if (keys.size === 0 || (!spoken.has(null) && ![...keys.keys()].some((key) => spoken.has(key)))) continue;
    const quotingSources = new Set(group.map((s) => s.source));
    const groupWords = paraphraseScore.wordsOfGroup(group);
    shared.clear();
    const bySpeaker = (j: number) => {
      const key = keyOf[j];
      return key === null || keys.has(key);
    };
    sharingStems(groupWords, postings, stemsOf, CANDIDATE_LIMITS.reads, bySpeaker, shared);
    // Each speaker's reported speech in turn, then the described speakers'.
    const rank = (j: number) => {
      const key = keyOf[j];
      return (key === null ? keys.size : (keys.get(key) as number)) * paraphrases.length + j;
    };
    const candidates: number[] = [];
    for (const [j, n] of shared) if (n >= QUOTE_MATCHING.paraphraseFewShared) candidates.push(j);
    candidates.sort((a, b) => rank(a) - rank(b));
    for (const j of candidates) {
      const paraphrase = paraphrases[j];
      if (quotingSources.has(paraphrase.source)) continue;
      const named = keyOf[j] !== null;
      const score = paraphraseScore.score(group, paraphrase);
      if (!named && score < QUOTE_MATCHING.paraphraseUnnamedCosine) continue;
      const current = bestGroupOf.get(paraphrase);
      if (score > 0 && (!current || score > current.score)) bestGroupOf.set(paraphrase, { group: index, score });
    }
  }
  const perGroup = new Map<number, Paraphrase[]>();
  for (const [paraphrase, { group }] of bestGroupOf) {
    const list = perGroup.get(group);
    if (list) list.push(paraphrase);
    else perGroup.set(group, [paraphrase]);
  }
  return perGroup;
}
