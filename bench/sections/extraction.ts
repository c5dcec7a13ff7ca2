/**
 * Extraction speed on one core: pages per second and median/p99 milliseconds per page for `extractHtml` (main
 * text and metadata), on synthetic news pages (navigation, header, article, related links, sidebar, footer,
 * scripts; 50-150 KB, seeded so every run sees the same pages) and on the dev pages of the extraction benchmark
 * when `../shared/data/extraction` beside the project (or $CORROBORATE_EXTRACTION_DIR) exists. Readability.js on linkedom runs on
 * the same synthetic pages for comparison. Target: at least 100 pages a second.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../../src/extract/decode.js';
import { extractHtml } from '../../src/extract/html.js';
import { random as seededRandom } from '../../src/stories/synthetic-stream.js';
import { type BenchSection, median, percentile } from '../table.js';

export const TARGET_PAGES_PER_SECOND = 100;
const PAGES = 300;
const QUICK_PAGES = 60;
const READABILITY_PAGES = 60;
const QUICK_READABILITY_PAGES = 15;
/** The benchmark pages beside the project (`../shared/data/extraction`), when present. */
const DEV_DIR =
  process.env.CORROBORATE_EXTRACTION_DIR ?? fileURLToPath(new URL('../../../shared/data/extraction', import.meta.url));

const WORDS = (
  'the council minister said on tuesday that officials would review the plan after months of debate over costs ' +
  'and delays residents complained about traffic while the company reported higher profits in the third quarter ' +
  'police confirmed two people were injured near the station according to a statement released late in the evening ' +
  'analysts expect prices to rise again next year as demand grows across the region despite new rules on imports ' +
  'the government announced funding for schools hospitals and roads in a budget that critics called too modest ' +
  'voters will decide in march whether to approve the measure which supporters say will create thousands of jobs'
).split(' ');

function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(random() * WORDS.length)]);
  const text = out.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number): string {
  const sentences = 2 + Math.floor(random() * 3);
  return Array.from({ length: sentences }, () => sentence(random, 10 + Math.floor(random() * 15))).join(' ');
}

function links(random: () => number, count: number, words: number): string {
  return Array.from(
    { length: count },
    (_, i) => `<li class="menu-item"><a href="/section/${i}">${sentence(random, words).slice(0, -1)}</a></li>`,
  ).join('');
}

function script(random: () => number, bytes: number): string {
  const chunk = `window.dataLayer=window.dataLayer||[];function track(e,v){dataLayer.push({event:e,value:v,ts:${Math.floor(random() * 1e9)}})}`;
  return `<script>${chunk.repeat(Math.ceil(bytes / chunk.length))}</script>`;
}

/** One synthetic news page, 50-150 KB, from a seed. */
export function syntheticNewsPage(seed: number): string {
  const random = seededRandom(seed);
  const title = sentence(random, 8).slice(0, -1);
  const body = Array.from({ length: 10 + Math.floor(random() * 16) }, () => `<p>${paragraph(random)}</p>`);
  body.splice(3, 0, '<p><a href="/other">Read more: a related story from last week</a></p>');
  body.splice(
    6,
    0,
    '<figure><img src="/a.jpg"><figcaption>A caption under the photo. (Photo: Agency)</figcaption></figure>',
  );
  const teasers = Array.from(
    { length: 6 },
    (_, i) =>
      `<div class="card"><h3><a href="/story/${i}">${sentence(random, 7)}</a></h3><p>${sentence(random, 18)}</p></div>`,
  ).join('');
  const jsonLd = JSON.stringify({
    '@type': 'NewsArticle',
    headline: title,
    datePublished: '2024-05-02T09:30:00Z',
    author: { '@type': 'Person', name: 'Sam Writer' },
    publisher: { '@type': 'Organization', name: 'Synthetic Times' },
  });
  const scripts = Array.from({ length: 8 }, () => script(random, 3000 + Math.floor(random() * 9000))).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Synthetic Times</title>
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Synthetic Times">
<link rel="canonical" href="https://synthetic.example/2024/05/02/story-${seed}">
<script type="application/ld+json">${jsonLd}</script><style>${'.a{color:red}'.repeat(400)}</style>${scripts}</head>
<body><div id="cookie-banner"><p>We use cookies to improve your experience and to show you personalised advertising.</p></div>
<header class="site-header"><nav><ul>${links(random, 40, 2)}</ul></nav></header>
<div class="container"><main><article><h1>${title}</h1><div class="byline">By Sam Writer</div><time datetime="2024-05-02T09:30:00Z">May 2</time>
<div class="share-bar"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div>
<div class="article-body">${body.join('\n')}</div></article>
<section class="related-stories"><h2>Related stories</h2>${teasers}</section></main>
<aside class="sidebar"><h2>Most popular</h2><ol>${links(random, 10, 9)}</ol></aside></div>
<footer><ul>${links(random, 30, 3)}</ul><p>© 2024 Synthetic Times</p></footer></body></html>`;
}

interface Timing {
  perPage: number[];
  totalMs: number;
  /** CPU time of the process: what the pages cost on one core, even when other work shares the machine. */
  cpuMs: number;
}

function time(pages: Array<{ html: string; url?: string }>, run: (html: string, url?: string) => unknown): Timing {
  // One warm-up pass over a few pages so the JIT has seen the code.
  for (const page of pages.slice(0, 5)) run(page.html, page.url);
  const perPage: number[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const page of pages) {
    const t = performance.now();
    run(page.html, page.url);
    perPage.push(performance.now() - t);
  }
  const totalMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { perPage, totalMs, cpuMs: (used.user + used.system) / 1000 };
}

function row(corpus: string, extractor: string, pages: Array<{ html: string }>, timing: Timing) {
  const kb = pages.reduce((sum, page) => sum + page.html.length, 0) / pages.length / 1024;
  return [
    corpus,
    extractor,
    pages.length,
    Math.round(kb),
    Math.round((pages.length / timing.totalMs) * 1000),
    Math.round((pages.length / timing.cpuMs) * 1000),
    Number(median(timing.perPage).toFixed(2)),
    Number(percentile(timing.perPage, 99).toFixed(2)),
  ];
}

function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
}

const extraction: BenchSection = async ({ quick }) => {
  const count = quick ? QUICK_PAGES : PAGES;
  const synthetic = Array.from({ length: count }, (_, i) => ({ html: syntheticNewsPage(i + 1) }));
  const rows: Array<Array<string | number>> = [];
  rows.push(
    row(
      'synthetic',
      'corroborate',
      synthetic,
      time(synthetic, (html) => extractHtml(html)),
    ),
  );
  const forReadability = synthetic.slice(0, quick ? QUICK_READABILITY_PAGES : READABILITY_PAGES);
  rows.push(row('synthetic', 'readability+linkedom', forReadability, time(forReadability, readabilityText)));
  const notes = [
    `target: at least ${TARGET_PAGES_PER_SECOND} pages/s for corroborate, one core`,
    'pages/s is wall time; cpu pages/s divides by the process CPU time, steadier when other work shares the machine',
  ];
  const htmlDir = join(DEV_DIR, 'html');
  if (existsSync(htmlDir)) {
    const files = readdirSync(htmlDir)
      .filter((file) => file.endsWith('.html.gz'))
      .sort();
    const dev = files.map((file) => ({ html: decodeHtml(gunzipSync(readFileSync(join(htmlDir, file)))) }));
    rows.push(
      row(
        'dev pages',
        'corroborate',
        dev,
        time(dev, (html) => extractHtml(html)),
      ),
    );
  } else {
    notes.push(`dev pages skipped: ${htmlDir} not found`);
  }
  return [
    {
      title: 'Extraction (main text + metadata), one core',
      columns: ['corpus', 'extractor', 'pages', 'avg KB', 'pages/s', 'cpu pages/s', 'median ms', 'p99 ms'],
      rows,
      notes,
    },
  ];
};

export default extraction;
