import { describe, expect, it } from 'vitest';
import { type BatchWriter, pipelinedWriter } from './batch-writer.js';
import type { PendingBatch, PendingRecord } from './parallel/packed-claims.js';

/** Records with only an id: the writer reads nothing else of them. */
function batchOf(...ids: string[]): PendingBatch {
  return { articles: ids.map((id) => ({ article: { id } }) as PendingRecord) };
}

/** A batch of findings alone (no articles). */
function findingsBatch(story: string): PendingBatch {
  return { articles: [], findings: [{ story, findings: [], count: 0 }] };
}

/** A write that finishes when the test says so. */
function controlledSink() {
  const started: string[][] = [];
  const finish: Array<(error?: Error) => void> = [];
  const write = (batch: PendingBatch) => {
    started.push(batch.articles.length > 0 ? batch.articles.map((r) => r.article.id) : ['findings']);
    return new Promise<void>((resolve, reject) => {
      finish.push((error) => (error ? reject(error) : resolve()));
    });
  };
  return { started, finish, write };
}

/** Whether `promise` has settled yet, as a flag read after `settle()`. */
function watch(promise: Promise<unknown>): { settled: boolean } {
  const state = { settled: false };
  promise.then(
    () => (state.settled = true),
    () => (state.settled = true),
  );
  return state;
}

/** Lets queued promise callbacks run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

/** Writes `batch` and checks that the write waits until the first one in the sink finishes. */
async function expectWaitsForFirstWrite(
  writer: BatchWriter,
  sink: ReturnType<typeof controlledSink>,
  batch: PendingBatch,
): Promise<void> {
  const write = writer.write(batch);
  const queued = watch(write);
  await settle();
  expect(queued.settled).toBe(false);
  sink.finish[0]();
  await write;
}

describe('pipelined batch writer', () => {
  it('queues writes without waiting, up to its depth of article writes, and runs them one at a time in order', async () => {
    const sink = controlledSink();
    const writer = pipelinedWriter(sink.write, undefined, 2);
    await writer.write(batchOf('a'));
    await writer.write(batchOf('b'));
    await settle();
    expect(sink.started).toEqual([['a']]);
    await expectWaitsForFirstWrite(writer, sink, batchOf('c'));
    await settle();
    expect(sink.started).toEqual([['a'], ['b']]);
    sink.finish[1]();
    await settle();
    expect(sink.started).toEqual([['a'], ['b'], ['c']]);
  });

  it('does not count writes of findings alone against its depth', async () => {
    const sink = controlledSink();
    const writer = pipelinedWriter(sink.write, undefined, 1);
    await writer.write(batchOf('a'));
    await writer.write(findingsBatch('s1'));
    await writer.write(findingsBatch('s2'));
    await settle();
    expect(sink.started).toEqual([['a']]);
    await expectWaitsForFirstWrite(writer, sink, batchOf('b'));
    for (let i = 1; i <= 3; i++) {
      await settle();
      sink.finish[i]();
    }
    await writer.flush();
    expect(sink.started).toEqual([['a'], ['findings'], ['findings'], ['b']]);
  });

  it('counts the articles of every queued write as written, and forgets them once they are done', async () => {
    const sink = controlledSink();
    const writer = pipelinedWriter(sink.write, undefined, 3);
    await writer.write(batchOf('a'));
    await writer.write(batchOf('b'));
    expect(writer.writing('a')).toBe(true);
    expect(writer.writing('b')).toBe(true);
    expect(writer.writing('z')).toBe(false);
    sink.finish[0]();
    await settle();
    sink.finish[1]();
    await writer.flush();
    expect(writer.writing('a')).toBe(false);
    expect(writer.writing('b')).toBe(false);
  });

  it('settles `landed` once the writes queued before it are done, not waiting for later ones', async () => {
    const sink = controlledSink();
    const writer = pipelinedWriter(sink.write, undefined, 3);
    await writer.write(batchOf('a'));
    const landed = writer.landed();
    const done = watch(landed);
    await writer.write(batchOf('b'));
    await settle();
    expect(done.settled).toBe(false);
    sink.finish[0]();
    await landed;
    expect(done.settled).toBe(true);
    expect(writer.writing('b')).toBe(true);
  });

  it('after a failed write runs no later one, throws the failure at the next flush, and closes all the same', async () => {
    const sink = controlledSink();
    let released = false;
    const writer = pipelinedWriter(
      sink.write,
      async () => {
        released = true;
      },
      3,
    );
    await writer.write(batchOf('a'));
    await writer.write(batchOf('b'));
    const landed = writer.landed();
    sink.finish[0](new Error('disk full'));
    await expect(writer.flush()).rejects.toThrow('disk full');
    await expect(landed).rejects.toThrow('disk full');
    expect(sink.started).toEqual([['a']]);
    await writer.close().catch(() => undefined);
    expect(released).toBe(true);
  });
});
