// The run summary: printed at the end and written to OUT/run-summary.json. Built field by field in a
// fixed order, with sorted failures and extensions, so that two runs over the same inputs differ only in
// the time taken.
import { VERSION } from '../version.js';
import type { OutputFormat } from './options.js';

export interface Failure {
  path: string;
  reason: string;
}

export interface RunSummary {
  version: string;
  inputs: string[];
  out: string;
  format: OutputFormat;
  interrupted: boolean;
  /** read = written + skipped + failed. skipped: an up-to-date output already existed. */
  articles: { read: number; written: number; skipped: number; failed: number };
  /** Input files taken up; skipped: files passed over for their extension or for not being regular files. */
  files: { articles: number; jsonl: number; skipped: number; skippedByExtension: Record<string, number> };
  failures: Failure[];
  /** Files in the folders given that are not read, with why (a FIFO, a device). */
  skippedFiles: Failure[];
  tempFilesRemoved: number;
  seconds: number;
}

export class SummaryBuilder {
  readonly articles = { read: 0, written: 0, skipped: 0, failed: 0 };
  readonly files = { articles: 0, jsonl: 0, skipped: 0 };
  private readonly byExtension = new Map<string, number>();
  private readonly failures: Failure[] = [];
  private readonly skippedFiles: Failure[] = [];
  tempFilesRemoved = 0;
  interrupted = false;
  private readonly started = performance.now();

  skipExtension(extension: string): void {
    this.files.skipped++;
    this.byExtension.set(extension, (this.byExtension.get(extension) ?? 0) + 1);
  }

  skipFile(path: string, reason: string): void {
    this.files.skipped++;
    this.skippedFiles.push({ path, reason });
  }

  fail(path: string, reason: string): void {
    this.failMany(path, reason, 1);
  }

  /** `count` articles failed for one reason (the records of an output that could not be written). */
  failMany(path: string, reason: string, count: number): void {
    this.articles.failed += count;
    this.failures.push({ path, reason });
  }

  elapsedSeconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  build(context: { inputs: string[]; out: string; format: OutputFormat }): RunSummary {
    const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    const byPath = (a: Failure, b: Failure): number => byCodeUnits(a.path, b.path) || byCodeUnits(a.reason, b.reason);
    return {
      version: VERSION,
      inputs: context.inputs,
      out: context.out,
      format: context.format,
      interrupted: this.interrupted,
      articles: { ...this.articles },
      files: {
        ...this.files,
        skippedByExtension: Object.fromEntries([...this.byExtension].sort(([a], [b]) => byCodeUnits(a, b))),
      },
      failures: [...this.failures].sort(byPath),
      skippedFiles: [...this.skippedFiles].sort(byPath),
      tempFilesRemoved: this.tempFilesRemoved,
      seconds: Math.round(this.elapsedSeconds() * 1000) / 1000,
    };
  }
}

const SHOWN_FAILURES = 10;

/** The summary as a few lines for a person. */
export function formatSummary(summary: RunSummary, summaryPath: string | null): string {
  const { articles: a, files: f } = summary;
  const rate = summary.seconds > 0 ? (a.written / summary.seconds).toFixed(1) : '-';
  const lines = [
    `onrecord extract${summary.interrupted ? ' (interrupted)' : ''}: ${a.read} articles read from ${f.articles} article files and ${f.jsonl} JSON Lines files`,
    `  written ${a.written}, skipped ${a.skipped} (output up to date), failed ${a.failed}`,
  ];
  const byExtension = f.skipped - summary.skippedFiles.length;
  if (byExtension > 0) {
    const exts = Object.entries(f.skippedByExtension).map(([ext, n]) => `${ext} ${n}`);
    lines.push(`  ${byExtension} files with other extensions skipped (${exts.join(', ')})`);
  }
  if (summary.skippedFiles.length > 0) lines.push(`  ${summary.skippedFiles.length} files skipped that are not regular files (FIFOs, devices)`);
  lines.push(`  ${summary.seconds.toFixed(2)} s, ${rate} articles written per second`);
  if (summary.failures.length > 0) {
    lines.push('Failures:');
    for (const { path, reason } of summary.failures.slice(0, SHOWN_FAILURES)) lines.push(`  ${path}: ${reason}`);
    if (summary.failures.length > SHOWN_FAILURES) lines.push(`  ... and ${summary.failures.length - SHOWN_FAILURES} more`);
  }
  if (summaryPath) lines.push(`Summary: ${summaryPath}`);
  return lines.join('\n');
}
