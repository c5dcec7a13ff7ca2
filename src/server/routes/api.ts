/** The JSON API. Every route validates with its schema and serialises with its compiled response schema. */
import type { FastifyInstance } from 'fastify';
import type { IngestSession } from '../../pipeline/ingest.js';
import type { IngestSummary } from '../../pipeline/ingest-summary.js';
import type { ArticleInput } from '../../records/article.js';
import type { ClaimQuery, Store, StoryQuery } from '../../store/types.js';
import { asAsync, jsonlItems, singleArticleItems } from '../article-input.js';
import { checkBearer } from '../auth.js';
import { ApiError } from '../errors.js';
import { buildOpenApi, type RouteDoc } from '../openapi.js';
import type { ResponseCache } from '../response-cache.js';
import { ROUTE_SCHEMAS } from '../schemas.js';

export interface ApiDeps {
  store: Store;
  cache: ResponseCache;
  token?: string;
  /** The pipeline, with its indexes kept in memory between requests. */
  ingest: IngestSession;
}

export const API_VERSION = '0.1.0';

/** Every API route, as documented in the OpenAPI document. */
export const API_ROUTES: readonly RouteDoc[] = [
  { method: 'POST', url: '/api/articles', schema: ROUTE_SCHEMAS.postArticles },
  { method: 'GET', url: '/api/articles/:id', schema: ROUTE_SCHEMAS.getArticle },
  { method: 'GET', url: '/api/stories', schema: ROUTE_SCHEMAS.listStories },
  { method: 'GET', url: '/api/stories/:id', schema: ROUTE_SCHEMAS.getStory },
  { method: 'GET', url: '/api/claims', schema: ROUTE_SCHEMAS.listClaims },
  { method: 'GET', url: '/api/openapi.json', schema: ROUTE_SCHEMAS.openapi },
];

interface IdParams {
  id: string;
}

export function registerApiRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const { store, token, cache } = deps;
  const openapi = buildOpenApi(API_ROUTES, API_VERSION);

  app.post<{ Body: ArticleInput | string }>(
    '/api/articles',
    {
      schema: ROUTE_SCHEMAS.postArticles,
      onRequest: async (request) => {
        if (token) checkBearer(request.headers.authorization, token);
      },
    },
    async (request) => {
      const single = typeof request.body !== 'string';
      const items =
        typeof request.body === 'string' ? await jsonlItems(request.body) : singleArticleItems(request.body);
      let summary: IngestSummary;
      try {
        summary = await deps.ingest.ingest(asAsync(items));
      } finally {
        cache.clear();
      }
      // One article that the pipeline could not use is the request's fault: say why.
      if (single && summary.rejected === 1) {
        throw new ApiError('unprocessable', summary.problems[0]?.reason ?? 'the article could not be used');
      }
      return summary;
    },
  );

  app.get<{ Querystring: StoryQuery }>('/api/stories', { schema: ROUTE_SCHEMAS.listStories }, async (request) =>
    store.listStories(request.query),
  );

  app.get<{ Params: IdParams }>('/api/stories/:id', { schema: ROUTE_SCHEMAS.getStory }, async (request, reply) => {
    const { id } = request.params;
    const body = await cache.get(`api:story:${id}`, async () => {
      const story = await store.getStory(id);
      return story ? (reply.serialize(story) as string) : null;
    });
    if (body === null) throw new ApiError('not_found', `no story with id "${id}"`);
    return reply.type('application/json; charset=utf-8').send(body);
  });

  app.get<{ Querystring: ClaimQuery }>('/api/claims', { schema: ROUTE_SCHEMAS.listClaims }, async (request) =>
    store.searchClaims(request.query),
  );

  app.get<{ Params: IdParams }>('/api/articles/:id', { schema: ROUTE_SCHEMAS.getArticle }, async (request, reply) => {
    const { id } = request.params;
    const body = await cache.get(`api:article:${id}`, async () => {
      const article = await store.getArticle(id);
      return article ? (reply.serialize(article) as string) : null;
    });
    if (body === null) throw new ApiError('not_found', `no article with id "${id}"`);
    return reply.type('application/json; charset=utf-8').send(body);
  });

  app.get('/api/openapi.json', { schema: ROUTE_SCHEMAS.openapi }, async () => openapi);
}
