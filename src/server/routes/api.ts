/** The JSON API. Every route validates with its schema and serialises with its compiled response schema. */
import type { FastifyInstance } from 'fastify';
import type { ArticleInput } from '../../records/article.js';
import type { ClaimQuery, Store, StoryQuery } from '../../store/types.js';
import { type ParsedBatch, parseArticle, parseJsonl } from '../article-input.js';
import { checkBearer } from '../auth.js';
import { ApiError } from '../errors.js';
import type { IngestDocuments } from '../ingest-bridge.js';
import { buildOpenApi, type RouteDoc } from '../openapi.js';
import { ROUTE_SCHEMAS } from '../schemas.js';

export interface ApiDeps {
  store: Store;
  token?: string;
  ingest: IngestDocuments;
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
  const { store, token } = deps;
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
      const parsed: ParsedBatch =
        typeof request.body === 'string' ? parseJsonl(request.body) : parseArticle(request.body, 'request');
      if (parsed.docs.length === 0) {
        const reasons = parsed.problems.map((problem) => `${problem.item}: ${problem.reason}`);
        throw new ApiError('invalid_request', reasons.length > 0 ? reasons.join('; ') : 'the batch has no articles');
      }
      return deps.ingest(store, parsed.docs, parsed.problems);
    },
  );

  app.get<{ Querystring: StoryQuery }>('/api/stories', { schema: ROUTE_SCHEMAS.listStories }, async (request) =>
    store.listStories(request.query),
  );

  app.get<{ Params: IdParams }>('/api/stories/:id', { schema: ROUTE_SCHEMAS.getStory }, async (request) => {
    const story = await store.getStory(request.params.id);
    if (!story) throw new ApiError('not_found', `no story with id "${request.params.id}"`);
    return story;
  });

  app.get<{ Querystring: ClaimQuery }>('/api/claims', { schema: ROUTE_SCHEMAS.listClaims }, async (request) =>
    store.searchClaims(request.query),
  );

  app.get<{ Params: IdParams }>('/api/articles/:id', { schema: ROUTE_SCHEMAS.getArticle }, async (request) => {
    const article = await store.getArticle(request.params.id);
    if (!article) throw new ApiError('not_found', `no article with id "${request.params.id}"`);
    return article;
  });

  app.get('/api/openapi.json', { schema: ROUTE_SCHEMAS.openapi }, async () => openapi);
}
