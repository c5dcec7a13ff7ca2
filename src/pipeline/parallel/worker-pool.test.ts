import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../records/article.js';
import { type PackedClaims, unpackClaims } from './packed-claims.js';
import type { Prepared } from './prepare.js';
import { PreparePool } from './prepare-pool.js';
import type { SpinTask } from './spin-worker.fixture.js';
import { WorkerPool, type WorkerPoolOptions } from './worker-pool.js';
import { workerScript } from './worker-script.js';

function doc(n: number, text: string): SourceDocument {
  return { item: `in.jsonl:${n}`, file: 'in.jsonl', text, meta: { id: `d${n}` } };
}

describe('prepare pool', () => {
  let pool: PreparePool | null = null;
  afterEach(async () => {
    await pool?.close();
    pool = null;
  });

  it('hands results back in submission order across workers', async () => {
    pool = new PreparePool(2, 8);
    const taken: Array<Prepared<PackedClaims>> = [];
    for (let n = 0; n < 20; n++) {
      pool.submit(doc(n, `Report ${n}: the council approved ${n + 3} new homes on Friday.`));
      while (pool.full) taken.push(await (pool.take() as Promise<Prepared<PackedClaims>>));
    }
    for (let next = pool.take(); next; next = pool.take()) taken.push(await next);
    expect(taken.map((p) => p.item)).toEqual(Array.from({ length: 20 }, (_, n) => `in.jsonl:${n}`));
    expect(
      taken.every((p) => p.article !== undefined && unpackClaims(p.article.id, p.claims).article === p.article.id),
    ).toBe(true);
    const fifth = taken[5].claims;
    expect(fifth && unpackClaims(taken[5].article?.id ?? '', fifth).figures.map((f) => f.value)).toContain(8);
  });

  it('never holds more documents than its limit', async () => {
    pool = new PreparePool(1, 3);
    for (let n = 0; n < 3; n++) pool.submit(doc(n, 'Short text.'));
    expect(pool.full).toBe(true);
    await pool.take();
    expect(pool.full).toBe(false);
    expect(pool.inFlight).toBe(2);
  });

  it('reports an unreadable document as a problem for that item only', async () => {
    pool = new PreparePool(1, 4);
    pool.submit(doc(1, ''));
    pool.submit(doc(2, 'The bridge reopened after 3 weeks.'));
    const [bad, ok] = [await pool.take(), await pool.take()];
    expect(bad?.problem?.item).toBe('in.jsonl:1');
    expect(ok?.article?.id).toBe('d2');
  });
});

describe('worker pool', () => {
  let pool: WorkerPool<SpinTask, number> | null = null;
  afterEach(async () => {
    await pool?.close();
    pool = null;
  });

  it('fails a task past its time limit alone and runs the tasks queued behind it on a fresh worker', async () => {
    pool = new WorkerPool<SpinTask, number>('spin-worker.fixture', 1, { isolate: { timeoutMs: 1000 } });
    const stuck = pool.run({ forever: true });
    const after = [pool.run({ value: 2 }), pool.run({ spinMs: 10, value: 3 })];
    await expect(stuck).rejects.toThrow(/still running after 1 s \(time limit\)/);
    await expect(Promise.all(after)).resolves.toEqual([2, 3]);
    await expect(pool.run({ value: 4 })).resolves.toBe(4);
  });

  it('does not count a worker starting up against the first task', async () => {
    const slow = new WorkerPool<{ value: number }, number>('slow-start-worker.fixture', 1, {
      isolate: { timeoutMs: 1000 },
    });
    try {
      await expect(slow.run({ value: 1 })).resolves.toBe(1);
    } finally {
      await slow.close();
    }
  });

  it('when isolating, a worker that dies fails only the task it was running', async () => {
    pool = new WorkerPool<SpinTask, number>('spin-worker.fixture', 1, { isolate: { timeoutMs: 10_000 } });
    const dying = pool.run({ exit: 3 });
    const after = pool.run({ value: 5 });
    await expect(dying).rejects.toThrow(/worker failed: exited with code 3/);
    await expect(after).resolves.toBe(5);
  });

  it('grown, sends new tasks to the added workers while the first is busy', async () => {
    pool = new WorkerPool<SpinTask, number>('spin-worker.fixture', 1, { isolate: { timeoutMs: 60_000 } });
    const busy = pool.run({ forever: true });
    busy.catch(() => undefined);
    pool.grow(2);
    expect(pool.size).toBe(2);
    await expect(pool.run({ value: 7 })).resolves.toBe(7);
    await pool.close();
    await pool.close();
    await expect(busy).rejects.toThrow(/worker failed/);
  });

  it('by default, a worker that dies fails every task it held', async () => {
    pool = new WorkerPool<SpinTask, number>('spin-worker.fixture', 1);
    const dying = pool.run({ exit: 3 });
    const after = pool.run({ value: 5 });
    await expect(dying).rejects.toThrow(/exited with code 3/);
    await expect(after).rejects.toThrow(/exited with code 3/);
    await expect(pool.run({ value: 6 })).resolves.toBe(6);
  });

  it("gives its workers V8's default young space, or the one it is asked for, whatever the process's", async () => {
    /** The young space (MB) of a worker started without the pool, as the process's flags would have it. */
    const unpooled = async (): Promise<number> => {
      const { script, eval: isEval } = workerScript('heap-worker.fixture');
      const worker = new Worker(script, { eval: isEval });
      try {
        return await new Promise<number>((resolve, reject) => {
          worker.on('error', reject);
          worker.on('message', (message: { ready: true } | { value: number }) => {
            if ('ready' in message) worker.postMessage({ id: 1, input: null });
            else resolve(message.value);
          });
        });
      } finally {
        await worker.terminate();
      }
    };
    setFlagsFromString('--max-semi-space-size=32');
    try {
      expect(await unpooled()).toBe(64);
      const youngSpaceInPool = async (options: WorkerPoolOptions): Promise<number> => {
        const pooled = new WorkerPool<null, number>('heap-worker.fixture', 1, options);
        try {
          return await pooled.run(null);
        } finally {
          await pooled.close();
        }
      };
      expect(await youngSpaceInPool({})).toBe(32);
      expect(await youngSpaceInPool({ semiSpaceMb: 32 })).toBe(64);
    } finally {
      setFlagsFromString('--max-semi-space-size=16');
    }
  }, 30_000);
});
