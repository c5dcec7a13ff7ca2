import type { CompareResult } from '../pipeline/compare.js';
import type { Finding, FindingStatus } from '../records/finding.js';
import { evidence, type Marks } from './evidence.js';

export type ReportFormat = 'text' | 'md';

export interface ReportOptions {
  format: ReportFormat;
  /** ANSI colours (a terminal); otherwise claims are marked with brackets. */
  color: boolean;
  /** Also list single-source claims (they are the long tail). */
  singleSource: boolean;
}

const HEADINGS: Record<FindingStatus, string> = {
  conflict: 'Conflicts: the sources disagree',
  'quote-drift': 'Quote drift: the same quote in different words',
  'quote-vs-paraphrase': 'Quoted by one source, only paraphrased by another',
  corroborated: 'Corroborated by independent sources',
  'single-source': 'Single source',
};
const ORDER: FindingStatus[] = ['conflict', 'quote-drift', 'quote-vs-paraphrase', 'corroborated', 'single-source'];

function letter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : `A${index - 25}`;
}

/** A person-readable report: each story, its sources, and its findings by status with the evidence sentences. */
export function renderReport(result: CompareResult, options: ReportOptions): string {
  const md = options.format === 'md';
  const marks: Marks = options.color
    ? { open: '\u001b[1;7m', close: '\u001b[0m' }
    : md
      ? { open: '**', close: '**' }
      : { open: '[[', close: ']]' };
  const bold = (s: string) => (options.color ? `\u001b[1m${s}\u001b[0m` : md ? `**${s}**` : s);
  const { report, articles } = result;
  const textOf = new Map(articles.map((article) => [article.id, article.text]));
  const labelOf = new Map(report.articles.map((article, index) => [article.id, letter(index)]));
  const lines: string[] = [];
  const nameOf = articleNamer(report.articles);

  report.stories.forEach((story, storyIndex) => {
    lines.push(
      md
        ? `## Story ${storyIndex + 1}: ${story.title ?? story.id}`
        : bold(`Story ${storyIndex + 1}: ${story.title ?? story.id}`),
    );
    lines.push(`${story.articles.length} article(s), ${story.sources} independent source(s)`);
    lines.push('');
    for (const id of story.articles) {
      const article = report.articles.find((a) => a.id === id)!;
      const facts = [
        article.outlet ? `outlet ${article.outlet}` : null,
        article.published ? `published ${article.published}` : null,
        article.credits.length ? `credits ${article.credits.join(', ')}` : null,
        article.copyOf ? `copy of ${labelOf.get(article.copyOf) ?? article.copyOf}` : null,
        article.derivedFrom ? `same origin as ${labelOf.get(article.derivedFrom) ?? article.derivedFrom}` : null,
      ].filter(Boolean);
      lines.push(
        `${md ? '- ' : '  '}${labelOf.get(id)}  ${nameOf(article)}${facts.length ? ` (${facts.join('; ')})` : ''}`,
      );
    }
    const findings = report.findings.filter((finding) => finding.story === story.id);
    for (const status of ORDER) {
      if (status === 'single-source' && !options.singleSource) continue;
      const group = findings.filter((finding) => finding.status === status);
      if (group.length === 0) continue;
      lines.push('');
      lines.push(md ? `### ${HEADINGS[status]} (${group.length})` : bold(`${HEADINGS[status]} (${group.length})`));
      for (const finding of group) lines.push(...renderFinding(finding, textOf, labelOf, marks, md));
    }
    const hidden = findings.filter((finding) => finding.status === 'single-source').length;
    if (!options.singleSource && hidden > 0) {
      lines.push('');
      lines.push(`${hidden} single-source claim(s) not shown (--single-source lists them).`);
    }
    lines.push('');
  });
  lines.push(...renderSpeakers(result, labelOf, md));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Files name articles, except where one file holds many (JSONL, stdin): there the article's id is added. */
function articleNamer(
  articles: Array<{ id: string; file: string }>,
): (article: { id: string; file: string }) => string {
  const perFile = new Map<string, number>();
  for (const article of articles) perFile.set(article.file, (perFile.get(article.file) ?? 0) + 1);
  const holdsMany = (file: string) => (perFile.get(file) ?? 0) > 1 || /\.(?:jsonl|ndjson)(?:\.gz)?$|^stdin/.test(file);
  return (article) => (holdsMany(article.file) ? `${article.file} [${article.id}]` : article.file);
}

function renderFinding(
  finding: Finding,
  textOf: Map<string, string>,
  labelOf: Map<string, string>,
  marks: Marks,
  md: boolean,
): string[] {
  const lines = [`${md ? '- ' : '  • '}${finding.kind}: ${finding.summary}`];
  for (const claim of finding.claims) {
    const text = textOf.get(claim.article) ?? '';
    lines.push(
      `${md ? '  - ' : '      '}${labelOf.get(claim.article) ?? claim.article}  ${evidence(text, claim, marks)}`,
    );
  }
  if (finding.note) lines.push(`${md ? '  - ' : '      '}note: ${finding.note}`);
  return lines;
}

/** Who said what: each speaker with how many quotes and paraphrases each article gives them. */
function renderSpeakers(result: CompareResult, labelOf: Map<string, string>, md: boolean): string[] {
  const counts = new Map<string, Map<string, { direct: number; reported: number }>>();
  for (const quote of result.report.quotes) {
    const speaker = quote.speaker ?? '(no speaker named)';
    const perArticle = counts.get(speaker) ?? new Map();
    const entry = perArticle.get(quote.article) ?? { direct: 0, reported: 0 };
    if (quote.direct) entry.direct++;
    else entry.reported++;
    perArticle.set(quote.article, entry);
    counts.set(speaker, perArticle);
  }
  if (counts.size === 0) return [];
  const lines = [md ? '## Who said what' : 'Who said what'];
  for (const [speaker, perArticle] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
    const parts = [...perArticle].map(
      ([article, c]) => `${labelOf.get(article) ?? article}: ${c.direct} quote(s), ${c.reported} reported`,
    );
    lines.push(`${md ? '- ' : '  '}${speaker}: ${parts.join('; ')}`);
  }
  return lines;
}
