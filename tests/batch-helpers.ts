// Shared by the batch, CLI and bad-input tests: run the compiled CLI in a child process, make and clean
// temporary folders, list outputs. The CLI is the compiled dist/ (npm test builds first).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = join(PROJECT, 'dist', 'cli', 'main.js');
export const WORKER_URL = new URL('../dist/batch/worker.js', import.meta.url);

export function requireBuild(): void {
  if (!existsSync(CLI) || !existsSync(WORKER_URL)) throw new Error('dist/ is missing: run "npm run build" first (npm test does)');
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function startCli(args: string[], cwd: string, stdin: 'ignore' | 'pipe' = 'ignore'): ChildProcess {
  requireBuild();
  return spawn(process.execPath, [CLI, ...args], { cwd, stdio: [stdin, 'pipe', 'pipe'] });
}

export function finished(child: ChildProcess): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export function runCli(args: string[], cwd: string): Promise<CliResult> {
  return finished(startCli(args, cwd));
}

/** Runs the CLI with `input` on its standard input. */
export function runCliWithInput(args: string[], cwd: string, input: string): Promise<CliResult> {
  const child = startCli(args, cwd, 'pipe');
  const done = finished(child);
  child.stdin!.on('error', () => undefined); // a command that stops reading early closes its end
  child.stdin!.end(input);
  return done;
}

/** JSON Lines of `records`. */
export const jsonLines = (records: unknown[]): string => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

export async function tempDir(): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'onrecord-test-'));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}

/** Every file under `folder`, relative, sorted. */
export async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)))
    .sort();
}

/** A short made-up news-like article; `n` makes each one different. */
export function article(n: number): string {
  return [
    `Officials in Northbridge ${n} approved a plan on Tuesday to rebuild the old harbour wall.`,
    `"We have waited ${n} years for this," said Mara Quillon, who chairs the harbour board. "It is overdue."`,
    `The council said work would start in spring and take about ${(n % 7) + 2} months.`,
  ].join('\n\n');
}

/** Writes `files` (relative path -> content) under `root`, creating folders. */
export async function writeTree(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  const { mkdir, writeFile } = await import('node:fs/promises');
  const { dirname } = await import('node:path');
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

export async function readJson<T = Record<string, any>>(path: string): Promise<T> {
  const { readFile } = await import('node:fs/promises');
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

export interface SummaryShape {
  interrupted: boolean;
  articles: { read: number; written: number; skipped: number; failed: number };
  files: { articles: number; jsonl: number; skipped: number; skippedByExtension: Record<string, number> };
  failures: Array<{ path: string; reason: string }>;
  tempFilesRemoved: number;
}

/** The summary of the last run (written by every run), and of the last run without failures. */
export const LAST_RUN = '.onrecord/last-run.json';
export const GOOD_RUN = '.onrecord/run-summary.json';
export const readSummary = (out: string): Promise<SummaryShape> => readJson<SummaryShape>(join(out, LAST_RUN));
