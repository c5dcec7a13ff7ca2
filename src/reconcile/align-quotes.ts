import type { Article } from '../records/article.js';
import type { Quote } from '../records/claim.js';
import type { ClaimRef, Finding } from '../records/finding.js';
import { sentences } from '../text/sentences.js';
import { DisjointSets } from './claim-context.js';
import { contentStemSet, overlap } from './content-words.js';
import { clip } from './format.js';
import { countSources } from './independence.js';
import { compareWordings, type WordingRelation } from './quote-similarity.js';
import { GAP, wording } from './wording.js';

/** Thresholds of quote and paraphrase alignment. */
export const QUOTE_MATCHING = {
  /** Identical wording this long is the same quote even when the two outlets name different speakers. */
  verbatimAnySpeakerWords: 8,
  /** Content words a paraphrase must share with a quote (higher: fewer, surer quote-vs-paraphrase flags). */
  paraphraseShared: 3,
  /** ... and the share of the smaller side's content words they make up. */
  paraphraseShare: 0.5,
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
  return !a.speaker || !b.speaker || a.speaker === b.speaker || lastName(a.speaker) === lastName(b.speaker);
}

function lastName(name: string): string {
  return name.trim().split(/\s+/).pop()!.toLowerCase();
}

function relationOf(a: Segment, b: Segment): WordingRelation {
  if (a.quote.article === b.quote.article) return 'unrelated';
  if (overlap(a.stems, b.stems).shared === 0 && a.stems.size > 0 && b.stems.size > 0) return 'unrelated';
  const comparison = compareWordings(a.words, b.words);
  if (comparison.relation === 'unrelated') return 'unrelated';
  if (speakersCompatible(a.quote, b.quote)) return comparison.relation;
  const verbatimLongEnough =
    comparison.relation === 'verbatim' && comparison.matched >= QUOTE_MATCHING.verbatimAnySpeakerWords;
  return verbatimLongEnough ? 'verbatim' : 'unrelated';
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

export interface QuoteAlignment {
  findings: Finding[];
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
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const relation = relationOf(segments[i], segments[j]);
      if (relation === 'unrelated') continue;
      sets.union(i, j);
      if (relation === 'drift' && segments[i].source !== segments[j].source) drifted.add(`${i}:${j}`);
    }
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
  for (const { segments: group, drift } of byQuoteSet.values()) {
    const sources = countSources(
      group.map((s) => s.quote.article),
      groups,
    );
    if (sources < 2) {
      singleSourceGroups.push(group);
      continue;
    }
    for (const s of group) multiSourceQuotes.add(`${s.quote.article}#${s.quoteIndex}`);
    const speaker = group.find((s) => s.quote.speaker)?.quote.speaker ?? null;
    const claims = mergeClaims(group.map(claimOf), textOf);
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
  findings.push(...paraphraseFindings(story, articles, quotesByArticle, groups, byQuoteSet, textOf));

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
        claims: [
          {
            article: quote.article,
            text: quote.text,
            start: quote.start,
            end: quote.end,
            sentenceStart: quote.sentence.start,
            sentenceEnd: quote.sentence.end,
          },
        ],
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
): Finding[] {
  const paraphrases = articles.flatMap((article) =>
    (quotesByArticle.get(article.id) ?? [])
      .filter((quote) => !quote.direct && quote.speaker)
      .map((quote) => ({ quote, stems: contentStemSet(quote.text), source: groups.get(article.id) ?? article.id })),
  );
  const findings: Finding[] = [];
  const usedParaphrases = new Set<Quote>();
  for (const { segments: group } of byQuoteSet.values()) {
    const quotingSources = new Set(group.map((s) => s.source));
    const speaker = group.find((s) => s.quote.speaker)?.quote.speaker ?? null;
    if (!speaker) continue;
    const stems = new Set(group.flatMap((s) => [...s.stems]));
    const matches = paraphrases.filter((p) => {
      if (quotingSources.has(p.source) || usedParaphrases.has(p.quote)) return false;
      if (
        !speakersCompatible(p.quote, group[0].quote) ||
        (p.quote.speaker && lastName(p.quote.speaker) !== lastName(speaker))
      )
        return false;
      const { shared, ofSmaller } = overlap(stems, p.stems);
      return shared >= QUOTE_MATCHING.paraphraseShared && ofSmaller >= QUOTE_MATCHING.paraphraseShare;
    });
    if (matches.length === 0) continue;
    const best = new Map<string, (typeof matches)[number]>();
    for (const match of matches) {
      const current = best.get(match.source);
      if (!current || overlap(stems, match.stems).shared > overlap(stems, current.stems).shared)
        best.set(match.source, match);
    }
    for (const match of best.values()) usedParaphrases.add(match.quote);
    const claims = [
      ...mergeClaims(group.map(claimOf), textOf),
      ...[...best.values()].map(({ quote }) => ({
        article: quote.article,
        text: quote.text,
        start: quote.start,
        end: quote.end,
        sentenceStart: quote.sentence.start,
        sentenceEnd: quote.sentence.end,
      })),
    ];
    findings.push({
      story,
      kind: 'quote',
      status: 'quote-vs-paraphrase',
      summary: `${speaker}: “${clip(claims[0].text)}” is quoted by ${quotingSources.size === 1 ? 'one source' : `${quotingSources.size} sources`} and given only as reported speech by ${best.size === 1 ? 'another' : `${best.size} others`}`,
      sources: countSources(
        claims.map((claim) => claim.article),
        groups,
      ),
      claims,
      speaker,
    });
  }
  return findings;
}
