import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../test/support/run-cli.js';
import { useTempDir } from '../../../test/support/temp-dir.js';
import { extractFile } from './extract.js';

const PAGE = `<html lang="en"><head><meta charset="windows-1252"><title>Bridge reopens | Town News</title>
  <link rel="canonical" href="https://town.example/2024/05/02/bridge"></head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <article><p>The old bridge over the river reopened on Thursday after eight months of repairs costing €2 million.</p>
  <p>Drivers had faced a detour of twenty minutes, and shops on the far bank said trade had fallen by a third.</p></article>
  </body></html>`;

describe('corroborate extract', () => {
  const dir = useTempDir('extract', 'all');
  let output: string[];
  let errors: string[];

  beforeAll(() => {
    writeFileSync(dir.file('page.html'), iconv.encode(PAGE, 'windows-1252'));
    writeFileSync(dir.file('page.html.gz'), gzipSync(Buffer.from(PAGE.replace('windows-1252', 'utf-8'))));
    writeFileSync(dir.file('broken.html.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  async function run(args: string[]): Promise<void> {
    const result = await runCli(['extract', ...args]);
    output = [result.out];
    errors = [result.err];
    process.exitCode = result.code;
  }

  it('prints one JSON line per file with the fields in order', async () => {
    await run(['--json', dir.file('page.html'), dir.file('page.html.gz')]);
    const lines = output.join('').trim().split('\n');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0]);
    expect(Object.keys(first)).toEqual([
      'file',
      'url',
      'title',
      'byline',
      'published',
      'outlet',
      'language',
      'credits',
      'text',
    ]);
    expect(first).toMatchObject({
      file: dir.file('page.html'),
      url: 'https://town.example/2024/05/02/bridge',
      title: 'Bridge reopens',
      published: '2024-05-02',
      language: 'en',
    });
    expect(first.text).toContain('costing €2 million.\n\nDrivers had faced');
    expect(first.text).not.toContain('Home');
    expect(JSON.parse(lines[1]).text).toBe(first.text);
    expect(process.exitCode).toBe(0);
  });

  it('reports a bad file on stderr, naming it and the reason, and goes on with the others', async () => {
    await run(['--json', dir.file('missing.html'), dir.file('broken.html.gz'), dir.file('page.html')]);
    expect(output.join('').trim().split('\n')).toHaveLength(1);
    expect(errors.join('')).toMatch(/missing\.html: no such file/);
    expect(errors.join('')).toMatch(/broken\.html\.gz: not a readable gzip stream/);
    expect(process.exitCode).not.toBe(0);
  });

  it('extractFile reads gzip by its magic bytes, whatever the name', async () => {
    const path = dir.file('compressed-page');
    writeFileSync(path, gzipSync(Buffer.from(PAGE)));
    const page = await extractFile(path);
    expect(page.title).toBe('Bridge reopens');
  });
});
