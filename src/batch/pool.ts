// A fixed pool of worker threads running the CPU-bound annotate. The engine bounds how many articles are
// in flight, so the queue here never grows past that bound. A worker that dies fails its article only
// and is replaced.
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { createContext, Script, type Context } from 'node:vm';
import type { Worker } from 'node:worker_threads';
import { shareDataFiles, type SharedDataFiles } from '../data-file.js';
import { createSharedWordRows } from '../entities/tagger/shared-word-rows.js';
import type { RawSource } from '../output/annotation.js';
import type { AnnotateResult, AnnotateTask, Layout } from './protocol.js';

export interface Annotator {
  run(text: string, path: string, layout: Layout, raw?: RawSource): Promise<AnnotateResult>;
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

/**
 * For a run of one article: the main thread annotates it, since a worker thread would load every model
 * again beside it for nothing. `timeoutSeconds` still bounds it (the vm script is stopped past it).
 */
export function singleArticleAnnotator(timeoutSeconds: number): Annotator {
  // V8 doubles its young generation as it fills (up to 3 x 16 MB): for the models' load and one article
  // that only spreads their garbage over more fresh memory, each MB first touched costing ~3.4 ms. Kept at
  // its first size instead (the flag is read when it would grow, and this process starts no worker):
  // peak RSS 84 -> 77 MiB, CPU ~0.02 s less (`node --max-semi-space-size=1`, 11 runs alternated).
  setFlagsFromString('--semi-space-growth-factor=1');
  return inProcessAnnotator(timeoutSeconds * 1000);
}

const timedOut = (timeoutMs: number): string => `annotate took longer than ${timeoutMs / 1000} s and was stopped (see --timeout)`;

/**
 * Without threads the main thread annotates, and a signal handler cannot run before the article is done.
 * So each article runs as a vm script with breakOnSigint: Ctrl-C stops it at once, the article fails as
 * interrupted and the SIGINT listeners (the CLI's "stop after this") are then told.
 */
function inProcessAnnotator(timeoutMs?: number): Annotator {
  let next = 0;
  const call = new Script('run()');
  let context: Context | null = null;
  let current: () => void = () => undefined;
  return {
    run: async (text, path, layout, raw) => {
      // Yield first so that I/O callbacks (and Ctrl-C) still get a turn between articles.
      await new Promise((resolve) => setImmediate(resolve));
      // loaded on first use, so that a run with worker threads never loads the NLP models in the main thread
      const { renderTask } = await import('./render.js');
      const task = { id: next++, text, path, layout, ...(raw ? { raw } : {}) };
      let result: AnnotateResult = { id: task.id, ok: false, reason: 'interrupted (Ctrl-C) before it was annotated' };
      current = () => {
        result = renderTask(task);
      };
      context ??= createContext({ run: () => current() });
      try {
        call.runInContext(context, { breakOnSigint: true, ...(timeoutMs === undefined ? {} : { timeout: timeoutMs }) });
      } catch (err) {
        // renderTask catches every error of its own: the script was stopped, by the clock or by Ctrl-C
        if ((err as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT' && timeoutMs !== undefined) result = { id: task.id, ok: false, reason: timedOut(timeoutMs) };
        else process.emit('SIGINT', 'SIGINT');
      }
      return result;
    },
    close: async () => undefined,
  };
}

interface Pending {
  task: AnnotateTask;
  resolve: (result: AnnotateResult) => void;
}

/**
 * Articles handed to one worker at a time: the one it works on and the next, already in its message
 * queue, so that it never waits for the main thread (busy reading and writing files) between two
 * articles.
 */
export const PER_WORKER = 2;

/**
 * A worker's young generation (V8's nursery, where new objects live until a scavenge), in MB: by default V8
 * lets it grow to 3 × 16 MB semi-spaces, which stay resident although a document's garbage dies young.
 * Measured here (2 workers, 600 PolNeAR texts, 2 alternating runs): peak RSS 347-349 MB by default,
 * 283-287 MB with 12, no more CPU time (18.7-19.0 s against 18.9-20.5 s); 6 gained little more.
 */
const YOUNG_GENERATION_MB = 12;

/**
 * How far V8 lets a heap grow past what survived its last full collection, in %. By default it picks 10 to
 * 300 % as it sees fit, and a worker's old generation (~35 MB live) grew to 70-110 MB of dead documents
 * before it was collected. The flag is V8's, for the whole process; the main thread holds little. Measured
 * here (1 worker, 300 articles, runs alternated, 2 each): peak RSS 138-144 MB by default, 123 MB with 20
 * (121-125 with 35), CPU time 10.3-12.6 s against 10.0-12.0 s.
 */
const HEAP_GROWING_PERCENT = 20;

/** node:worker_threads, loaded when the first worker starts: a run of one article never needs it (~20 ms). */
let workerThreads: typeof import('node:worker_threads') | undefined;

class WorkerPool implements Annotator {
  /** Per worker, the articles it was given, in order: the first is the one it works on. */
  private readonly assigned = new Map<Worker, Pending[]>();
  /** The timer of the article each worker works on. */
  private readonly timers = new Map<Worker, NodeJS.Timeout>();
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closing = false;
  /** The compiled data files in shared memory: in the process once, not once per worker. */
  private dataFiles: SharedDataFiles | undefined;
  /** The tagger's word sums, one table for every worker (src/entities/tagger/shared-word-rows.ts). */
  private wordRows: SharedArrayBuffer | undefined;

  /** Workers start only when every running one is busy, up to `size`: one file needs one worker. */
  constructor(
    private readonly size: number,
    private readonly timeoutMs: number,
    private readonly url: URL,
  ) {}

  run(text: string, path: string, layout: Layout, raw?: RawSource): Promise<AnnotateResult> {
    return new Promise((resolve) => {
      this.queue.push({ task: { id: this.nextId++, text, path, layout, ...(raw ? { raw } : {}) }, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    const all = [...this.assigned.keys()];
    this.assigned.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }

  private spawn(): Worker {
    // read once for every worker, and only when a worker starts (a run with nothing to annotate reads none)
    this.dataFiles ??= shareDataFiles();
    this.wordRows ??= createSharedWordRows();
    if (!workerThreads) {
      setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
      workerThreads = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    }
    const worker = new workerThreads.Worker(this.url, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }, workerData: { dataFiles: this.dataFiles, wordRows: this.wordRows } });
    this.assigned.set(worker, []);
    worker.on('message', (result: AnnotateResult) => {
      const given = this.assigned.get(worker);
      const at = given ? given.findIndex((p) => p.task.id === result.id) : -1;
      if (!given || at < 0) return;
      const [done] = given.splice(at, 1);
      if (at === 0) {
        // the current article is done: the clock starts for the next one, which the worker takes up now
        clearTimeout(this.timers.get(worker));
        this.timers.delete(worker);
        if (given.length > 0) this.startTimer(worker);
      }
      done!.resolve(result);
      this.dispatch();
    });
    worker.on('error', (err) => this.replace(worker, `worker failed: ${err.message}`));
    worker.on('exit', (code) => this.replace(worker, `worker exited with code ${code}`));
    return worker;
  }

  /** The worker's current article fails with `reason`; the ones queued behind it go back to the pool. */
  private replace(worker: Worker, reason: string): void {
    if (this.closing) return;
    const given = this.assigned.get(worker);
    if (!given) return; // "error" is followed by "exit", a timed-out worker exits: handled once
    this.assigned.delete(worker);
    clearTimeout(this.timers.get(worker));
    this.timers.delete(worker);
    const [current, ...waiting] = given;
    this.queue.unshift(...waiting);
    current?.resolve({ id: current.task.id, ok: false, reason });
    this.dispatch();
  }

  private startTimer(worker: Worker): void {
    this.timers.set(worker, setTimeout(() => this.timeOut(worker), this.timeoutMs));
  }

  private timeOut(worker: Worker): void {
    this.replace(worker, timedOut(this.timeoutMs));
    void worker.terminate();
  }

  /** Gives queued articles to the least loaded workers, up to PER_WORKER each; starts a worker when none is idle. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      let target: Worker | null = null;
      let load = PER_WORKER;
      for (const [worker, given] of this.assigned) {
        if (given.length < load) {
          target = worker;
          load = given.length;
        }
      }
      if (load > 0 && this.assigned.size < this.size) {
        target = this.spawn();
        load = 0;
      }
      if (!target) return;
      const pending = this.queue.shift()!;
      this.assigned.get(target)!.push(pending);
      if (load === 0) this.startTimer(target);
      target.postMessage(pending.task);
    }
  }
}
