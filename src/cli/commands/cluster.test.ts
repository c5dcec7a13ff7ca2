import { writeFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FOOTER, HEADER, REWRITE, WIRE_STORY } from '../../../test/fixtures/copies-and-stories.js';
import { runCli } from '../../../test/support/run-cli.js';
import { useTempDir } from '../../../test/support/temp-dir.js';

describe('corroborate cluster', () => {
  const dir = useTempDir('cluster', 'all');
  let output: string[];
  let errors: string[];

  beforeAll(() => {
    const rows = [
      { id: 'wire', text: WIRE_STORY, outlet: 'Wire', published: '2024-05-07' },
      { id: 'rewrite', text: REWRITE, outlet: 'Daily', published: '2024-05-07' },
      { id: 'copy', text: `${HEADER}\n\n${WIRE_STORY}\n\n${FOOTER}`, outlet: 'Herald', published: '2024-05-07' },
    ];
    writeFileSync(dir.file('articles.jsonl'), `${rows.map((row) => JSON.stringify(row)).join('\n')}\n{not json\n`);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  async function run(args: string[]): Promise<void> {
    const result = await runCli(args);
    output = [result.out];
    errors = [result.err];
    process.exitCode = result.code;
  }

  it('prints one line per article in input order with its story and the article it copies', async () => {
    await run(['cluster', '--json', dir.file('articles.jsonl')]);
    const lines = output
      .join('')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['wire', 'rewrite', 'copy']);
    expect(lines.map((line) => line.copyOf)).toEqual([null, null, 'wire']);
    expect(new Set(lines.map((line) => line.story)).size).toBe(1);
    expect(lines[0].story).toMatch(/^s-\d+$/);
  });

  it('reports a bad line and still clusters the rest', async () => {
    await run(['cluster', dir.file('articles.jsonl')]);
    expect(errors.join('')).toContain('articles.jsonl:4');
    expect(output.join('').trim().split('\n')).toHaveLength(3);
    expect(process.exitCode).toBe(2);
  });
});
