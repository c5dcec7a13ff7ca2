import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/claims/index.js';
import { normalise } from '../src/extract/normalise.js';
import { compare } from '../src/pipeline/compare.js';
import type { Finding } from '../src/records/finding.js';
import { renderReport } from '../src/report/text-report.js';

const dir = join(import.meta.dirname, 'fixtures', 'harbour');
const load = (name: string) =>
  normalise({ item: name, file: name, text: readFileSync(join(dir, name), 'utf8'), meta: {} });

/** Two invented reports of one press conference, written like the seed pair, and one unrelated report. */
const wire = load('wire-report.txt');
const rewrite = load('rewrite.txt');
const unrelated = load('unrelated.txt');
const result = compare([wire, rewrite, unrelated]);
const { report } = result;
const texts = (finding: Finding) => finding.claims.map((claim) => claim.text);
const findingsWith = (status: Finding['status'], kind?: Finding['kind']) =>
  report.findings.filter((f) => f.status === status && (kind === undefined || f.kind === kind));

describe('compare on two reports of one event', () => {
  it('puts the two reports in one story with two independent sources, and the unrelated one apart', () => {
    const harbour = report.stories.find((story) => story.articles.includes(wire.id));
    expect(harbour?.articles.sort()).toEqual([wire.id, rewrite.id].sort());
    expect(harbour?.sources).toBe(2);
    expect(report.stories).toHaveLength(2);
    expect(report.articles.every((article) => article.copyOf === null)).toBe(true);
  });

  it('reads the wire report’s date line and both reports’ credits', () => {
    const [wireRow, rewriteRow] = [wire.id, rewrite.id].map((id) => report.articles.find((a) => a.id === id)!);
    expect(wireRow.published).toBe('2024-11-05');
    expect(wireRow.outlet).toBe('Baltic Wire');
    expect(rewriteRow.credits).toEqual(['Kustradio']);
  });

  it('corroborates the pledge however it is written, including the rewrite’s second mention', () => {
    const pledge = findingsWith('corroborated', 'figure').find((f) => f.unit === 'EUR' && f.value === 3e9);
    expect(pledge?.sources).toBe(2);
    expect(texts(pledge!).sort()).toEqual(
      ['over €3 billion', '€3 billion', 'more than EUR 3 billion', 'more than 3 billion euros'].sort(),
    );
  });

  it('keeps a figure for another year as single-source', () => {
    const earlier = findingsWith('single-source', 'figure').find((f) => f.value === 7e9);
    expect(earlier && texts(earlier)).toEqual(['roughly €7 billion']);
  });

  it('flags the meeting of different ministers, noting the report that says both', () => {
    const [conflict] = findingsWith('conflict', 'statement');
    expect(texts(conflict).sort()).toEqual(['finance', 'transport']);
    expect(conflict.note).toMatch(/contradicting itself/);
  });

  it('flags the same quote in different words as drift, with the speaker', () => {
    const [drift] = findingsWith('quote-drift');
    expect(drift.speaker).toBe('Ilse Varga');
    expect(texts(drift).join(' | ')).toMatch(/never forget the ruin.*\|.*never forget that devastation/s);
  });

  it('finds the quote the wire report gives only as reported speech', () => {
    const paraphrased = findingsWith('quote-vs-paraphrase').find((f) =>
      texts(f).some((t) => t.includes('Rising seas threaten')),
    );
    expect(paraphrased?.claims.map((c) => c.article)).toEqual([rewrite.id, wire.id]);
  });

  it('reports the quote only one source carries as single-source', () => {
    const only = findingsWith('single-source', 'quote').find((f) => texts(f)[0].startsWith('I am absolutely certain'));
    expect(only?.sources).toBe(1);
  });

  it('gives every direct quote of the press conference to the commissioner, however the text names her', () => {
    const quotes = report.quotes.filter((q) => q.direct && q.article !== unrelated.id);
    expect(quotes.length).toBeGreaterThanOrEqual(6);
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(['Ilse Varga']));
  });

  it('leaves the link to another story out of the claims', () => {
    const link = wire.text.indexOf('Storm season forces');
    expect(report.quotes.concat().some((q) => q.article === wire.id && q.start <= link && link < q.end)).toBe(false);
    expect(wire.boilerplate.some((span) => span.start === link)).toBe(true);
  });

  it('resolves a date against the date line', () => {
    const dates = extractClaims(wire).dates.map((d) => [d.text, d.value]);
    expect(dates).toContainEqual(['November 6', '2024-11-06']);
  });

  it('reads as a report a person can follow, with the evidence marked', () => {
    const text = renderReport(result, { format: 'text', color: false, singleSource: false });
    expect(text).toMatch(/Conflicts: the sources disagree \(1\)/);
    expect(text).toMatch(/meeting of the alliance's \[\[transport\]\] ministers/);
    expect(text).toMatch(/Who said what(\n {2}.*)*\n {2}Ilse Varga: /);
    const markdown = renderReport(result, { format: 'md', color: false, singleSource: true });
    expect(markdown).toMatch(/^## Story 1: /m);
    expect(markdown).toMatch(/### Single source/);
  });
});
