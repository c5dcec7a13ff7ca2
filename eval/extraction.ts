/**
 * `npm run eval:extraction -- DIR [--worst N] [--no-readability] [--show KEY] [--save FILE]`: scores main-text extraction on a
 * folder laid out like the article-extraction-benchmark (`html/KEY.html.gz` and `ground-truth.json`, KEY ->
 * {articleBody, url}) with the benchmark's own metric, beside Mozilla Readability's score on the same pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../src/extract/decode.js';
import { extractHtml } from '../src/extract/html.js';
import { type PageScore, scorePage, summarise } from './shingle-score.js';

interface Truth {
  articleBody: string;
  url?: string;
}

function option(name: string): string | null {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? null) : null;
}

function readabilityText(html: string): string {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as Document).parse();
    return article?.textContent ?? '';
  } catch {
    return '';
  }
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The first paragraph of `text` that does not occur in `other`, shortened for a report line. */
function firstNotIn(text: string, other: string): string | null {
  const haystack = squash(other);
  for (const paragraph of text.split(/\n\s*\n|\n/)) {
    const line = squash(paragraph);
    if (line.length > 0 && !haystack.includes(line)) return line.length > 100 ? `${line.slice(0, 100)}…` : line;
  }
  return null;
}

function format(value: number): string {
  return value.toFixed(4);
}

function main(): void {
  const dir = process.argv.slice(2).find((arg, i, all) => !arg.startsWith('--') && !all[i - 1]?.startsWith('--'));
  if (!dir) {
    console.error('usage: npm run eval:extraction -- DIR [--worst N] [--no-readability] [--show KEY] [--save FILE]');
    process.exitCode = 2;
    return;
  }
  const truths = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;
  const worst = Number(option('--worst') ?? 10);
  const show = option('--show');
  const withReadability = !process.argv.includes('--no-readability');
  const ours: Array<{ key: string; score: PageScore; url: string; truth: string; text: string }> = [];
  const theirs: PageScore[] = [];
  let failed = 0;
  for (const key of Object.keys(truths).sort()) {
    const truth = truths[key];
    let html: string;
    try {
      html = decodeHtml(gunzipSync(readFileSync(join(dir, 'html', `${key}.html.gz`))));
    } catch (error) {
      // An unreadable page scores as an empty extraction, as it would in the benchmark.
      console.error(`${key}: ${error instanceof Error ? error.message : String(error)}`);
      failed++;
      ours.push({
        key,
        score: scorePage(truth.articleBody, ''),
        url: truth.url ?? '',
        truth: truth.articleBody,
        text: '',
      });
      if (withReadability) theirs.push(scorePage(truth.articleBody, ''));
      continue;
    }
    const page = extractHtml(html, { url: truth.url ?? null });
    if (show === key) {
      console.log(`--- extracted ${key}\n${page.text}\n--- truth\n${truth.articleBody}\n---`);
    }
    ours.push({
      key,
      score: scorePage(truth.articleBody, page.text),
      url: truth.url ?? '',
      truth: truth.articleBody,
      text: page.text,
    });
    if (withReadability) theirs.push(scorePage(truth.articleBody, readabilityText(html)));
  }
  const summary = summarise(ours.map((page) => page.score));
  console.log(`pages: ${ours.length}${failed ? ` (${failed} unreadable)` : ''}`);
  console.log(`corroborate  F1 ${format(summary.f1)}  P ${format(summary.precision)}  R ${format(summary.recall)}`);
  if (withReadability) {
    const base = summarise(theirs);
    console.log(`readability  F1 ${format(base.f1)}  P ${format(base.precision)}  R ${format(base.recall)}`);
  }
  const save = option('--save');
  if (save) writeFileSync(save, `${JSON.stringify(Object.fromEntries(ours.map((page) => [page.key, page.score])))}\n`);
  const ranked = [...ours].sort(
    (a, b) => Math.min(a.score.precision, a.score.recall) - Math.min(b.score.precision, b.score.recall),
  );
  console.log(`\nworst ${worst} pages (P, R, key, url; + first extra paragraph, - first missing one):`);
  for (const page of ranked.slice(0, worst)) {
    console.log(
      `  ${format(page.score.precision)}  ${format(page.score.recall)}  ${page.key.slice(0, 12)}  ${page.url}`,
    );
    const extra = firstNotIn(page.text, page.truth);
    const missing = firstNotIn(page.truth, page.text);
    if (extra) console.log(`      + ${extra}`);
    if (missing) console.log(`      - ${missing}`);
  }
}

main();
