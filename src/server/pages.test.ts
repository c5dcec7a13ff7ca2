import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { type FixtureStore, fixtureStore } from './test-fixtures.js';

let fixture: FixtureStore;
let app: FastifyInstance;

beforeAll(async () => {
  fixture = await fixtureStore();
  app = buildApp({ store: fixture.store });
});

afterAll(async () => {
  await app.close();
  await fixture.cleanup();
});

const PAGES = [
  '/',
  '/?q=ferries',
  '/stories/story-harbour',
  '/articles/art-harbour',
  '/articles/art-bay',
  '/claims',
  '/claims?q=pier',
  '/claims?kind=figure',
];

describe('pages', () => {
  it('escape untrusted titles, text, quotes, outlets and summaries everywhere', async () => {
    for (const url of PAGES) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).not.toMatch(/<script/i);
      expect(response.body, url).not.toMatch(/<img/i);
      expect(response.body, url).toContain('&lt;');
    }
    const story = (await app.inject({ url: '/stories/story-harbour' })).body;
    expect(story).toContain('Council &lt;script&gt;alert(1)&lt;/script&gt; approves ferries');
    expect(story).toContain('Bay &lt;img src=x onerror=alert(2)&gt; News');
  });

  it('send a strict content security policy that allows no script', async () => {
    const response = await app.inject({ url: '/stories/story-harbour' });
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('script-src');
    expect(policy).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('list stories newest first with independent-source counts and status badges', async () => {
    const body = (await app.inject({ url: '/' })).body;
    expect(body.indexOf('approves ferries')).toBeLessThan(body.indexOf('Rain in the valley'));
    expect(body).toContain('2 independent sources');
    expect(body).toContain('class="badge quote-drift"');
  });

  it('show a story with its findings grouped by status, each claim marked in its sentence and linked to its article', async () => {
    const body = (await app.inject({ url: '/stories/story-harbour' })).body;
    expect(body.indexOf('id="status-quote-drift"')).toBeLessThan(body.indexOf('id="status-corroborated"'));
    expect(body).toContain('<mark class="claim">40 ferries</mark>');
    expect(body).toContain('href="/articles/art-bay#c-15-25"');
    expect(body).toContain('class="columns"');
    expect(body).toContain('aria-label="Coverage over time"');
  });

  it('mark quotes and figures in the article text with anchors the findings link to', async () => {
    const body = (await app.inject({ url: '/articles/art-bay' })).body;
    expect(body).toContain('id="c-15-25"');
    expect(body).toMatch(/<mark class="f[^"]*"[^>]*>40 ferries<\/mark>/);
    expect(body).toMatch(/<mark class="q[^"]*"[^>]*>We will build the pier<\/mark>/);
  });

  it('plot figures per unit on the ledger, each point linked to its article', async () => {
    const body = (await app.inject({ url: '/claims' })).body;
    expect(body).toContain('Figures over time');
    expect(body).toMatch(/<a href="\/articles\/art-bay#f-15-25"><circle class="dot corroborated"/);
    const quotes = (await app.inject({ url: '/claims?kind=quote' })).body;
    expect(quotes).not.toContain('Figures over time');
  });

  it('read form fields leniently: empty and unknown values are ignored, not errors', async () => {
    const response = await app.inject({ url: '/claims?q=&kind=&status=bogus&unit=&offset=-3' });
    expect(response.statusCode).toBe(200);
  });

  it('answer an unknown story with an HTML 404 page', async () => {
    const response = await app.inject({ url: '/stories/none' });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Not found');
  });
});
