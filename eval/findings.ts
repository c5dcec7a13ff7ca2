/**
 * `npm run eval:findings -- LABELS.jsonl ARTICLES.jsonl [--verbose]`: runs `compare` on each labelled event's
 * articles and prints recall per kind:status, overall recall, and the precision of the flags (conflict,
 * quote-drift, quote-vs-paraphrase), then the misses and false flags with their sentences.
 */
import { normalise } from '../src/extract/normalise.js';
import { compare } from '../src/pipeline/compare.js';
import type { Article, ArticleInput } from '../src/records/article.js';
import type { Finding } from '../src/records/finding.js';
import { fixed, readJsonl, usage } from './support.js';

interface LabelClaim {
  article: string;
  start: number;
  end: number;
  text: string;
}
interface Label {
  kind: string;
  status: string;
  claims: LabelClaim[];
  speaker?: string;
  note?: string;
}
interface LabelledEvent {
  event: string;
  articles: string[];
  findings: Label[];
}

const FLAGS = new Set(['conflict', 'quote-drift', 'quote-vs-paraphrase']);
/** Overlap needed between a reported claim and a labelled span, as a share of the shorter. */
const MIN_OVERLAP = 0.3;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return shared > 0 && shorter > 0 && shared / shorter >= MIN_OVERLAP;
}

function matches(finding: Finding, label: Label): boolean {
  if (finding.status !== label.status) return false;
  const articlesMatched = new Set<string>();
  for (const claim of label.claims) {
    if (finding.claims.some((c) => c.article === claim.article && overlaps(c, claim)))
      articlesMatched.add(claim.article);
  }
  return articlesMatched.size >= 2;
}

function sentenceOf(article: Article | undefined, claim: { start: number; end: number }): string {
  if (!article) return '';
  const text = article.text;
  const from = Math.max(0, text.lastIndexOf('\n', claim.start) + 1, claim.start - 160);
  const newline = text.indexOf('\n', claim.end);
  const to = Math.min(newline < 0 ? text.length : newline, claim.end + 160);
  return `${text.slice(from, claim.start)}[[${text.slice(claim.start, claim.end)}]]${text.slice(claim.end, to)}`.replace(
    /\s+/g,
    ' ',
  );
}

/** The findings that touch a missed label's spans: what was reported there instead, to show why it missed. */
function nearFindings(findings: Finding[], label: Label): string {
  const near = findings.filter((finding) =>
    label.claims.some((claim) => finding.claims.some((c) => c.article === claim.article && overlaps(c, claim))),
  );
  return near
    .map(
      (finding) =>
        `\n      near: ${finding.kind}:${finding.status} in ${[...new Set(finding.claims.map((c) => c.article.slice(-8)))].join(', ')}`,
    )
    .join('');
}

async function main(): Promise<void> {
  const [labelsPath, articlesPath] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const verbose = process.argv.includes('--verbose');
  if (!labelsPath || !articlesPath) usage('npm run eval:findings -- LABELS.jsonl ARTICLES.jsonl [--verbose]');
  const events = await readJsonl<LabelledEvent>(labelsPath);
  const rows = await readJsonl<ArticleInput & { id: string }>(articlesPath);
  const byId = new Map(rows.map((row) => [row.id, row]));

  const recall = new Map<string, { found: number; total: number }>();
  let flagsReported = 0;
  let flagsRight = 0;
  const misses: string[] = [];
  const falseFlags: string[] = [];
  let splitEvents = 0;
  const started = performance.now();
  for (const event of events) {
    const articles = event.articles.map((id) => {
      const row = byId.get(id);
      if (!row) throw new Error(`${articlesPath}: no article ${id} (event ${event.event})`);
      const { text, html, ...meta } = row;
      return normalise({ item: id, file: id, text, html, meta });
    });
    const articleById = new Map(articles.map((a) => [a.id, a]));
    const { report } = compare(articles);
    if (report.stories.length > 1) splitEvents++;
    for (const label of event.findings) {
      const key = `${label.kind}:${label.status}`;
      const entry = recall.get(key) ?? { found: 0, total: 0 };
      entry.total++;
      const found = report.findings.some((finding) => matches(finding, label));
      if (found) entry.found++;
      else {
        misses.push(
          `MISS ${key} (${label.note ?? ''})\n${label.claims.map((c) => `    ${c.article.slice(-8)}: ${sentenceOf(articleById.get(c.article), c)}`).join('\n')}${nearFindings(report.findings, label)}`,
        );
      }
      recall.set(key, entry);
    }
    for (const finding of report.findings) {
      if (!FLAGS.has(finding.status) || new Set(finding.claims.map((c) => c.article)).size < 2) continue;
      flagsReported++;
      if (event.findings.some((label) => matches(finding, label))) flagsRight++;
      else {
        falseFlags.push(
          `FALSE ${finding.kind}:${finding.status} ${finding.summary}\n${finding.claims.map((c) => `    ${c.article.slice(-8)}: ${sentenceOf(articleById.get(c.article), c)}`).join('\n')}`,
        );
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  if (verbose) {
    for (const line of misses) console.log(line);
    for (const line of falseFlags) console.log(line);
  } else {
    console.log(
      `(${misses.length} misses and ${falseFlags.length} false flags; --verbose prints them with their sentences)`,
    );
  }
  console.log(
    `\nfindings: ${events.length} events (${splitEvents} split into more than one story), ${seconds.toFixed(1)} s`,
  );
  console.log('kind:status                     found / labels  recall');
  let found = 0;
  let total = 0;
  for (const [key, entry] of [...recall].sort()) {
    found += entry.found;
    total += entry.total;
    console.log(
      `${key.padEnd(32)}${String(entry.found).padStart(5)} / ${String(entry.total).padEnd(6)}  ${fixed(entry.found / entry.total)}`,
    );
  }
  console.log(
    `${'overall recall'.padEnd(32)}${String(found).padStart(5)} / ${String(total).padEnd(6)}  ${fixed(found / total)}`,
  );
  console.log(
    `${'flag precision'.padEnd(32)}${String(flagsRight).padStart(5)} / ${String(flagsReported).padEnd(6)}  ${fixed(flagsReported === 0 ? 1 : flagsRight / flagsReported)}`,
  );
}

await main();
