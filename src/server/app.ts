/**
 * The HTTP app: the JSON API under `/api`, the web pages and their assets. Built, not listening: tests call
 * `app.inject()`, `corroborate serve` calls `listen`.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { type IngestOptions, openIngestSession } from '../pipeline/ingest.js';
import type { Store } from '../store/types.js';
import { ApiError, toApiError } from './errors.js';
import { renderErrorPage } from './pages/error.js';
import { createResponseCache } from './response-cache.js';
import { registerApiRoutes } from './routes/api.js';
import { registerAssetRoutes } from './routes/assets.js';
import { registerPageRoutes } from './routes/pages.js';
import { SHARED_SCHEMAS } from './schemas.js';
import { securityHeaders } from './security.js';

export interface AppOptions {
  store: Store;
  /** When set, writes need `Authorization: Bearer <token>`. */
  token?: string;
  /** Largest request body in bytes (default 16 MiB). */
  bodyLimit?: number;
  /** Options for the pipeline runs of `POST /api/articles` (tests put fake stages here). */
  ingestOptions?: IngestOptions;
  logger?: boolean;
  /** How long serialised story and article responses may be reused (0: never). */
  cacheTtlMs?: number;
}

export const DEFAULT_BODY_LIMIT = 16 * 1024 * 1024;

function wantsJson(url: string): boolean {
  return url.startsWith('/api/') || url === '/api';
}

export function buildApp(options: AppOptions): FastifyInstance {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    // Unknown query parameters are rejected with a reason, not silently dropped.
    ajv: { customOptions: { removeAdditional: false, allErrors: false } },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 300 },
  });

  for (const [name, schema] of Object.entries(SHARED_SCHEMAS)) app.addSchema({ $id: name, ...schema });

  // Bodies are JSON or JSONL only: a text/plain body would bypass the documented body schemas.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('application/x-ndjson', { parseAs: 'string', bodyLimit }, (_request, body, done) => {
    done(null, body);
  });

  // `?since=&q=` from a form or a template means "no filter", not an invalid date: drop empty query values.
  app.addHook('preValidation', async (request) => {
    const query = request.query as Record<string, unknown> | undefined;
    if (!query || typeof query !== 'object') return;
    for (const [key, value] of Object.entries(query)) if (value === '') delete query[key];
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(securityHeaders)) reply.header(name, value);
    return payload;
  });

  app.setErrorHandler((error, request, reply) => {
    const apiError = toApiError(error);
    if (apiError.code === 'internal') {
      // A bug, not a bad request: say so on stderr even when request logging is off.
      process.stderr.write(
        `corroborate: internal error on ${request.method} ${request.url}: ${(error as Error)?.stack ?? error}\n`,
      );
    }
    reply.status(apiError.status);
    if (wantsJson(request.url)) return reply.type('application/json; charset=utf-8').send(apiError.toBody());
    return reply.type('text/html; charset=utf-8').send(renderErrorPage(apiError.status, apiError.message));
  });

  app.setNotFoundHandler((request, reply) => {
    const error = new ApiError('not_found', `no route ${request.method} ${request.url.split('?')[0]}`);
    reply.status(404);
    if (wantsJson(request.url)) return reply.type('application/json; charset=utf-8').send(error.toBody());
    return reply.type('text/html; charset=utf-8').send(renderErrorPage(404, 'There is no page at this address.'));
  });

  const cache = createResponseCache(options.cacheTtlMs);
  const ingest = openIngestSession(options.store, options.ingestOptions);
  // Save the pipeline's index state on shutdown, so the next start need not replay the articles.
  app.addHook('onClose', async () => {
    const problem = await ingest.checkpoint();
    if (problem) process.stderr.write(`corroborate: ${problem.item}: ${problem.reason}\n`);
  });
  registerApiRoutes(app, { store: options.store, token: options.token, cache, ingest });
  registerPageRoutes(app, { store: options.store, cache });
  registerAssetRoutes(app);
  return app;
}
