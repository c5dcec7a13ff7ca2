import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { estimateItems } from './ingest-estimate.js';

describe('estimateItems', () => {
  const dir = useTempDir('estimate');

  it('counts the lines of local JSONL files, with or without a final newline', async () => {
    writeFileSync(dir.file('a.jsonl'), '{"text":"a"}\n{"text":"b"}\n');
    writeFileSync(dir.file('b.jsonl'), '{"text":"c"}\n{"text":"d"}\n{"text":"e"}');
    expect(await estimateItems([dir.file('a.jsonl'), dir.file('b.jsonl')])).toBe(5);
  });

  it('knows nothing when a source is not a local JSONL file', async () => {
    writeFileSync(dir.file('a.jsonl'), '{"text":"a"}\n');
    expect(await estimateItems([dir.file('a.jsonl'), dir.file('pages.warc')])).toBeNull();
    expect(await estimateItems([dir.file('missing.jsonl')])).toBeNull();
    expect(await estimateItems(['-'])).toBeNull();
  });
});
