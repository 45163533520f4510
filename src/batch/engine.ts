// The batch engine: walks the inputs, reads each article (p-limit bounds the file I/O), hands the text
// to the annotate pool and writes each output atomically. A single producer feeds a bounded window of
// articles in flight, so memory stays flat whatever the corpus size; annotations are dropped once
// written. Bad input fails that article only: the run goes on and the summary lists the reasons.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pLimit, { type LimitFunction } from 'p-limit';
// the leaf modules, not ../index.js: the main thread must not load the NLP models the workers use
import { sha256Hex } from '../output/annotation.js';
import { VERSION } from '../version.js';
import { tooLongReason } from '../limits.js';
import { removeStaleTemps, writeAtomic } from './atomic.js';
import { describeFsError, printablePath } from './errors.js';
import { OrderedSink } from './jsonl-output.js';
import { idToFileName, MAX_LINE_BYTES, parseRecord, readJsonLines, type JsonLine } from './jsonl.js';
import type { ExtractOptions } from './options.js';
import { outputPathOf, refuseOverwrites } from './overwrite-guard.js';
import { createAnnotator, type Annotator } from './pool.js';
import { Progress } from './progress.js';
import { readArticleText } from './read-article.js';
import { readOutputStamp } from './resume.js';
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
  // before anything is read or created: a run that would write over an input is a usage error
  await refuseOverwrites(options, [join(options.out, SUMMARY_FILE)]);
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
    this.stopping(); // a stop asked for during the last articles still makes the run an interrupted one
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
      case 'skipped':
        this.summary.skipFile(entry.display, entry.reason);
        this.report(entry.display, `skipped: ${entry.reason}`);
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
      const outPath = outputPathOf(entry, this.options);
      if (!this.claim(outPath, entry.display)) return;
      const read = await this.io(() => readArticleText(entry.file, this.options.maxChars));
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
    if (text.length > this.options.maxChars) return this.fail(sourcePath, tooLongReason(text.length, this.options.maxChars));
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
    let complete = false;
    try {
      // a record may be escaped to six bytes a character, plus its other fields
      for await (const line of readJsonLines(entry.file, Math.min(MAX_LINE_BYTES, 6 * this.options.maxChars + 1024 * 1024))) {
        if (this.stopping()) break;
        this.progress.advance(line.bytes, 0);
        if (line.line !== null && line.line.trim() === '') continue;
        await this.record(entry, line, firstLine, sink);
      }
      complete = !this.stopping();
    } catch (err) {
      this.summary.articles.read++;
      this.fail(entry.display, describeFsError(err));
    }
    if (sink) {
      await this.drain();
      await this.closeOrderedSink(entry, sink, complete);
    }
  }

  private async record(entry: InputFile, line: JsonLine, firstLine: Map<string, number>, sink: OrderedSink | null): Promise<void> {
    this.summary.articles.read++;
    const where = `${entry.display}:${line.number}`;
    if (line.line === null) return this.failRecord(where, line.reason);
    const parsed = parseRecord(line.line, this.options.textField, this.options.idField);
    if (!parsed.ok) return this.failRecord(where, parsed.reason);
    const seen = firstLine.get(parsed.id);
    if (seen !== undefined) return this.failRecord(where, `duplicate id "${parsed.id}" (first on line ${seen})`);
    firstLine.set(parsed.id, line.number);
    if (parsed.text.length > this.options.maxChars) return this.failRecord(where, tooLongReason(parsed.text.length, this.options.maxChars));
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
    if (sink.failed) {
      sink.refuse(); // the output cannot be written: annotating would be work for nothing
      return this.progress.advance(0, 1);
    }
    const seq = sink.reserve();
    const reused = await sink.reusable(sourcePath, parsed.text);
    if (reused !== null) {
      this.summary.articles.skipped++;
      sink.deliver(seq, reused, false);
      return this.progress.advance(0, 1);
    }
    await this.submit(
      async () => {
        const result = await this.annotator.run(parsed.text, sourcePath, 'line');
        if (!result.ok) this.fail(sourcePath, result.reason);
        sink.deliver(seq, result.ok ? result.output : null, true);
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
    const outPath = outputPathOf(entry, this.options);
    if (!this.claim(outPath, entry.display)) {
      this.summary.articles.read++;
      return null;
    }
    try {
      return await OrderedSink.open(outPath, this.options.force);
    } catch (err) {
      this.summary.articles.read++;
      this.fail(entry.display, `cannot write ${outPath}: ${describeFsError(err)}`);
      return null;
    }
  }

  /** Counts what reached the disk; an interrupted output is kept aside, never put in place of a complete one. */
  private async closeOrderedSink(entry: InputFile, sink: OrderedSink, complete: boolean): Promise<void> {
    const outcome = await sink.close(complete);
    this.summary.articles.written += outcome.written;
    if (outcome.error !== null) {
      const reason = `cannot write ${sink.outPath}: ${outcome.error}; ${outcome.lost} records not written`;
      this.summary.failMany(entry.display, reason, outcome.lost);
      this.report(entry.display, reason);
    } else if (outcome.partialPath !== null) {
      this.report(entry.display, `not finished: ${outcome.written} new records kept in ${outcome.partialPath}; ${sink.outPath} is left as it was, and the next run resumes`);
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
    this.progress.log(`onrecord: ${printablePath(path)}: ${reason}`);
  }
}
