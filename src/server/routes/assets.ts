import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { FAVICON_SVG, STYLE_CSS } from '../assets/style.js';

/** The stylesheet's content hash, put in its URL so browsers may cache it for good. */
export const STYLE_VERSION = createHash('sha256').update(STYLE_CSS).digest('hex').slice(0, 10);
export const STYLE_URL = `/assets/style.css?v=${STYLE_VERSION}`;

export function registerAssetRoutes(app: FastifyInstance): void {
  app.get('/assets/style.css', async (_request, reply) =>
    reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(STYLE_CSS),
  );
  const favicon = async (_request: unknown, reply: import('fastify').FastifyReply) =>
    reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(FAVICON_SVG);
  app.get('/assets/favicon.svg', favicon);
  app.get('/favicon.ico', favicon);
}
