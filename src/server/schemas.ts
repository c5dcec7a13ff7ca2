/**
 * JSON schemas of the API: the shared record schemas (registered once with `addSchema` and referenced as `Name#`),
 * and each route's params, query, body and responses. Fastify compiles them once at registration, for validation
 * and for serialisation; the OpenAPI document is built from the same objects.
 */
import { API_ERRORS } from './errors.js';

type Schema = Record<string, unknown>;

const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const int = { type: 'integer' } as const;
const nullableInt = { type: ['integer', 'null'] } as const;
const ref = (name: string) => ({ $ref: `${name}#` });

const FINDING_STATUSES = ['corroborated', 'conflict', 'single-source', 'quote-drift', 'quote-vs-paraphrase'];
const FINDING_KINDS = ['figure', 'quote', 'statement', 'date'];
const QUALIFIERS = ['more-than', 'at-least', 'less-than', 'at-most', 'about', 'nearly', 'exactly'];
export const ARTICLE_FIELDS = ['id', 'text', 'html', 'title', 'outlet', 'url', 'published', 'language'] as const;

/** A date or date-time prefix: `2025`, `2025-04`, `2025-04-02`, `2025-04-02T10:00:00Z`. */
const ISO_DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2}([T ][0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?)?)?$';

function object(properties: Record<string, unknown>, required: string[] = Object.keys(properties)): Schema {
  return { type: 'object', properties, required };
}

/** Shared record schemas, by name. */
export const SHARED_SCHEMAS: Record<string, Schema> = {
  Span: object({ start: int, end: int }),
  Article: object({
    id: str,
    file: str,
    url: nullableStr,
    title: nullableStr,
    byline: nullableStr,
    published: nullableStr,
    outlet: nullableStr,
    distributor: nullableStr,
    language: nullableStr,
    credits: { type: 'array', items: str },
    text: str,
    boilerplate: { type: 'array', items: ref('Span') },
  }),
  CopyLink: object({ article: str, copyOf: nullableStr, derivedFrom: nullableStr }),
  Quote: object(
    {
      article: str,
      text: str,
      start: int,
      end: int,
      speaker: nullableStr,
      speakerStart: nullableInt,
      speakerEnd: nullableInt,
      direct: { type: 'boolean' },
      sentence: ref('Span'),
      cue: nullableStr,
    },
    ['article', 'text', 'start', 'end', 'speaker', 'direct', 'sentence'],
  ),
  Figure: object(
    {
      article: str,
      text: str,
      start: int,
      end: int,
      value: { type: 'number' },
      valueMax: { type: 'number' },
      unit: nullableStr,
      kind: { type: 'string', enum: ['money', 'percent', 'quantity'] },
      qualifier: { type: ['string', 'null'], enum: [...QUALIFIERS, null] },
      period: nullableStr,
      sentence: ref('Span'),
    },
    ['article', 'text', 'start', 'end', 'value', 'unit', 'kind', 'qualifier', 'period', 'sentence'],
  ),
  DateMention: object({ start: int, end: int, text: str, value: str }),
  Entity: object({
    id: int,
    name: str,
    type: { type: 'string', enum: ['person', 'organization', 'place', 'other'] },
    mentions: { type: 'array', items: ref('Span') },
  }),
  ArticleClaims: object({
    article: str,
    quotes: { type: 'array', items: ref('Quote') },
    figures: { type: 'array', items: ref('Figure') },
    dates: { type: 'array', items: ref('DateMention') },
    entities: { type: 'array', items: ref('Entity') },
  }),
  ClaimRef: object({ article: str, text: str, start: int, end: int, sentenceStart: int, sentenceEnd: int }, [
    'article',
    'text',
    'start',
    'end',
  ]),
  Finding: object(
    {
      story: str,
      kind: { type: 'string', enum: FINDING_KINDS },
      status: { type: 'string', enum: FINDING_STATUSES },
      summary: str,
      sources: int,
      claims: { type: 'array', items: ref('ClaimRef') },
      speaker: nullableStr,
      value: { type: ['number', 'string', 'null'] },
      unit: nullableStr,
      note: nullableStr,
    },
    ['story', 'kind', 'status', 'summary', 'sources', 'claims'],
  ),
  FindingCounts: object(Object.fromEntries(FINDING_STATUSES.map((status) => [status, int]))),
  StorySummary: object({
    id: str,
    title: nullableStr,
    articles: int,
    sources: int,
    outlets: { type: 'array', items: str },
    firstPublished: nullableStr,
    lastPublished: nullableStr,
    findings: ref('FindingCounts'),
  }),
  StoredArticle: object({ article: ref('Article'), copy: ref('CopyLink'), story: str }),
  StoryDetail: object({
    summary: ref('StorySummary'),
    articles: { type: 'array', items: ref('StoredArticle') },
    claims: { type: 'array', items: ref('ArticleClaims') },
    findings: { type: 'array', items: ref('Finding') },
  }),
  ArticleDetail: object({
    article: ref('Article'),
    copy: ref('CopyLink'),
    story: str,
    storyTitle: nullableStr,
    claims: ref('ArticleClaims'),
    findings: { type: 'array', items: ref('Finding') },
  }),
  LedgerEntry: object(
    {
      kind: { type: 'string', enum: ['quote', 'figure'] },
      article: str,
      story: str,
      outlet: nullableStr,
      title: nullableStr,
      url: nullableStr,
      published: nullableStr,
      status: { type: ['string', 'null'], enum: [...FINDING_STATUSES, null] },
      sentenceText: str,
      quote: ref('Quote'),
      figure: ref('Figure'),
    },
    ['kind', 'article', 'story', 'outlet', 'title', 'url', 'published', 'status', 'sentenceText'],
  ),
  StoryPage: object({ total: int, items: { type: 'array', items: ref('StorySummary') } }),
  LedgerPage: object({ total: int, items: { type: 'array', items: ref('LedgerEntry') } }),
  Problem: object({ item: str, reason: str }),
  IngestSummary: {
    ...object({
      read: int,
      stored: int,
      duplicates: int,
      rejected: int,
      reasons: { type: 'array', items: object({ reason: str, count: int }) },
      problems: { type: 'array', items: ref('Problem') },
      stories: int,
      findings: int,
      warnings: { type: 'array', items: ref('Problem') },
    }),
    description:
      'What the ingest did: `read = stored + duplicates + rejected`; stories that gained an article and their findings; one problem per rejected item.',
  },
  ArticleInput: {
    type: 'object',
    description: 'One article. `text` or `html` is required; the other fields are optional metadata.',
    properties: Object.fromEntries(ARTICLE_FIELDS.map((field) => [field, { type: 'string', maxLength: 5_000_000 }])),
  },
  Error: {
    type: 'object',
    properties: {
      error: object({ code: { type: 'string', enum: Object.keys(API_ERRORS) }, message: str }),
    },
    required: ['error'],
  },
};

const pageQuery = {
  limit: { type: 'integer', minimum: 1, maximum: 1000, description: 'At most this many items (default 50).' },
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000, description: 'Skip this many items.' },
};
const since = { type: 'string', pattern: ISO_DATE_PATTERN, description: 'Published on or after this ISO date.' };
const q = { type: 'string', minLength: 1, maxLength: 500, description: 'Full-text search (all words must match).' };
const idParams = object({ id: { type: 'string', minLength: 1, maxLength: 300 } });

function errors(...codes: Array<keyof typeof API_ERRORS>): Record<number, unknown> {
  const out: Record<number, unknown> = {};
  for (const code of codes) out[API_ERRORS[code].status] = ref('Error');
  return out;
}

/** Route schemas: the `schema` option of each route, also read by the OpenAPI builder. */
export const ROUTE_SCHEMAS = {
  postArticles: {
    summary: 'Ingest one article (JSON) or a batch (JSONL, one article a line)',
    description:
      'Runs the whole pipeline: normalise, copy detection, story assignment, claims and reconciliation. A bad line in a batch is reported in `problems` and never stops the rest. Needs `Authorization: Bearer <token>` when the server has a token.',
    tags: ['articles'],
    body: {
      content: {
        'application/json': { schema: ref('ArticleInput') },
        'application/x-ndjson': { schema: { type: 'string', description: 'One JSON article per line.' } },
      },
    },
    response: {
      200: ref('IngestSummary'),
      ...errors(
        'invalid_request',
        'invalid_json',
        'unauthorized',
        'body_too_large',
        'unprocessable',
        'unsupported_media_type',
      ),
    },
  },
  listStories: {
    summary: 'List stories, newest first',
    tags: ['stories'],
    querystring: { type: 'object', additionalProperties: false, properties: { since, q, ...pageQuery } },
    response: { 200: ref('StoryPage'), ...errors('invalid_request') },
  },
  getStory: {
    summary: "One story: its articles, each article's claims, and the findings",
    tags: ['stories'],
    params: idParams,
    response: { 200: ref('StoryDetail'), ...errors('invalid_request', 'not_found') },
  },
  listClaims: {
    summary: 'The claims ledger: quotes and figures with their sources and statuses',
    tags: ['claims'],
    querystring: {
      type: 'object',
      additionalProperties: false,
      properties: {
        q,
        kind: { type: 'string', enum: ['quote', 'figure'] },
        status: { type: 'string', enum: FINDING_STATUSES },
        since,
        unit: { type: 'string', minLength: 1, maxLength: 40, description: 'Figures with this unit (`EUR`, `%`).' },
        story: { type: 'string', minLength: 1, maxLength: 300 },
        article: { type: 'string', minLength: 1, maxLength: 300 },
        ...pageQuery,
      },
    },
    response: { 200: ref('LedgerPage'), ...errors('invalid_request') },
  },
  getArticle: {
    summary: 'One article with its claims and the findings that cite it',
    tags: ['articles'],
    params: idParams,
    response: { 200: ref('ArticleDetail'), ...errors('invalid_request', 'not_found') },
  },
  openapi: {
    summary: 'This API as an OpenAPI 3.1 document',
    tags: ['meta'],
    response: { 200: { type: 'object', additionalProperties: true } },
  },
} as const;
