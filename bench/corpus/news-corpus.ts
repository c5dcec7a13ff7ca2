/**
 * A realistic synthetic news corpus for the end-to-end benchmark: the story stream of `syntheticStream` (stories
 * of 1-100 articles, ~15% syndicated copies, months of dates, 300-800 words) with quotes, attributions, reported
 * speech and figures woven into each original article, so claim extraction and reconciliation have real work.
 * Syndicated copies carry the same enriched text as their original. Written as JSONL (text) or WARC (HTML pages).
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { hashString } from '../../src/dedup/hash.js';
import type { ArticleInput } from '../../src/records/article.js';
import { random, syntheticStream } from '../../src/stories/synthetic-stream.js';

const ROLES = [
  'the minister',
  'a spokesperson for the council',
  'the chief executive',
  'a police official',
  'the mayor',
];
const VERBS = ['said', 'told reporters', 'said in a statement', 'added', 'warned'];
const UNITS = ['million dollars', 'people', 'percent', 'billion euros', 'homes', 'kilometres'];
const CLAIMS = [
  'we will not accept any delay in the plan',
  'the situation is under control and the work goes on',
  'nobody expected the costs to rise this fast',
  'our teams have been on the ground since the first day',
  'the decision was taken after a long review',
];
/** Originals remembered so their copies can carry the enriched text (the stream keeps at most 3 per story). */
const REMEMBER = 20_000;

/** One article as a JSONL record (text) with its enriched body. */
export function* newsCorpus(
  articles: number,
  seed = 7,
): Generator<Required<Pick<ArticleInput, 'id' | 'text'>> & ArticleInput> {
  const rand = random(seed ^ 0x5eed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const enriched = new Map<string, { plain: string; rich: string }>();
  for (const article of syntheticStream({ articles, seed })) {
    let text = article.text;
    if (article.copyOfTruth) {
      const original = enriched.get(article.copyOfTruth);
      if (original) text = text.replace(original.plain, original.rich);
    } else {
      const names = (text.match(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g) ?? []).slice(0, 6);
      const speaker = () => (names.length > 0 ? pick(names) : 'Dana Moret');
      const paragraphs = text.split('\n\n');
      const extra = 3 + Math.floor(rand() * 4);
      for (let i = 0; i < extra; i++) {
        const n = Math.floor(rand() * 900) + 2;
        const line = [
          () => `"${capital(pick(CLAIMS))}," ${pick(VERBS)} ${speaker()}, ${pick(ROLES)}.`,
          () => `${speaker()}, ${pick(ROLES)}, said ${n} ${pick(UNITS)} were affected by the decision.`,
          () => `According to ${speaker()}, the total reached ${n}.${Math.floor(rand() * 9)} ${pick(UNITS)} last week.`,
          () => `"${capital(pick(CLAIMS))}," ${speaker()} said. "${capital(pick(CLAIMS))}."`,
          () =>
            `Officials said at least ${n} ${pick(UNITS)} had been counted by Tuesday, up from ${Math.floor(n / 2)}.`,
        ][Math.floor(rand() * 5)]();
        const at = 1 + Math.floor(rand() * Math.max(1, paragraphs.length - 1));
        paragraphs.splice(at, 0, line);
      }
      const rich = paragraphs.join('\n\n');
      if (enriched.size >= REMEMBER) enriched.delete(enriched.keys().next().value as string);
      enriched.set(article.id, { plain: text, rich });
      text = rich;
    }
    const url = `https://${article.outlet}.example/news/${slug(article.id, seed)}`;
    yield {
      id: url,
      text,
      title: article.title ?? undefined,
      outlet: article.outlet ?? undefined,
      published: article.published ?? undefined,
      url,
      language: 'en',
    };
  }
}

/**
 * A page name as a site would give it: a hash of the stream's id. Ids in the order the stream numbers them (`a0`,
 * `a1`, ...) would reach the store's indexes keyed by id nearly sorted, which real ids (URLs, hashes) do not: at
 * 100k articles the writer did 16% less work with them than with ids in random order.
 */
function slug(id: string, seed: number): string {
  return hex(hashString(id, seed)) + hex(hashString(id, ~seed));
}

const hex = (n: number): string => n.toString(16).padStart(8, '0');

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A news page around the article: navigation, a headline, a dated byline, paragraphs, a footer. */
export function articlePage(record: ArticleInput): string {
  const paragraphs = (record.text ?? '')
    .split('\n\n')
    .slice(1)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  const title = escapeHtml(record.title ?? '');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | ${record.outlet}</title>
<meta property="og:title" content="${title}"><meta property="article:published_time" content="${record.published}">
</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Staff Reporter, ${record.published}</p>
${paragraphs}
</article><aside><h2>Most read</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">More news</a></li></ul></aside></main>
<footer><p>Copyright ${record.outlet}. All rights reserved.</p></footer></body></html>`;
}

async function writeAll(path: string, chunks: Iterable<string | Buffer>): Promise<void> {
  const out = createWriteStream(path);
  for (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

export function writeJsonlCorpus(path: string, articles: number, seed = 7): Promise<void> {
  return writeAll(
    path,
    (function* () {
      for (const record of newsCorpus(articles, seed)) yield `${JSON.stringify(record)}\n`;
    })(),
  );
}

function warcRecord(id: number, uri: string, html: string): Buffer {
  const body = Buffer.from(html);
  const http = Buffer.from(
    `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`,
    'latin1',
  );
  const head = [
    'WARC/1.1',
    'WARC-Type: response',
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(id).padStart(12, '0')}>`,
    'WARC-Date: 2025-04-02T10:00:00Z',
    `WARC-Target-URI: ${uri}`,
    'Content-Type: application/http; msgtype=response',
    `Content-Length: ${http.length + body.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), http, body, Buffer.from('\r\n\r\n')]);
}

export function writeWarcCorpus(path: string, articles: number, seed = 7): Promise<void> {
  return writeAll(
    path,
    (function* () {
      let n = 0;
      for (const record of newsCorpus(articles, seed)) yield warcRecord(n++, record.url ?? '', articlePage(record));
    })(),
  );
}
