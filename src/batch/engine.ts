// The batch engine: walks the inputs, reads each article (p-limit bounds the file I/O), hands the text
// to the annotate pool and writes each output atomically. A single producer feeds a bounded window of
// articles in flight, so memory stays flat whatever the corpus size; annotations are dropped once
// written. Bad input fails that article only: the run goes on and the summary lists the reasons.
import { mkdir, open, readFile, rename, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import pLimit, { type LimitFunction } from 'p-limit';
// the leaf modules, not ../index.js: the main thread must not load the NLP models the workers use
import { outputHead, sha256Hex, type RawSource } from '../output/annotation.js';
import { writeStdout } from '../output/stdout.js';
import { readText } from '../text/read-text.js';
import { VERSION } from '../version.js';
import { removeStaleTemps, tempPathFor, writeAtomic } from './atomic.js';
import { describeFsError } from './errors.js';
import { idToFileName, parseRecord, readJsonLines, type JsonLine } from './jsonl.js';
import { STDOUT, type ExtractOptions } from './options.js';
import { createAnnotator, type Annotator } from './pool.js';
import { Progress } from './progress.js';
import { lineStamp, readOutputStamp } from './resume.js';
import { SummaryBuilder, type RunSummary } from './summary.js';
import { walkInputs, type InputEntry, type InputFile } from './walk.js';

/**
 * The run summaries sit in a hidden folder of the output folder, out of the way of `OUT/*.json` and
 * `OUT/**\/*.json`: LAST_RUN_FILE for every run that started, SUMMARY_FILE only for a run without
 * failures, so that a failed run never overwrites the summary of the last good one.
 */
export const SUMMARY_FOLDER = '.onrecord';
export const SUMMARY_FILE = join(SUMMARY_FOLDER, 'run-summary.json');
export const LAST_RUN_FILE = join(SUMMARY_FOLDER, 'last-run.json');

export interface BatchHooks {
  progress?: Progress;
  /** Polled between articles: once true, no new article is taken up (Ctrl-C). */
  shouldStop?: () => boolean;
  /** Where the pool finds its worker script (tests running from sources point at dist/). */
  workerUrl?: URL;
}

export interface BatchResult {
  summary: RunSummary;
  /** Where the summary of this run was written (LAST_RUN_FILE), or null: not written (--out -) or could not be (reported on stderr). */
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
  /** --out -: every annotation, as one JSON Lines stream on standard output in input order. */
  private readonly stdout: OrderedSink | null;

  constructor(
    private readonly options: ExtractOptions,
    private readonly progress: Progress,
    private readonly shouldStop: () => boolean,
    private readonly annotator: Annotator,
  ) {
    this.io = pLimit(options.concurrency);
    // Enough articles in flight to keep every worker busy while others are read and written.
    this.window = Math.max(2, options.concurrency + 2 * options.workers);
    this.stdout = options.out === STDOUT ? new OrderedSink(new StdoutLines(), null, (reason) => this.report('-', reason)) : null;
  }

  async prepare(): Promise<void> {
    if (!this.stdout) {
      try {
        await mkdir(this.options.out, { recursive: true });
      } catch (err) {
        throw new OutputFolderError(`cannot create the output folder: ${describeFsError(err)}`);
      }
      this.summary.tempFilesRemoved = await removeStaleTemps(this.options.out);
    }
    if (this.progress.mode !== 'off') {
      let total = 0;
      for await (const entry of walkInputs(this.options.inputs, this.options.out)) if ('size' in entry) total += entry.size;
      this.progress.setTotalBytes(total);
    }
  }

  async run(): Promise<void> {
    for await (const entry of walkInputs(this.options.inputs, this.options.out)) {
      if (this.stopping()) break;
      await this.take(entry);
    }
    await this.drain();
  }

  async close(): Promise<void> {
    await this.drain();
    await this.stdout?.close();
    await this.annotator.close();
  }

  async finish(): Promise<BatchResult> {
    const { inputs, out, format } = this.options;
    const summary = this.summary.build({ inputs, out, format });
    if (this.stdout) return { summary, summaryPath: null };
    const good = summary.articles.failed === 0 && !summary.interrupted;
    const json = JSON.stringify(summary, null, 2) + '\n';
    const summaryPath = join(out, LAST_RUN_FILE);
    try {
      await writeAtomic(summaryPath, json);
      if (good) await writeAtomic(join(out, SUMMARY_FILE), json);
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
      case 'article': {
        this.summary.files.articles++;
        this.summary.articles.read++;
        const sink = this.stdout;
        if (!sink) return this.submit(() => this.articleFile(entry));
        const seq = sink.reserve();
        return this.submit(
          async () => sink.deliver(seq, await this.articleLine(entry)),
          () => sink.behind() >= this.window,
        );
      }
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
      const text = await this.readArticle(entry);
      if (text !== null) await this.annotateToFile(text, entry.display, outPath);
    } finally {
      this.progress.advance(entry.size, 1);
    }
  }

  /** --out -: an article file as one JSON Lines line, or null when it failed. */
  private async articleLine(entry: InputFile): Promise<string | null> {
    try {
      const text = await this.readArticle(entry);
      if (text === null) return null;
      const result = await this.annotator.run(text, entry.display, 'line');
      if (result.ok) this.summary.articles.written++;
      else this.fail(entry.display, result.reason);
      return result.ok ? result.output : null;
    } finally {
      this.progress.advance(entry.size, 1);
    }
  }

  /** The text of an article file, or null (and a failure) when it cannot be read as UTF-8 text. */
  private async readArticle(entry: InputFile): Promise<string | null> {
    let bytes: Uint8Array;
    try {
      bytes = await this.io(() => readFile(entry.file));
    } catch (err) {
      this.fail(entry.display, `cannot read: ${describeFsError(err)}`);
      return null;
    }
    const read = readText(bytes);
    if (read.ok) return read.text;
    this.fail(entry.display, read.reason);
    return null;
  }

  /** Annotates one text into its own output file, unless an up-to-date output is already there. */
  private async annotateToFile(text: string, sourcePath: string, outPath: string, raw?: RawSource): Promise<void> {
    if (!this.options.force) {
      const stamp = await this.io(() => readOutputStamp(outPath));
      if (stamp && stamp.version === VERSION && stamp.sha256 === sha256Hex(text) && stamp.head.startsWith(outputHead(sourcePath, 'pretty', raw))) {
        this.summary.articles.skipped++;
        return;
      }
    }
    const result = await this.annotator.run(text, sourcePath, 'pretty', raw);
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
    const ownSink = !this.stdout && this.options.format === 'jsonl';
    const sink = this.stdout ?? (ownSink ? await this.openOrderedSink(entry) : null);
    if (ownSink && !sink) return;
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
    if (sink && ownSink) {
      await this.drain();
      await sink.close();
    }
  }

  private async record(entry: InputFile, line: JsonLine, firstLine: Map<string, number>, sink: OrderedSink | null): Promise<void> {
    this.summary.articles.read++;
    const where = `${entry.display}:${line.number}`;
    const parsed = parseRecord(line.line, this.options.textField, this.options.idField, this.options.keepFields);
    if (!parsed.ok) return this.failRecord(where, parsed.reason);
    const seen = firstLine.get(parsed.id);
    if (seen !== undefined) return this.failRecord(where, `duplicate id "${parsed.id}" (first on line ${seen})`);
    firstLine.set(parsed.id, line.number);
    const sourcePath = `${entry.display}#${parsed.id}`;
    if (!sink) {
      const outPath = join(this.options.out, entry.outStem, `${idToFileName(parsed.id)}.json`);
      if (!this.claim(outPath, sourcePath)) return this.progress.advance(0, 1);
      await this.submit(async () => {
        await this.annotateToFile(parsed.text, sourcePath, outPath, parsed.raw);
        this.progress.advance(0, 1);
      });
      return;
    }
    const seq = sink.reserve();
    const reused = await sink.reusable(sourcePath, parsed.text, parsed.raw);
    if (reused !== null) {
      this.summary.articles.skipped++;
      sink.deliver(seq, reused);
      return this.progress.advance(0, 1);
    }
    await this.submit(
      async () => {
        const result = await this.annotator.run(parsed.text, sourcePath, 'line', parsed.raw);
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
      return new OrderedSink(new FileLines(outPath, temp, handle), previous, (reason) => this.fail(entry.display, reason));
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
    this.fail(claimant, `${holder} already writes ${outPath} in this run; rename one of them`);
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

  /** `head`: how the line must start (its source path, id and kept fields). */
  async takeIfSame(sourcePath: string, sha256: () => string, head: string): Promise<string | null> {
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
    return stamp.version === VERSION && stamp.sha256 === sha256() && line.startsWith(head) ? line : null;
  }

  async close(): Promise<void> {
    await this.lines.return(undefined);
  }
}

/** Where an OrderedSink's lines go. */
interface LineTarget {
  /** For messages: "cannot write <name>". */
  readonly name: string;
  write(data: string): Promise<void>;
  /** After the last write; `ok` false when a write failed. */
  finish(ok: boolean): Promise<void>;
}

/** A temp file renamed into place once complete (or removed). */
class FileLines implements LineTarget {
  constructor(
    readonly outPath: string,
    private readonly temp: string,
    private readonly handle: FileHandle,
  ) {}

  get name(): string {
    return this.outPath;
  }

  async write(data: string): Promise<void> {
    await this.handle.write(data);
  }

  async finish(ok: boolean): Promise<void> {
    await this.handle.close();
    try {
      if (!ok) throw new Error('write failed');
      await rename(this.temp, this.outPath);
    } catch (err) {
      await unlink(this.temp).catch(() => undefined);
      if (ok) throw err;
    }
  }
}

/**
 * Standard output (--out -), at the reader's pace. A reader that closes the pipe (`| head -1`) is handled
 * by the command line, which ends the process quietly.
 */
class StdoutLines implements LineTarget {
  readonly name = 'standard output';

  write(data: string): Promise<void> {
    return writeStdout(data);
  }

  async finish(): Promise<void> {}
}

class OrderedSink {
  private next = 0;
  private written = 0;
  private readonly waiting = new Map<number, string | null>();
  private chain: Promise<void> = Promise.resolve();
  private failed = false;

  constructor(
    private readonly target: LineTarget,
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

  reusable(sourcePath: string, text: string, raw: RawSource): Promise<string | null> {
    return this.previous ? this.previous.takeIfSame(sourcePath, () => sha256Hex(text), outputHead(sourcePath, 'line', raw)) : Promise.resolve(null);
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
    try {
      await this.target.finish(!this.failed);
    } catch (err) {
      this.fail(`cannot write ${this.target.name}: ${describeFsError(err)}`);
    }
  }

  private async write(data: string): Promise<void> {
    if (this.failed) return;
    try {
      await this.target.write(data);
    } catch (err) {
      this.failed = true;
      this.fail(`cannot write ${this.target.name}: ${describeFsError(err)}`);
    }
  }
}
