// Atomic, resumable outputs for real: a run killed with SIGKILL half-way and restarted ends with every
// output complete and valid and no temp files; Ctrl-C (SIGINT) finishes the articles in flight, writes the
// summary and exits 130.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex, VERSION } from '../src/index.js';
import { article, finished, listFiles, readSummary, runCli, startCli, tempDir, writeTree } from './batch-helpers.js';

const ARTICLES = 300;
const text = (i: number): string => article(i).repeat(12);

let dir: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  dir = await tempDir();
  const files: Record<string, string> = {};
  for (let i = 0; i < ARTICLES; i++) files[`corpus/part${i % 4}/a${i}.txt`] = text(i);
  await writeTree(dir.path, files);
});
afterEach(async () => dir.cleanup());

const outputs = async (): Promise<string[]> => (await listFiles(join(dir.path, 'out')).catch(() => [])).filter((f) => f.endsWith('.json') && !f.startsWith('.onrecord/'));
const temps = async (): Promise<string[]> => (await listFiles(join(dir.path, 'out')).catch(() => [])).filter((f) => f.endsWith('.tmp'));

/** Waits until at least `count` outputs exist (the run is under way). */
async function waitForOutputs(count: number): Promise<number> {
  for (let waited = 0; waited < 120_000; waited += 20) {
    const n = (await outputs()).length;
    if (n >= count) return n;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the run wrote no outputs in time');
}

/** Every article has a complete, valid output for its current text, and no temp file is left. */
async function expectAllOutputsValid(): Promise<void> {
  expect(await outputs()).toHaveLength(ARTICLES);
  for (let i = 0; i < ARTICLES; i++) {
    const annotation = JSON.parse(await readFile(join(dir.path, 'out', `part${i % 4}/a${i}.json`), 'utf8')) as { source: { sha256: string; path: string }; version: string };
    expect(annotation.source).toMatchObject({ path: `corpus/part${i % 4}/a${i}.txt`, sha256: sha256Hex(text(i)) });
    expect(annotation.version).toBe(VERSION);
  }
  expect(await temps()).toEqual([]);
}

const ARGS = ['extract', 'corpus', '--out', 'out', '--workers', '2', '--quiet'];

describe('interrupted runs', () => {
  it('SIGKILL half-way, then a rerun: every output complete and valid, temp files gone', async () => {
    const child = startCli(ARGS, dir.path);
    const done = finished(child);
    await waitForOutputs(20);
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.signal).toBe('SIGKILL');
    const before = await outputs();
    expect(before.length).toBeLessThan(ARTICLES); // really killed half-way
    const leftover = await temps();
    for (const file of before) JSON.parse(await readFile(join(dir.path, 'out', file), 'utf8')); // no torn output

    const rerun = await runCli(ARGS, dir.path);
    expect(rerun.code).toBe(0);
    const summary = await readSummary(join(dir.path, 'out'));
    expect(summary.articles.skipped).toBeGreaterThanOrEqual(before.length);
    expect(summary.articles.written + summary.articles.skipped).toBe(ARTICLES);
    expect(summary.tempFilesRemoved).toBe(leftover.length);
    await expectAllOutputsValid();
  }, 180_000);

  it('SIGINT: finishes the articles in flight, writes the summary, exits 130; a rerun completes', async () => {
    const child = startCli(ARGS, dir.path);
    const done = finished(child);
    await waitForOutputs(20);
    child.kill('SIGINT');
    const stopped = await done;
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toContain('stopping after the articles in progress');
    const summary = await readSummary(join(dir.path, 'out'));
    expect(summary.interrupted).toBe(true);
    expect(summary.articles.read).toBeLessThan(ARTICLES);
    expect(summary.articles.written + summary.articles.skipped + summary.articles.failed).toBe(summary.articles.read);
    expect(await outputs()).toHaveLength(summary.articles.written); // every article taken up was finished
    expect(await temps()).toEqual([]);

    const rerun = await runCli(ARGS, dir.path);
    expect(rerun.code).toBe(0);
    expect((await readSummary(join(dir.path, 'out'))).articles.skipped).toBe(summary.articles.written);
    await expectAllOutputsValid();
  }, 180_000);
});
