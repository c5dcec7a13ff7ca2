import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { estimateItems } from './ingest-estimate.js';

describe('estimateItems', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'estimate-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the lines of local JSONL files, with or without a final newline', async () => {
    writeFileSync(join(dir, 'a.jsonl'), '{"text":"a"}\n{"text":"b"}\n');
    writeFileSync(join(dir, 'b.jsonl'), '{"text":"c"}\n{"text":"d"}\n{"text":"e"}');
    expect(await estimateItems([join(dir, 'a.jsonl'), join(dir, 'b.jsonl')])).toBe(5);
  });

  it('knows nothing when a source is not a local JSONL file', async () => {
    writeFileSync(join(dir, 'a.jsonl'), '{"text":"a"}\n');
    expect(await estimateItems([join(dir, 'a.jsonl'), join(dir, 'pages.warc')])).toBeNull();
    expect(await estimateItems([join(dir, 'missing.jsonl')])).toBeNull();
    expect(await estimateItems(['-'])).toBeNull();
  });
});
