import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/run-cli.js';
import { useTempDir } from '../../../test/support/temp-dir.js';

const harbour = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'harbour');
const reports = [join(harbour, 'wire-report.txt'), join(harbour, 'rewrite.txt')];

describe('corroborate compare', () => {
  const dir = useTempDir('compare', 'all');

  it('prints the JSON shape the contract names', async () => {
    const { out, code } = await runCli(['compare', '--json', ...reports]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(['articles', 'stories', 'quotes', 'figures', 'findings']);
    expect(Object.keys(report.articles[0])).toEqual(
      expect.arrayContaining(['id', 'file', 'title', 'outlet', 'published', 'credits', 'copyOf']),
    );
    expect(Object.keys(report.stories[0])).toEqual(expect.arrayContaining(['id', 'title', 'articles']));
    expect(Object.keys(report.quotes[0])).toEqual(
      expect.arrayContaining(['article', 'text', 'start', 'end', 'speaker', 'speakerStart', 'speakerEnd', 'direct']),
    );
    expect(Object.keys(report.figures[0])).toEqual(
      expect.arrayContaining(['article', 'text', 'start', 'end', 'value', 'unit', 'kind', 'qualifier', 'period']),
    );
    expect(Object.keys(report.findings[0])).toEqual(
      expect.arrayContaining(['story', 'kind', 'status', 'summary', 'sources', 'claims']),
    );
    const statuses = new Set(report.findings.map((f: { status: string }) => f.status));
    expect(statuses).toEqual(
      new Set(['conflict', 'quote-drift', 'quote-vs-paraphrase', 'corroborated', 'single-source']),
    );
  });

  it('reports each bad item with its reason on stderr and still compares the rest', async () => {
    const empty = dir.file('empty.txt');
    const binary = dir.file('binary.txt');
    const jsonl = dir.file('articles.jsonl');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe, 0, 1, 2, 3]));
    writeFileSync(
      jsonl,
      `${JSON.stringify({ id: 'ok-1', text: 'The ferry to Velsk will run again on Monday, the port said.' })}\n{not json\n${JSON.stringify({ id: 'no-text' })}\n`,
    );
    const { out, err, code } = await runCli(['compare', '--format', 'md', ...reports, empty, binary, jsonl]);
    expect(err).toMatch(/skipped .*empty\.txt: .*empty/);
    expect(err).toMatch(/skipped .*binary\.txt: .*binary/);
    expect(err).toMatch(/skipped .*articles\.jsonl:2: /);
    expect(err).toMatch(/skipped .*articles\.jsonl:3: .*(text|html)/);
    expect(code).toBe(2);
    expect(out).toMatch(/^## Story 1: /m);
    expect(out).toMatch(/articles\.jsonl \[ok-1\]/);
  });

  it('fails with a clear message when nothing could be read', async () => {
    const { err, code } = await runCli(['compare', dir.file('missing.txt')]);
    expect(err).toMatch(/missing\.txt/);
    expect(code).toBe(1);
  });
});
