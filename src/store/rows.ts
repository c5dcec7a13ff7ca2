/** Rows as both backends return them, and their mapping to records. PostgreSQL returns BIGINT as strings: always `Number()`. */
import type { Article } from '../records/article.js';
import type { ArticleClaims, DateMention, Entity, Figure, Quote, StatedClaims } from '../records/claim.js';
import type { Finding, FindingStatus } from '../records/finding.js';
import type { Span } from '../records/span.js';
import type { SqlValue } from './driver.js';
import { searchVector } from './fts-query.js';
import type {
  ArticleRecord,
  EncodedClaims,
  EncodedFindings,
  FindingCounts,
  LedgerEntry,
  StoredArticle,
  StorySummary,
} from './types.js';

export interface ArticleRow {
  id: string;
  story: string;
  copy_of: string | null;
  derived_from: string | null;
  file: string;
  url: string | null;
  title: string | null;
  byline: string | null;
  published: string | null;
  outlet: string | null;
  distributor: string | null;
  language: string | null;
  credits: string;
  text: string;
  boilerplate: string;
  extras: string;
}

export interface StoryRow {
  id: string;
  title: string | null;
  article_count: number | string;
  source_count: number | string;
  first_published: string | null;
  last_published: string | null;
  n_corroborated: number | string;
  n_conflict: number | string;
  n_single_source: number | string;
  n_quote_drift: number | string;
  n_quote_vs_paraphrase: number | string;
}

export interface ClaimRow {
  seq: number | string;
  article: string;
  kind: 'quote' | 'figure';
  idx: number;
  story: string;
  published: string | null;
  start_at: number;
  end_at: number;
  sentence_text: string;
  data: string;
}

/** What a claim's status is computed from. */
export type ClaimSpanRow = Pick<ClaimRow, 'seq' | 'article' | 'story' | 'kind' | 'start_at' | 'end_at'>;

/** Finding status -> the story column counting it. */
export const STATUS_COLUMNS: Record<FindingStatus, keyof StoryRow> = {
  corroborated: 'n_corroborated',
  conflict: 'n_conflict',
  'single-source': 'n_single_source',
  'quote-drift': 'n_quote_drift',
  'quote-vs-paraphrase': 'n_quote_vs_paraphrase',
};

interface Extras {
  dates: DateMention[];
  entities: Entity[];
}

export const ARTICLE_COLUMNS_BUT_EXTRAS =
  'id, story, copy_of, derived_from, file, url, title, byline, published, outlet, distributor, language, credits, text, boilerplate';
export const ARTICLE_COLUMNS = `${ARTICLE_COLUMNS_BUT_EXTRAS}, extras`;

/** The columns `articleValues` gives, in its order: the row number the writer chose, then `ARTICLE_COLUMNS`. */
export const ARTICLE_INSERT_COLUMNS = `seq, ${ARTICLE_COLUMNS}`;

/** The column of a row's search words, where the backend wants them written (`Dialect.searchVectors`). */
const SEARCH_VECTOR_COLUMN = 'tsv';

/** `columns` of an insert, with the search words' column when they are written too. */
export function withSearchVector(columns: string, searchVectors: boolean): string {
  return searchVectors ? `${columns}, ${SEARCH_VECTOR_COLUMN}` : columns;
}

/**
 * An article's row, numbered `seq`: the writer numbers its articles itself, so their claims can be keyed by it.
 * With `searchVectors`, the words of its title and text follow (the columns SQLite's full-text index reads).
 */
export function articleValues(record: ArticleRecord, seq: number, searchVectors = false): SqlValue[] {
  const { article, copy, story, claims } = record;
  const values: SqlValue[] = [
    seq,
    article.id,
    story,
    copy.copyOf,
    copy.derivedFrom,
    article.file,
    article.url,
    article.title,
    article.byline,
    article.published,
    article.outlet,
    article.distributor,
    article.language,
    JSON.stringify(article.credits),
    article.text,
    JSON.stringify(article.boilerplate),
    isEncoded(claims) ? claims.extras : extrasOf(claims),
  ];
  if (searchVectors) values.push(searchVector(article.title, article.text));
  return values;
}

function extrasOf(claims: ArticleClaims): string {
  const extras: Extras = { dates: claims.dates, entities: claims.entities };
  return JSON.stringify(extras);
}

export const CLAIM_COLUMNS =
  'article_seq, article, kind, idx, story, published, start_at, end_at, text, speaker, unit, sentence_text, data';

/**
 * The longest sentence a claim row keeps whole. Real sentences are far shorter; a longer one is a list or a dump
 * without stops (a 4 MB blob of one "sentence" had the whole of it stored and indexed again for each of its 507
 * figures: 2 GB, and 80 s of writing).
 */
const WHOLE_SENTENCE_CHARS = 2000;
/** Characters of a longer "sentence" that a claim row keeps either side of its claim. */
const SENTENCE_CONTEXT_CHARS = 200;

/** The claim's sentence as its row keeps it: whole, or the claim with some context if the sentence is over-long. */
function sentenceContext(text: string, sentence: Span, claim: Span): string {
  if (sentence.end - sentence.start <= WHOLE_SENTENCE_CHARS) return text.slice(sentence.start, sentence.end);
  return text.slice(
    Math.max(sentence.start, claim.start - SENTENCE_CONTEXT_CHARS),
    Math.min(sentence.end, claim.end + SENTENCE_CONTEXT_CHARS),
  );
}

/** The values of a claim row that the claim alone decides (`EncodedClaims`). */
const CLAIM_FIELDS = 9;

export function isEncoded(claims: ArticleClaims | EncodedClaims): claims is EncodedClaims {
  return 'fields' in claims;
}

/**
 * A quote's or figure's JSON as its row stores it: its article, which the row holds already (a URL, often a
 * quarter of the JSON), written as 0 in its place. `claimData` puts it back, so the keys keep their order.
 */
function claimJson(claim: Quote | Figure): string {
  return JSON.stringify({ ...claim, article: 0 });
}

/** A claim from its row's JSON and article. Rows stored before the JSON left the article out hold its value. */
function claimData<T extends Quote | Figure>(article: string, data: string): T {
  const claim = JSON.parse(data) as T;
  claim.article = article;
  return claim;
}

export function encodeClaims(article: Article, claims: ArticleClaims): EncodedClaims {
  const sentence = (span: Span, claim: Span) => sentenceContext(article.text, span, claim);
  const fields: EncodedClaims['fields'] = [];
  claims.quotes.forEach((quote, idx) => {
    const { start, end, text, speaker } = quote;
    fields.push('quote', idx, start, end, text, speaker, null, sentence(quote.sentence, quote), claimJson(quote));
  });
  claims.figures.forEach((figure, idx) => {
    const { start, end, text, unit } = figure;
    fields.push('figure', idx, start, end, text, null, unit, sentence(figure.sentence, figure), claimJson(figure));
  });
  return { fields, extras: extrasOf(claims) };
}

/** The claims that `encodeClaims` encoded, as the store reads them back. */
export function decodeClaims(article: string, encoded: EncodedClaims): ArticleClaims {
  const quotes: Quote[] = [];
  const figures: Figure[] = [];
  const { fields } = encoded;
  for (let at = 0; at < fields.length; at += CLAIM_FIELDS) {
    const data = fields[at + CLAIM_FIELDS - 1] as string;
    if (fields[at] === 'quote') quotes.push(claimData<Quote>(article, data));
    else figures.push(claimData<Figure>(article, data));
  }
  const extras = JSON.parse(encoded.extras) as Extras;
  return { article, quotes, figures, dates: extras.dates, entities: extras.entities };
}

/** The values of a finding row that the finding alone decides (`EncodedFindings`): kind, status, data. */
const FINDING_FIELDS = 3;

export function encodeFindings(findings: readonly Finding[]): EncodedFindings {
  const fields: string[] = [];
  for (const finding of findings) fields.push(finding.kind, finding.status, JSON.stringify(finding));
  return { fields };
}

/** The kind, status and data of each finding, in order, from findings as objects (encoded here) or encoded. */
export function findingValues(findings: Finding[] | EncodedFindings): Array<[string, FindingStatus, string]> {
  const rows: Array<[string, FindingStatus, string]> = [];
  const { fields } = Array.isArray(findings) ? encodeFindings(findings) : findings;
  for (let at = 0; at < fields.length; at += FINDING_FIELDS) {
    rows.push([fields[at], fields[at + 1] as FindingStatus, fields[at + 2]]);
  }
  return rows;
}

/** The findings as objects, decoding them if they were encoded. */
export function decodeFindings(findings: Finding[] | EncodedFindings): Finding[] {
  return Array.isArray(findings) ? findings : findingValues(findings).map(([, , data]) => JSON.parse(data) as Finding);
}

/**
 * The quotes and figures of an article, stored as row `articleSeq`, as claim rows (the ledger's unit). With
 * `searchVectors`, each row is followed by the words of its text, speaker, unit and sentence (the columns SQLite's
 * full-text index reads).
 */
export function claimValues(record: ArticleRecord, articleSeq: number, searchVectors = false): SqlValue[][] {
  const { article, story, claims } = record;
  const { fields } = isEncoded(claims) ? claims : encodeClaims(article, claims);
  const rows: SqlValue[][] = [];
  for (let at = 0; at < fields.length; at += CLAIM_FIELDS) {
    const [kind, idx, start, end, text, speaker, unit, sentence, data] = fields.slice(at, at + CLAIM_FIELDS);
    const row = [
      articleSeq,
      article.id,
      kind,
      idx,
      story,
      article.published,
      start,
      end,
      text,
      speaker,
      unit,
      sentence,
      data,
    ];
    if (searchVectors) row.push(searchVector(text, speaker, unit, sentence));
    rows.push(row);
  }
  return rows;
}

export function toStoredArticle(row: Omit<ArticleRow, 'extras'>): StoredArticle {
  const article: Article = {
    id: row.id,
    file: row.file,
    url: row.url,
    title: row.title,
    byline: row.byline,
    published: row.published,
    outlet: row.outlet,
    distributor: row.distributor,
    language: row.language,
    credits: JSON.parse(row.credits) as string[],
    text: row.text,
    boilerplate: JSON.parse(row.boilerplate) as Article['boilerplate'],
  };
  return { article, copy: { article: row.id, copyOf: row.copy_of, derivedFrom: row.derived_from }, story: row.story };
}

/** An article's claims from its row (dates, entities) and its claim rows (quotes, figures, in stored order). */
export function toArticleClaims(row: ArticleRow, claimRows: ClaimRow[]): ArticleClaims {
  const extras = JSON.parse(row.extras) as Extras;
  return { ...toStatedClaims(row.id, claimRows), dates: extras.dates, entities: extras.entities };
}

/** An article's quotes and figures from its claim rows, in stored order. */
export function toStatedClaims(article: string, claimRows: ClaimRow[]): StatedClaims {
  const sorted = [...claimRows].sort((a, b) => a.idx - b.idx);
  return {
    article,
    quotes: sorted.filter((c) => c.kind === 'quote').map((c) => claimData<Quote>(article, c.data)),
    figures: sorted.filter((c) => c.kind === 'figure').map((c) => claimData<Figure>(article, c.data)),
  };
}

export function toSummary(row: StoryRow, outlets: string[]): StorySummary {
  const findings = {} as FindingCounts;
  for (const [status, column] of Object.entries(STATUS_COLUMNS)) {
    findings[status as FindingStatus] = Number(row[column]);
  }
  return {
    id: row.id,
    title: row.title,
    articles: Number(row.article_count),
    sources: Number(row.source_count),
    outlets,
    firstPublished: row.first_published,
    lastPublished: row.last_published,
    findings,
  };
}

export interface LedgerRow extends ClaimRow {
  status: FindingStatus | null;
  outlet: string | null;
  title: string | null;
  url: string | null;
}

export function toLedgerEntry(row: LedgerRow): LedgerEntry {
  const entry: LedgerEntry = {
    kind: row.kind,
    article: row.article,
    story: row.story,
    outlet: row.outlet,
    title: row.title,
    url: row.url,
    published: row.published,
    status: row.status,
    sentenceText: row.sentence_text,
  };
  if (row.kind === 'quote') entry.quote = claimData<Quote>(row.article, row.data);
  else entry.figure = claimData<Figure>(row.article, row.data);
  return entry;
}
