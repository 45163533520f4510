// A fixed pool of worker threads running the CPU-bound annotate. The engine bounds how many articles are
// in flight, so the queue here never grows past that bound. A worker that dies fails its article only
// and is replaced.
import { Worker } from 'node:worker_threads';
import type { AnnotateResult, AnnotateTask, Layout } from './protocol.js';

export interface Annotator {
  run(text: string, path: string, layout: Layout): Promise<AnnotateResult>;
  close(): Promise<void>;
}

/** The compiled worker next to this module (dist/batch/worker.js). */
export const DEFAULT_WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * `timeoutSeconds` bounds the time one article may take in a worker: past it the worker is terminated and
 * replaced, and the article fails, so one pathological text cannot stall a batch. Without threads
 * (workers 0) there is nothing to terminate and no limit.
 */
export function createAnnotator(workers: number, timeoutSeconds: number, workerUrl: URL = DEFAULT_WORKER_URL): Annotator {
  return workers === 0 ? inProcessAnnotator() : new WorkerPool(workers, timeoutSeconds * 1000, workerUrl);
}

function inProcessAnnotator(): Annotator {
  let next = 0;
  return {
    run: async (text, path, layout) => {
      // Yield first so that I/O callbacks (and Ctrl-C) still get a turn between articles.
      await new Promise((resolve) => setImmediate(resolve));
      // loaded on first use, so that a run with worker threads never loads the NLP models in the main thread
      const { renderTask } = await import('./render.js');
      return renderTask({ id: next++, text, path, layout });
    },
    close: async () => undefined,
  };
}

interface Pending {
  task: AnnotateTask;
  resolve: (result: AnnotateResult) => void;
  timer?: NodeJS.Timeout;
}

class WorkerPool implements Annotator {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closing = false;

  constructor(
    size: number,
    private readonly timeoutMs: number,
    private readonly url: URL,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  run(text: string, path: string, layout: Layout): Promise<AnnotateResult> {
    return new Promise((resolve) => {
      this.queue.push({ task: { id: this.nextId++, text, path, layout }, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(this.url);
    worker.on('message', (result: AnnotateResult) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      clearTimeout(pending?.timer);
      pending?.resolve(result);
      this.dispatch();
    });
    worker.on('error', (err) => this.replace(worker, `worker failed: ${err.message}`));
    worker.on('exit', (code) => this.replace(worker, `worker exited with code ${code}`));
    return worker;
  }

  private replace(worker: Worker, reason: string): void {
    if (this.closing) return;
    const pending = this.busy.get(worker);
    const wasKnown = this.busy.delete(worker) || removeFrom(this.idle, worker);
    if (!wasKnown) return; // "error" is followed by "exit", a timed-out worker exits: handled once
    clearTimeout(pending?.timer);
    pending?.resolve({ id: pending.task.id, ok: false, reason });
    this.idle.push(this.spawn());
    this.dispatch();
  }

  private timeOut(worker: Worker): void {
    this.replace(worker, `annotate took longer than ${this.timeoutMs / 1000} s and was stopped (see --timeout)`);
    void worker.terminate();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      pending.timer = setTimeout(() => this.timeOut(worker), this.timeoutMs);
      worker.postMessage(pending.task);
    }
  }
}

function removeFrom<T>(list: T[], item: T): boolean {
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
  return i >= 0;
}
