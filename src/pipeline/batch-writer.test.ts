import { describe, expect, it } from 'vitest';
import { pipelinedWriter } from './batch-writer.js';
import type { PendingBatch, PendingRecord } from './parallel/packed-claims.js';

/** Records with only an id: the writer reads nothing else of them. */
function batchOf(...ids: string[]): PendingBatch {
  return { articles: ids.map((id) => ({ article: { id } }) as PendingRecord) };
}

/** A write that finishes when the test says so. */
function controlledSink() {
  const started: string[][] = [];
  const finish: Array<(error?: Error) => void> = [];
  const write = (batch: PendingBatch) => {
    started.push(batch.articles.map((r) => r.article.id));
    return new Promise<void>((resolve, reject) => {
      finish.push((error) => (error ? reject(error) : resolve()));
    });
  };
  return { started, finish, write };
}

describe('pipelined batch writer', () => {
  it('returns before the write finishes and starts the next only once it has', async () => {
    const sink = controlledSink();
    const writer = pipelinedWriter(sink.write);
    await writer.write(batchOf('a', 'b'));
    expect(sink.started).toEqual([['a', 'b']]);
    const second = writer.write(batchOf('c'));
    await Promise.resolve();
    expect(sink.started).toHaveLength(1);
    sink.finish[0]();
    await second;
    expect(sink.started).toEqual([['a', 'b'], ['c']]);
  });

  it('counts the articles of the write in flight as written, and forgets them once it is done', async () => {
    const sink = controlledSink();
    const writer = pipelinedWriter(sink.write);
    await writer.write(batchOf('a'));
    expect(writer.writing('a')).toBe(true);
    expect(writer.writing('z')).toBe(false);
    sink.finish[0]();
    await writer.flush();
    expect(writer.writing('a')).toBe(false);
  });

  it('throws a failed write at the next flush, and closes all the same', async () => {
    const sink = controlledSink();
    let released = false;
    const writer = pipelinedWriter(sink.write, async () => {
      released = true;
    });
    await writer.write(batchOf('a'));
    sink.finish[0](new Error('disk full'));
    await expect(writer.flush()).rejects.toThrow('disk full');
    await writer.close();
    expect(released).toBe(true);
  });
});
