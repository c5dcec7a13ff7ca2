/**
 * A pool of worker threads running one module's task function. Each task goes to the worker with the fewest
 * tasks in flight; its promise settles with the worker's answer. A task that throws rejects with that error; a
 * worker that dies rejects its tasks in flight and is replaced, so one bad item never ends the run.
 */
import { Worker } from 'node:worker_threads';
import { workerScript } from './worker-script.js';

/**
 * Each worker's old generation is capped: a worker's live data is one document or one story, and without a cap
 * each thread's heap grows far beyond that before V8 collects it, which on a long run adds up across threads. A
 * task too big for the cap ends its worker, which is replaced, and the task fails with the reason.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 384 };

/** What a worker posts back for a task. */
export type TaskReply<Out> = { id: number; ok: true; value: Out } | { id: number; ok: false; error: string };

interface Task<Out> {
  resolve: (value: Out) => void;
  reject: (error: Error) => void;
}

interface Slot<Out> {
  worker: Worker;
  tasks: Map<number, Task<Out>>;
}

export class WorkerPool<In, Out> {
  private readonly slots: Array<Slot<Out>> = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly moduleName: string,
    size: number,
  ) {
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  run(input: In): Promise<Out> {
    if (this.closed) return Promise.reject(new Error('worker pool is closed'));
    let slot = this.slots[0];
    for (const candidate of this.slots) if (candidate.tasks.size < slot.tasks.size) slot = candidate;
    const id = this.nextId++;
    return new Promise<Out>((resolve, reject) => {
      slot.tasks.set(id, { resolve, reject });
      slot.worker.postMessage({ id, input });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot<Out> {
    const { script, eval: isEval } = workerScript(this.moduleName);
    const worker = new Worker(script, { eval: isEval, resourceLimits: WORKER_LIMITS });
    const slot: Slot<Out> = { worker, tasks: new Map() };
    worker.on('message', (reply: TaskReply<Out>) => {
      const task = slot.tasks.get(reply.id);
      if (!task) return;
      slot.tasks.delete(reply.id);
      if (reply.ok) task.resolve(reply.value);
      else task.reject(new Error(reply.error));
    });
    const fail = (reason: string) => {
      for (const task of slot.tasks.values()) task.reject(new Error(`worker failed: ${reason}`));
      slot.tasks.clear();
      if (this.closed) return;
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots[at] = this.spawn();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) fail(`exited with code ${code}`);
    });
    return slot;
  }
}

/** Serves tasks in a worker: call once from the worker module with the task function. */
export async function serveTasks<In, Out>(task: (input: In) => Out | Promise<Out>): Promise<void> {
  const { parentPort } = await import('node:worker_threads');
  if (!parentPort) throw new Error('serveTasks must run in a worker thread');
  const port = parentPort;
  port.on('message', async ({ id, input }: { id: number; input: In }) => {
    let reply: TaskReply<Out>;
    try {
      reply = { id, ok: true, value: await task(input) };
    } catch (error) {
      reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
