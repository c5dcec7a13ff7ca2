/** The web pages. Query strings come from forms (empty fields, anything typed), so they are read leniently. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { FindingStatus } from '../../records/finding.js';
import type { ClaimKind, Store } from '../../store/types.js';
import { ApiError } from '../errors.js';
import { renderArticle } from '../pages/article.js';
import { type LedgerFilters, renderClaims } from '../pages/claims.js';
import { STATUS_ORDER } from '../pages/format.js';
import { renderStory } from '../pages/story.js';
import { renderStoryList } from '../pages/story-list.js';
import type { ResponseCache } from '../response-cache.js';

export interface PageDeps {
  store: Store;
  cache: ResponseCache;
}

const PAGE_SIZE = 30;
const CHART_LIMIT = 1000;
const MAX_QUERY = 500;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

type Query = Record<string, unknown>;

function text(query: Query, name: string, max = MAX_QUERY): string | undefined {
  const value = query[name];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed.slice(0, max);
}

function offsetOf(query: Query): number {
  const value = Number(text(query, 'offset', 10) ?? 0);
  return Number.isInteger(value) && value > 0 ? Math.min(value, 1_000_000) : 0;
}

function since(query: Query): string | undefined {
  const value = text(query, 'since', 40);
  return value && ISO_DATE.test(value) ? value : undefined;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((option) => option === value);
}

function sendHtml(reply: FastifyReply, body: string): FastifyReply {
  return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(body);
}

export function registerPageRoutes(app: FastifyInstance, { store, cache }: PageDeps): void {
  app.get<{ Querystring: Query }>('/', async (request, reply) => {
    const q = text(request.query, 'q');
    const sinceValue = since(request.query);
    const offset = offsetOf(request.query);
    const page = await store.listStories({ q, since: sinceValue, limit: PAGE_SIZE, offset });
    return sendHtml(reply, renderStoryList({ page, q, since: sinceValue, offset, limit: PAGE_SIZE }));
  });

  app.get<{ Params: { id: string } }>('/stories/:id', async (request, reply) => {
    const { id } = request.params;
    const page = await cache.get(`page:story:${id}`, async () => {
      const detail = await store.getStory(id);
      return detail ? renderStory(detail) : null;
    });
    if (page === null) throw new ApiError('not_found', 'There is no story with this id.');
    return sendHtml(reply, page);
  });

  app.get<{ Params: { id: string } }>('/articles/:id', async (request, reply) => {
    const { id } = request.params;
    const page = await cache.get(`page:article:${id}`, async () => {
      const detail = await store.getArticle(id);
      return detail ? renderArticle(detail) : null;
    });
    if (page === null) throw new ApiError('not_found', 'There is no article with this id.');
    return sendHtml(reply, page);
  });

  app.get<{ Querystring: Query }>('/claims', async (request, reply) => {
    const filters: LedgerFilters = {
      q: text(request.query, 'q'),
      kind: oneOf<ClaimKind>(text(request.query, 'kind'), ['quote', 'figure']),
      status: oneOf<FindingStatus>(text(request.query, 'status'), STATUS_ORDER),
      unit: text(request.query, 'unit', 40),
      since: since(request.query),
    };
    const offset = offsetOf(request.query);
    const page = await store.searchClaims({ ...filters, limit: PAGE_SIZE, offset });
    const figures =
      filters.kind === 'quote'
        ? []
        : (await store.searchClaims({ ...filters, kind: 'figure', limit: CHART_LIMIT, offset: 0 })).items;
    return sendHtml(reply, renderClaims({ filters, page, figures, offset, limit: PAGE_SIZE }));
  });
}
