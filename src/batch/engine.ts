// The batch engine: walks the inputs, reads each article (p-limit bounds the file I/O), hands the text
// to the annotate pool and writes each output atomically. A single producer feeds a bounded window of
// articles in flight, so memory stays flat whatever the corpus size; annotations are dropped once
// written. Bad input fails that article only: the run goes on and the summary lists the reasons.
import { mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pLimit, { type LimitFunction } from 'p-limit';
// the leaf modules, not ../index.js: the main thread must not load the NLP models the workers use
import { tooLongReason } from '../limits.js';
import { outputHead, sha256Hex, type RawSource } from '../output/annotation.js';
import { removeStaleTemps, writeAtomic } from './atomic.js';
import { describeFsError, printablePath } from './errors.js';
import { OrderedSink, StdoutSink } from './jsonl-output.js';
import { checkRecord, maxLineBytesFor, readJsonLines, type JsonLine } from './jsonl.js';
import { STDOUT, type ExtractOptions } from './options.js';
import { outputPathOf, recordOutputPath, refuseOverwrites } from './overwrite-guard.js';
import { createAnnotator, singleArticleAnnotator, type Annotator } from './pool.js';
import { Progress } from './progress.js';
import { readArticleText } from './read-article.js';
import { isUpToDate } from './resume.js';
import { SummaryBuilder, type RunSummary } from './summary.js';
import { ARTICLE_INPUTS, walkInputs, type InputEntry, type InputFile } from './walk.js';

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
  // before anything is read or created: a run that would write over an input is a usage error
  await refuseOverwrites(options, [join(options.out, SUMMARY_FILE)]);
  const progress = hooks.progress ?? new Progress('off');
  const annotator =
    options.workers > 0 && !hooks.workerUrl && (await isOneArticle(options.inputs))
      ? singleArticleAnnotator(options.timeoutSeconds)
      : createAnnotator(options.workers, options.timeoutSeconds, hooks.workerUrl);
  const batch = new Batch(options, progress, hooks.shouldStop ?? (() => false), annotator);
  try {
    await batch.prepare();
    await batch.run();
  } finally {
    await batch.close();
    progress.finish();
  }
  return batch.finish();
}

/** The inputs are one article file (a regular .txt or .md file): nothing for a second thread to do. */
async function isOneArticle(inputs: string[]): Promise<boolean> {
  if (inputs.length !== 1 || ARTICLE_INPUTS.classify(inputs[0]!) !== 'article') return false;
  return stat(inputs[0]!).then(
    (info) => info.isFile(),
    () => false,
  );
}

class Batch {
  private readonly summary = new SummaryBuilder();
  private readonly io: LimitFunction;
  private readonly inflight = new Set<Promise<void>>();
  private readonly window: number;
  /** Output path (absolute) -> the input that claimed it in this run. */
  private readonly claims = new Map<string, string>();
  /** --out -: every annotation, as one JSON Lines stream on standard output in input order. */
  private readonly stdout: StdoutSink | null;

  constructor(
    private readonly options: ExtractOptions,
    private readonly progress: Progress,
    private readonly shouldStop: () => boolean,
    private readonly annotator: Annotator,
  ) {
    this.io = pLimit(options.concurrency);
    // Enough articles in flight to keep every worker busy while others are read and written.
    this.window = Math.max(2, options.concurrency + 2 * options.workers);
    this.stdout = options.out === STDOUT ? new StdoutSink((reason) => this.report('-', reason)) : null;
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
    if (this.stdout) {
      await this.stdout.close();
      this.summary.articles.written = this.stdout.written;
    }
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
      case 'skipped':
        this.summary.skipFile(entry.display, entry.reason);
        this.report(entry.display, `skipped: ${entry.reason}`);
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
          async () => sink.deliver(seq, await this.articleLine(entry), true),
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
      const outPath = outputPathOf(entry, this.options);
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
      if (!result.ok) this.fail(entry.display, result.reason);
      return result.ok ? result.output : null;
    } finally {
      this.progress.advance(entry.size, 1);
    }
  }

  /** The text of an article file, or null (and a failure) when it cannot be read as UTF-8 text. */
  private async readArticle(entry: InputFile): Promise<string | null> {
    const read = await this.io(() => readArticleText(entry.file, this.options.maxChars));
    if (read.ok) return read.text;
    this.fail(entry.display, read.reason);
    return null;
  }

  /** Annotates one text into its own output file, unless an up-to-date output is already there. */
  private async annotateToFile(text: string, sourcePath: string, outPath: string, raw?: RawSource): Promise<void> {
    if (text.length > this.options.maxChars) return this.fail(sourcePath, tooLongReason(text.length, this.options.maxChars));
    if (!this.options.force) {
      if (await this.io(() => isUpToDate(outPath, sha256Hex(text), sourcePath, raw))) {
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
    let complete = false;
    try {
      for await (const line of readJsonLines(entry.file, maxLineBytesFor(this.options.maxChars))) {
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
    if (sink instanceof OrderedSink && ownSink) {
      await this.drain();
      await this.closeOrderedSink(entry, sink, complete);
    }
  }

  private async record(entry: InputFile, line: JsonLine, firstLine: Map<string, number>, sink: OrderedSink | StdoutSink | null): Promise<void> {
    this.summary.articles.read++;
    const parsed = checkRecord(entry.display, line, firstLine, this.options);
    if (!parsed.ok) return this.failRecord(parsed.where, parsed.reason);
    const { sourcePath } = parsed;
    if (!sink) {
      const outPath = recordOutputPath(this.options.out, entry.outStem, parsed.id);
      if (!this.claim(outPath, sourcePath)) return this.progress.advance(0, 1);
      await this.submit(async () => {
        await this.annotateToFile(parsed.text, sourcePath, outPath, parsed.raw);
        this.progress.advance(0, 1);
      });
      return;
    }
    if (sink.failed) {
      if (sink instanceof OrderedSink) sink.refuse(); // the output cannot be written: annotating would be work for nothing
      return this.progress.advance(0, 1);
    }
    const seq = sink.reserve();
    const reused = sink instanceof OrderedSink ? await sink.reusable(sourcePath, parsed.text, outputHead(sourcePath, 'line', parsed.raw)) : null;
    if (reused !== null) {
      this.summary.articles.skipped++;
      sink.deliver(seq, reused, false);
      return this.progress.advance(0, 1);
    }
    await this.submit(
      async () => {
        const result = await this.annotator.run(parsed.text, sourcePath, 'line', parsed.raw);
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
    this.fail(claimant, `${holder} already writes ${outPath} in this run; rename one of them`);
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
