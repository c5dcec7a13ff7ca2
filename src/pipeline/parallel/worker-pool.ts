/**
 * A pool of worker threads running one module's task function. Each task goes to the worker with the fewest
 * tasks in flight; its promise settles with the worker's answer. A task that throws rejects with that error; a
 * worker that dies is replaced, so one bad item never ends the run. By default the dead worker's tasks in flight
 * all fail; with `isolate`, only the task it was running fails (as does one that runs past the time limit, whose
 * worker is stopped), and the tasks queued behind it go to the replacement.
 */
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { workerScript } from './worker-script.js';

/**
 * Each worker's old generation is capped: a worker's live data is one document or one story, and without a cap
 * each thread's heap grows far beyond that before V8 collects it, which on a long run adds up across threads. A
 * task too big for the cap ends its worker, which is replaced, and the task fails with the reason.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 384 };

/**
 * Workers collect their young objects in V8's default 16 MB semi-space unless their pool asks for more
 * (`semiSpaceMb`), even when the process runs with a larger one for its main thread (the command's NODE_FLAGS): each
 * MB is two in every worker. V8 reads the flag when it makes a worker's heap (a worker's `resourceLimits` cannot lower
 * it), and the main thread's heap, made at start, keeps its own size.
 */
const DEFAULT_SEMI_SPACE_MB = 16;

/** What a worker posts back for a task, or once when it is ready to take tasks. */
export type TaskReply<Out> = { id: number; ok: true; value: Out } | { id: number; ok: false; error: string };
type WorkerMessage<Out> = TaskReply<Out> | { ready: true };

export interface IsolateOptions {
  /** A task still running this long after its worker started it fails, and the worker is replaced. */
  timeoutMs: number;
}

export interface WorkerPoolOptions {
  /**
   * For tasks run one at a time to completion (synchronous task functions), in order: a task that kills its
   * worker or runs past `timeoutMs` fails alone, and the others are sent again to a fresh worker.
   */
  isolate?: IsolateOptions;
  /** The young generation's semi-space of each worker, in MB (default 16, V8's own). */
  semiSpaceMb?: number;
}

interface Task<In, Out> {
  /** Kept only when isolating, to send again if the worker is replaced. */
  input: In | undefined;
  resolve: (value: Out) => void;
  reject: (error: Error) => void;
}

interface Slot<In, Out> {
  worker: Worker;
  tasks: Map<number, Task<In, Out>>;
  /** The worker has loaded its module: time limits run from here, not from its start-up. */
  ready: boolean;
  /** The oldest task's time limit, when isolating. */
  timer: NodeJS.Timeout | null;
}

export class WorkerPool<In, Out> {
  private readonly slots: Array<Slot<In, Out>> = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly moduleName: string,
    size: number,
    private readonly options: WorkerPoolOptions = {},
  ) {
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  /** Adds workers until the pool has `size` of them (tasks go to them as they come). */
  grow(size: number): void {
    if (this.closed) return;
    while (this.slots.length < size) this.slots.push(this.spawn());
  }

  run(input: In): Promise<Out> {
    if (this.closed) return Promise.reject(new Error('worker pool is closed'));
    let slot = this.slots[0];
    for (const candidate of this.slots) if (candidate.tasks.size < slot.tasks.size) slot = candidate;
    const id = this.nextId++;
    return new Promise<Out>((resolve, reject) => {
      slot.tasks.set(id, { input: this.options.isolate ? input : undefined, resolve, reject });
      slot.worker.postMessage({ id, input });
      if (slot.tasks.size === 1) this.watch(slot);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const slot of this.slots) this.unwatch(slot);
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot<In, Out> {
    const { script, eval: isEval } = workerScript(this.moduleName);
    setFlagsFromString(`--max-semi-space-size=${this.options.semiSpaceMb ?? DEFAULT_SEMI_SPACE_MB}`);
    const worker = new Worker(script, { eval: isEval, resourceLimits: WORKER_LIMITS });
    const slot: Slot<In, Out> = { worker, tasks: new Map(), ready: false, timer: null };
    worker.on('message', (message: WorkerMessage<Out>) => {
      if ('ready' in message) {
        slot.ready = true;
        this.watch(slot);
        return;
      }
      const task = slot.tasks.get(message.id);
      if (!task) return;
      slot.tasks.delete(message.id);
      this.watch(slot);
      if (message.ok) task.resolve(message.value);
      else task.reject(new Error(message.error));
    });
    worker.on('error', (error) => this.failed(slot, `worker failed: ${error.message}`));
    worker.on('exit', (code) => this.failed(slot, `worker failed: exited with code ${code}`));
    return slot;
  }

  /** A worker died (or was stopped): replace it, failing its tasks as the options say. */
  private failed(slot: Slot<In, Out>, reason: string): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.unwatch(slot);
    const tasks = [...slot.tasks];
    slot.tasks.clear();
    // Isolating, only the oldest task was running; the others go to the replacement.
    const running = this.options.isolate ? 1 : tasks.length;
    const queued = tasks.slice(running);
    for (const [, task] of tasks.slice(0, running)) task.reject(new Error(reason));
    if (this.closed) {
      for (const [, task] of queued) task.reject(new Error('worker pool is closed'));
      return;
    }
    const fresh = this.spawn();
    this.slots[at] = fresh;
    for (const [id, task] of queued) {
      fresh.tasks.set(id, task);
      fresh.worker.postMessage({ id, input: task.input });
    }
  }

  /** Times the slot's oldest task, when isolating and the worker is ready. */
  private watch(slot: Slot<In, Out>): void {
    const isolate = this.options.isolate;
    if (!isolate) return;
    this.unwatch(slot);
    const oldest = slot.tasks.keys().next();
    if (!slot.ready || oldest.done) return;
    const id = oldest.value;
    slot.timer = setTimeout(() => {
      if (slot.tasks.keys().next().value !== id || !this.slots.includes(slot)) return;
      this.failed(slot, `still running after ${formatSeconds(isolate.timeoutMs)} (time limit)`);
      void slot.worker.terminate();
    }, isolate.timeoutMs);
    slot.timer.unref();
  }

  private unwatch(slot: Slot<In, Out>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${ms} ms`;
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
  port.postMessage({ ready: true });
}
