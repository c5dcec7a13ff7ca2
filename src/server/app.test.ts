import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeStages } from '../pipeline/ingest-fake-stages.js';
import { buildApp } from './app.js';
import { API_ROUTES } from './routes/api.js';
import { type FixtureStore, fixtureStore } from './test-fixtures.js';

let fixture: FixtureStore;
let app: FastifyInstance;

function appWith(options: { token?: string; bodyLimit?: number } = {}): FastifyInstance {
  return buildApp({ store: fixture.store, ingestOptions: { stages: fakeStages() }, ...options });
}

beforeEach(async () => {
  fixture = await fixtureStore();
  app = appWith();
});

afterEach(async () => {
  await app.close();
  await fixture.cleanup();
});

function expectError(response: { statusCode: number; json(): unknown }, status: number, code: string) {
  expect(response.statusCode).toBe(status);
  const body = response.json() as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body.error.message;
}

describe('GET /api/stories', () => {
  it('lists the stories with their counts', async () => {
    const response = await app.inject({ url: '/api/stories' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(2);
    const harbour = body.items.find((story: { id: string }) => story.id === 'story-harbour');
    expect(harbour).toMatchObject({ articles: 2, sources: 2, findings: { corroborated: 1, 'quote-drift': 1 } });
  });

  it('searches the articles with q and filters by since', async () => {
    const search = (await app.inject({ url: '/api/stories?q=ferries' })).json();
    expect(search.items.map((story: { id: string }) => story.id)).toEqual(['story-harbour']);
    const recent = (await app.inject({ url: '/api/stories?since=2025-05-15' })).json();
    expect(recent.items.map((story: { id: string }) => story.id)).toEqual(['story-harbour']);
  });

  it('treats empty query values as absent', async () => {
    const response = await app.inject({ url: '/api/stories?since=&q=' });
    expect(response.statusCode).toBe(200);
    expect(response.json().total).toBe(2);
  });

  it('rejects a bad limit, a malformed date and an unknown parameter with a reason', async () => {
    expect(expectError(await app.inject({ url: '/api/stories?limit=0' }), 400, 'invalid_request')).toContain('limit');
    expect(expectError(await app.inject({ url: '/api/stories?since=yesterday' }), 400, 'invalid_request')).toContain(
      'since',
    );
    expectError(await app.inject({ url: '/api/stories?colour=red' }), 400, 'invalid_request');
  });
});

describe('GET /api/stories/:id', () => {
  it('answers with the articles, their claims and the findings', async () => {
    const response = await app.inject({ url: '/api/stories/story-harbour' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.articles.map((a: { article: { id: string } }) => a.article.id)).toEqual(['art-harbour', 'art-bay']);
    expect(body.claims[0].quotes[0].speaker).toBe('Ana Ruiz');
    expect(body.findings.map((f: { status: string }) => f.status)).toEqual(['corroborated', 'quote-drift']);
  });

  it('answers 404 for an unknown story', async () => {
    expect(expectError(await app.inject({ url: '/api/stories/nope' }), 404, 'not_found')).toContain('nope');
  });
});

describe('GET /api/articles/:id', () => {
  it('answers with the article, its claims and the findings citing it', async () => {
    const body = (await app.inject({ url: '/api/articles/art-bay' })).json();
    expect(body.article.outlet).toContain('Bay');
    expect(body.story).toBe('story-harbour');
    expect(body.claims.figures[0].value).toBe(40);
    expect(body.findings).toHaveLength(2);
  });

  it('answers 404 for an unknown article', async () => {
    expectError(await app.inject({ url: '/api/articles/missing' }), 404, 'not_found');
  });
});

describe('GET /api/claims', () => {
  it('filters the ledger by kind and status', async () => {
    const figures = (await app.inject({ url: '/api/claims?kind=figure' })).json();
    expect(figures.total).toBe(3);
    expect(figures.items.every((entry: { kind: string }) => entry.kind === 'figure')).toBe(true);
    const drift = (await app.inject({ url: '/api/claims?status=quote-drift' })).json();
    expect(drift.items.length).toBeGreaterThan(0);
    expect(drift.items.every((entry: { status: string }) => entry.status === 'quote-drift')).toBe(true);
  });

  it('rejects an unknown kind or status with the allowed values', async () => {
    const message = expectError(await app.inject({ url: '/api/claims?kind=rumour' }), 400, 'invalid_request');
    expect(message).toContain('kind');
    expect(message).toContain('quote, figure');
    expectError(await app.inject({ url: '/api/claims?status=maybe' }), 400, 'invalid_request');
  });
});

describe('POST /api/articles', () => {
  const article = { id: 'new-1', title: 'Ferries arrive', outlet: 'Port News', text: 'The 40 ferries arrived.' };

  it('ingests one JSON article and answers with the summary', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/articles', payload: article });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ read: 1, stored: 1, rejected: 0 });
    expect((await app.inject({ url: '/api/articles/new-1' })).statusCode).toBe(200);
  });

  it('ingests a JSONL batch, reporting a bad line without losing the rest', async () => {
    const body = [JSON.stringify(article), '{not json', JSON.stringify({ id: 'new-2', text: 'The 2 piers.' })].join(
      '\n',
    );
    const response = await app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: body,
    });
    expect(response.statusCode).toBe(200);
    const summary = response.json();
    expect(summary).toMatchObject({ read: 3, stored: 2, rejected: 1 });
    expect(summary.problems[0].item).toBe('request:2');
  });

  it('rejects an article without text, a wrongly typed field and broken JSON', async () => {
    const noText = await app.inject({ method: 'POST', url: '/api/articles', payload: { title: 'x' } });
    expect(expectError(noText, 400, 'invalid_request')).toMatch(/text/);
    const wrongType = await app.inject({
      method: 'POST',
      url: '/api/articles',
      payload: { text: 'x', title: { a: 1 } },
    });
    expect(expectError(wrongType, 400, 'invalid_request')).toContain('title');
    const broken = await app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { 'content-type': 'application/json' },
      payload: '{"text": ',
    });
    expectError(broken, 400, 'invalid_json');
  });

  it('rejects an unsupported content type, an empty batch and a body over the limit', async () => {
    const plain = await app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expectError(plain, 415, 'unsupported_media_type');
    const empty = await app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: '\n\n',
    });
    expectError(empty, 400, 'invalid_request');
    const small = appWith({ bodyLimit: 100 });
    const large = await small.inject({
      method: 'POST',
      url: '/api/articles',
      payload: { text: 'x'.repeat(500) },
    });
    expectError(large, 413, 'body_too_large');
    await small.close();
  });

  it('needs the bearer token for writes when one is set, but not for reads', async () => {
    const guarded = appWith({ token: 'sesame' });
    const missing = await guarded.inject({ method: 'POST', url: '/api/articles', payload: article });
    expectError(missing, 401, 'unauthorized');
    const wrong = await guarded.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { authorization: 'Bearer open' },
      payload: article,
    });
    expectError(wrong, 401, 'unauthorized');
    const right = await guarded.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { authorization: 'Bearer sesame' },
      payload: article,
    });
    expect(right.statusCode).toBe(200);
    expect((await guarded.inject({ url: '/api/stories' })).statusCode).toBe(200);
    await guarded.close();
  });
});

describe('GET /api/openapi.json', () => {
  it('documents every API route the app serves, with its parameters and error responses', async () => {
    const served: string[] = [];
    const probe = buildApp({ store: fixture.store });
    probe.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      if (route.url.startsWith('/api/') && methods.includes('GET')) served.push(`GET ${route.url}`);
      if (route.url.startsWith('/api/') && methods.includes('POST')) served.push(`POST ${route.url}`);
    });
    await probe.ready();
    await probe.close();
    const doc = (await app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations as object).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(documented.sort()).toEqual(API_ROUTES.map((route) => `${route.method} ${route.url}`).sort());
    expect(doc.paths['/api/stories/{id}'].get.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true });
    expect(doc.paths['/api/stories/{id}'].get.responses['404']).toBeDefined();
    expect(doc.paths['/api/articles'].post.requestBody.content['application/x-ndjson']).toBeDefined();
    expect(doc.components.schemas.StoryDetail.properties.findings.items.$ref).toBe('#/components/schemas/Finding');
  });
});

describe('errors', () => {
  it('answers an unknown API path with a JSON 404 and an unknown page with an HTML 404', async () => {
    expectError(await app.inject({ url: '/api/nothing' }), 404, 'not_found');
    const page = await app.inject({ url: '/nothing' });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('never answers a malformed request with a 500', async () => {
    const requests = [
      { url: '/api/stories?limit=abc' },
      { url: '/api/stories?offset=-1' },
      { url: `/api/stories/${'x'.repeat(400)}` },
      { url: '/api/claims?q=' },
      { url: '/api/claims?q=%22%2A%28' },
      { url: '/api/stories?q=AND%20OR%20NOT%20%22' },
      { method: 'POST' as const, url: '/api/articles', payload: '[]', headers: { 'content-type': 'application/json' } },
      {
        method: 'POST' as const,
        url: '/api/articles',
        payload: 'null',
        headers: { 'content-type': 'application/json' },
      },
      { url: '/claims?kind=nope&offset=zz&since=never' },
      { url: '/?q=%22%22%22' },
    ];
    for (const request of requests) {
      const response = await app.inject(request);
      expect(response.statusCode, `${request.url} -> ${response.body}`).toBeLessThan(500);
    }
  });
});
