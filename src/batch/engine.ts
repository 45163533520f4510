// The batch engine: walks the inputs, reads each article (p-limit bounds the file I/O), hands the text
// to the annotate pool and writes each output atomically. A single producer feeds a bounded window of
// articles in flight, so memory stays flat whatever the corpus size; annotations are dropped once
// written. Bad input fails that article only: the run goes on and the summary lists the reasons.
import { mkdir, open, readFile, rename, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import pLimit, { type LimitFunction } from 'p-limit';
// the leaf modules, not ../index.js: the main thread must not load the NLP models the workers use
import { sha256Hex } from '../output/annotation.js';
import { readText } from '../text/read-text.js';
import { VERSION } from '../version.js';
import { removeStaleTemps, tempPathFor, writeAtomic } from './atomic.js';
import { describeFsError } from './errors.js';
import { idToFileName, parseRecord, readJsonLines, type JsonLine } from './jsonl.js';
import type { ExtractOptions } from './options.js';
import { createAnnotator, type Annotator } from './pool.js';
import { Progress } from './progress.js';
import { lineStamp, readOutputStamp } from './resume.js';
import { SummaryBuilder, type RunSummary } from './summary.js';
import { ARTICLE_INPUTS, walkInputs, type InputEntry, type InputFile } from './walk.js';

export const SUMMARY_FILE = 'run-summary.json';
const SUMMARY_CLAIM = '(run summary)';

export interface BatchHooks {
  progress?: Progress;
  /** Polled between articles: once true, no new article is taken up (Ctrl-C). */
  shouldStop?: () => boolean;
  /** Where the pool finds its worker script (tests running from sources point at dist/). */
  workerUrl?: URL;
}

export interface BatchResult {
  summary: RunSummary;
  /** Where the summary was written, or null when it could not be (reported on stderr). */
  summaryPath: string | null;
}

/** The output folder itself cannot be used: nothing can be written, so the run stops before it starts. */
export class OutputFolderError extends Error {}

export async function runBatch(options: ExtractOptions, hooks: BatchHooks = {}): Promise<BatchResult> {
  const progress = hooks.progress ?? new Progress('off');
  const batch = new Batch(options, progress, hooks.shouldStop ?? (() => false), createAnnotator(options.workers, options.timeoutSeconds, hooks.workerUrl));
  try {
    await batch.prepare();
    await batch.run();
  } finally {
    await batch.close();
    progress.finish();
  }
  return batch.finish();
}

class Batch {
  private readonly summary = new SummaryBuilder();
  private readonly io: LimitFunction;
  private readonly inflight = new Set<Promise<void>>();
  private readonly window: number;
  /** Output path (absolute) -> the input that claimed it in this run. */
  private readonly claims = new Map<string, string>();

  constructor(
    private readonly options: ExtractOptions,
    private readonly progress: Progress,
    private readonly shouldStop: () => boolean,
    private readonly annotator: Annotator,
  ) {
    this.io = pLimit(options.concurrency);
    // Enough articles in flight to keep every worker busy while others are read and written.
    this.window = Math.max(2, options.concurrency + 2 * options.workers);
  }

  async prepare(): Promise<void> {
    try {
      await mkdir(this.options.out, { recursive: true });
    } catch (err) {
      throw new OutputFolderError(`cannot create the output folder: ${describeFsError(err)}`);
    }
    this.summary.tempFilesRemoved = await removeStaleTemps(this.options.out);
    this.claim(join(this.options.out, SUMMARY_FILE), SUMMARY_CLAIM);
    if (this.progress.mode !== 'off') {
      let total = 0;
      for await (const entry of walkInputs(this.options.inputs, this.options.out, ARTICLE_INPUTS)) if ('size' in entry) total += entry.size;
      this.progress.setTotalBytes(total);
    }
  }

  async run(): Promise<void> {
    for await (const entry of walkInputs(this.options.inputs, this.options.out, ARTICLE_INPUTS)) {
      if (this.stopping()) break;
      await this.take(entry);
    }
    await this.drain();
  }

  async close(): Promise<void> {
    await this.drain();
    await this.annotator.close();
  }

  async finish(): Promise<BatchResult> {
    const { inputs, out, format } = this.options;
    const summary = this.summary.build({ inputs, out, format });
    const summaryPath = join(out, SUMMARY_FILE);
    try {
      await writeAtomic(summaryPath, JSON.stringify(summary, null, 2) + '\n');
      return { summary, summaryPath };
    } catch (err) {
      this.report(summaryPath, `cannot write the run summary: ${describeFsError(err)}`);
      return { summary, summaryPath: null };
    }
  }

  private stopping(): boolean {
    if (this.shouldStop()) this.summary.interrupted = true;
    return this.summary.interrupted;
  }

  private async take(entry: InputEntry): Promise<void> {
    switch (entry.kind) {
      case 'ignored':
        this.summary.skipExtension(entry.extension);
        return;
      case 'error':
        this.summary.articles.read++;
        this.fail(entry.display, entry.reason);
        return;
      case 'article':
        this.summary.files.articles++;
        this.summary.articles.read++;
        await this.submit(() => this.articleFile(entry));
        return;
      case 'jsonl':
        this.summary.files.jsonl++;
        await this.jsonlFile(entry);
        return;
    }
  }

  /** Starts `task` once the window has room; tasks catch their own errors. */
  private async submit(task: () => Promise<void>, extraWait: () => boolean = () => false): Promise<void> {
    while (this.inflight.size >= this.window || (extraWait() && this.inflight.size > 0)) await Promise.race(this.inflight);
    const promise = task().finally(() => this.inflight.delete(promise));
    this.inflight.add(promise);
  }

  private async drain(): Promise<void> {
    while (this.inflight.size > 0) await Promise.all(this.inflight);
  }

  private async articleFile(entry: InputFile): Promise<void> {
    try {
      const outPath = join(this.options.out, `${entry.outStem}.json`);
      if (!this.claim(outPath, entry.display)) return;
      let bytes: Uint8Array;
      try {
        bytes = await this.io(() => readFile(entry.file));
      } catch (err) {
        this.fail(entry.display, `cannot read: ${describeFsError(err)}`);
        return;
      }
      const read = readText(bytes);
      if (!read.ok) {
        this.fail(entry.display, read.reason);
        return;
      }
      await this.annotateToFile(read.text, entry.display, outPath);
    } finally {
      this.progress.advance(entry.size, 1);
    }
  }

  /** Annotates one text into its own output file, unless an up-to-date output is already there. */
  private async annotateToFile(text: string, sourcePath: string, outPath: string): Promise<void> {
    if (!this.options.force) {
      const stamp = await this.io(() => readOutputStamp(outPath));
      if (stamp && stamp.version === VERSION && stamp.sha256 === sha256Hex(text)) {
        this.summary.articles.skipped++;
        return;
      }
    }
    const result = await this.annotator.run(text, sourcePath, 'pretty');
    if (!result.ok) {
      this.fail(sourcePath, result.reason);
      return;
    }
    try {
      await this.io(() => writeAtomic(outPath, result.output));
      this.summary.articles.written++;
    } catch (err) {
      this.fail(sourcePath, `cannot write ${outPath}: ${describeFsError(err)}`);
    }
  }

  private async jsonlFile(entry: InputFile): Promise<void> {
    const sink = this.options.format === 'jsonl' ? await this.openOrderedSink(entry) : null;
    if (this.options.format === 'jsonl' && !sink) return;
    const firstLine = new Map<string, number>(); // id -> line: duplicates fail
    try {
      for await (const line of readJsonLines(entry.file)) {
        if (this.stopping()) break;
        this.progress.advance(line.bytes, 0);
        if (line.line.trim() === '') continue;
        await this.record(entry, line, firstLine, sink);
      }
    } catch (err) {
      this.summary.articles.read++;
      this.fail(entry.display, describeFsError(err));
    }
    if (sink) {
      await this.drain();
      await sink.close();
    }
  }

  private async record(entry: InputFile, line: JsonLine, firstLine: Map<string, number>, sink: OrderedSink | null): Promise<void> {
    this.summary.articles.read++;
    const where = `${entry.display}:${line.number}`;
    const parsed = parseRecord(line.line, this.options.textField, this.options.idField);
    if (!parsed.ok) return this.failRecord(where, parsed.reason);
    const seen = firstLine.get(parsed.id);
    if (seen !== undefined) return this.failRecord(where, `duplicate id "${parsed.id}" (first on line ${seen})`);
    firstLine.set(parsed.id, line.number);
    const sourcePath = `${entry.display}#${parsed.id}`;
    if (!sink) {
      const outPath = join(this.options.out, entry.outStem, `${idToFileName(parsed.id)}.json`);
      if (!this.claim(outPath, sourcePath)) return this.progress.advance(0, 1);
      await this.submit(async () => {
        await this.annotateToFile(parsed.text, sourcePath, outPath);
        this.progress.advance(0, 1);
      });
      return;
    }
    const seq = sink.reserve();
    const reused = await sink.reusable(sourcePath, parsed.text);
    if (reused !== null) {
      this.summary.articles.skipped++;
      sink.deliver(seq, reused);
      return this.progress.advance(0, 1);
    }
    await this.submit(
      async () => {
        const result = await this.annotator.run(parsed.text, sourcePath, 'line');
        if (result.ok) this.summary.articles.written++;
        else this.fail(sourcePath, result.reason);
        sink.deliver(seq, result.ok ? result.output : null);
        this.progress.advance(0, 1);
      },
      () => sink.behind() >= this.window,
    );
  }

  private failRecord(where: string, reason: string): void {
    this.fail(where, reason);
    this.progress.advance(0, 1);
  }

  /** --format jsonl: one output per JSON Lines input, written in input order through a temp file. */
  private async openOrderedSink(entry: InputFile): Promise<OrderedSink | null> {
    const outPath = join(this.options.out, `${entry.outStem}.jsonl`);
    if (!this.claim(outPath, entry.display)) {
      this.summary.articles.read++;
      return null;
    }
    try {
      await mkdir(dirname(outPath), { recursive: true });
      const temp = tempPathFor(outPath);
      const handle = await open(temp, 'wx');
      const previous = this.options.force ? null : new LineCursor(outPath);
      return new OrderedSink(outPath, temp, handle, previous, (reason) => this.fail(entry.display, reason));
    } catch (err) {
      this.summary.articles.read++;
      this.fail(entry.display, `cannot write ${outPath}: ${describeFsError(err)}`);
      return null;
    }
  }

  /** Reserves an output path for `claimant`; false (and a failure) when another input already has it. */
  private claim(outPath: string, claimant: string): boolean {
    const key = resolve(outPath);
    const holder = this.claims.get(key);
    if (holder === undefined) {
      this.claims.set(key, claimant);
      return true;
    }
    const reason = holder === SUMMARY_CLAIM ? `${outPath} is reserved for the run summary` : `${holder} already writes ${outPath} in this run; rename one of them`;
    this.fail(claimant, reason);
    return false;
  }

  private fail(path: string, reason: string): void {
    this.summary.fail(path, reason);
    this.report(path, reason);
  }

  private report(path: string, reason: string): void {
    this.progress.log(`onrecord: ${path}: ${reason}`);
  }
}

/**
 * Lines of a previous --format jsonl output, read in step with the input: a record whose previous line
 * has the same source path, text hash and version is copied instead of annotated again.
 */
class LineCursor {
  private readonly lines: AsyncGenerator<JsonLine>;
  private head: string | null | undefined;

  constructor(path: string) {
    this.lines = readJsonLines(path);
  }

  async takeIfSame(sourcePath: string, sha256: () => string): Promise<string | null> {
    if (this.head === undefined) {
      try {
        const next = await this.lines.next();
        this.head = next.done ? null : next.value.line;
      } catch {
        this.head = null; // no previous output (or an unreadable one): annotate everything
      }
    }
    if (this.head === null) return null;
    const stamp = lineStamp(this.head);
    if (!stamp || stamp.path !== sourcePath) return null;
    const line = this.head;
    this.head = undefined;
    return stamp.version === VERSION && stamp.sha256 === sha256() ? line : null;
  }

  async close(): Promise<void> {
    await this.lines.return(undefined);
  }
}

class OrderedSink {
  private next = 0;
  private written = 0;
  private readonly waiting = new Map<number, string | null>();
  private chain: Promise<void> = Promise.resolve();
  private failed = false;

  constructor(
    private readonly outPath: string,
    private readonly temp: string,
    private readonly handle: FileHandle,
    private readonly previous: LineCursor | null,
    private readonly fail: (reason: string) => void,
  ) {}

  reserve(): number {
    return this.next++;
  }

  /** How many reserved records are not written yet: the producer waits when too many are. */
  behind(): number {
    return this.next - this.written;
  }

  reusable(sourcePath: string, text: string): Promise<string | null> {
    return this.previous ? this.previous.takeIfSame(sourcePath, () => sha256Hex(text)) : Promise.resolve(null);
  }

  /** Hands over record `seq` (null: it failed); lines go out in sequence order. */
  deliver(seq: number, line: string | null): void {
    this.waiting.set(seq, line);
    while (this.waiting.has(this.written)) {
      const ready = this.waiting.get(this.written)!;
      this.waiting.delete(this.written);
      this.written++;
      if (ready !== null) this.chain = this.chain.then(() => this.write(ready + '\n'));
    }
  }

  async close(): Promise<void> {
    await this.chain;
    await this.previous?.close();
    await this.handle.close();
    try {
      if (this.failed) throw new Error('write failed');
      await rename(this.temp, this.outPath);
    } catch (err) {
      await unlink(this.temp).catch(() => undefined);
      if (!this.failed) this.fail(`cannot write ${this.outPath}: ${describeFsError(err)}`);
    }
  }

  private async write(data: string): Promise<void> {
    if (this.failed) return;
    try {
      await this.handle.write(data);
    } catch (err) {
      this.failed = true;
      this.fail(`cannot write ${this.outPath}: ${describeFsError(err)}`);
    }
  }
}
