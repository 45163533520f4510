// One article's trouble stays that article's: an exception thrown by annotate, or a worker thread that
// dies, fails that article and the run goes on. annotate is mocked to throw on a marker text.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runBatch } from '../src/batch/engine.js';
import { parseExtractArgs, type ExtractOptions } from '../src/batch/options.js';
import { article, LAST_RUN, listFiles, tempDir, writeTree } from './batch-helpers.js';

vi.mock('../src/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/index.js')>();
  return {
    ...real,
    annotate: (text: string, options?: { path?: string | null }) => {
      if (text.includes('BOOM')) throw new Error('stage exploded');
      if (text.includes('SPIN')) for (;;);
      return real.annotate(text, options);
    },
  };
});

let dir: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  dir = await tempDir();
  await writeTree(dir.path, { 'in/a.txt': article(1), 'in/b.txt': `${article(2)} BOOM`, 'in/c.txt': article(3) });
});
afterEach(async () => dir.cleanup());

function options(...args: string[]): ExtractOptions {
  const parsed = parseExtractArgs([join(dir.path, 'in'), '--out', join(dir.path, 'out'), '--quiet', ...args]);
  if (parsed.kind !== 'run') throw new Error(`bad test arguments: ${parsed.kind}`);
  return parsed.options;
}

describe('failures of one article', () => {
  it('an exception thrown by annotate fails that article only', async () => {
    const { summary } = await runBatch(options('--workers', '0'));
    expect(summary.articles).toEqual({ read: 3, written: 2, skipped: 0, failed: 1 });
    expect(summary.failures).toEqual([{ path: join(dir.path, 'in/b.txt'), reason: 'annotate failed: stage exploded' }]);
    expect(await listFiles(join(dir.path, 'out'))).toEqual([LAST_RUN, 'a.json', 'c.json']);
  });

  it('a worker thread that dies fails its article, is replaced, and the others are annotated', async () => {
    const worker = await standInWorker('dying-worker.mjs', 'process.exit(3);');
    const { summary } = await runBatch(options('--workers', '1'), { workerUrl: worker });
    expect(summary.articles).toEqual({ read: 3, written: 2, skipped: 0, failed: 1 });
    expect(summary.failures).toEqual([{ path: join(dir.path, 'in/b.txt'), reason: 'worker exited with code 3' }]);
    expect(await listFiles(join(dir.path, 'out'))).toEqual([LAST_RUN, 'a.json', 'c.json']);
  });

  it('one article, annotated in the main thread, still fails past --timeout', async () => {
    await writeTree(dir.path, { 'one.txt': `${article(4)} SPIN` });
    const parsed = parseExtractArgs([join(dir.path, 'one.txt'), '--out', join(dir.path, 'out-one'), '--quiet', '--workers', '2', '--timeout', '1']);
    if (parsed.kind !== 'run') throw new Error(parsed.kind);
    const { summary } = await runBatch(parsed.options);
    expect(summary.articles).toEqual({ read: 1, written: 0, skipped: 0, failed: 1 });
    expect(summary.failures).toEqual([{ path: join(dir.path, 'one.txt'), reason: 'annotate took longer than 1 s and was stopped (see --timeout)' }]);
  });

  it.each([
    ['an article that takes longer than --timeout fails, its worker is replaced, and the others are annotated', 'hanging-worker.mjs', 'return;'],
    ['an article that hangs its worker fails; the article queued behind it on that worker is annotated by the next one', 'spinning-worker.mjs', 'for (;;) {}'],
  ])('%s', async (_what, name, onMarker) => {
    const worker = await standInWorker(name, onMarker);
    const { summary } = await runBatch(options('--workers', '1', '--timeout', '1'), { workerUrl: worker });
    expect(summary.articles).toEqual({ read: 3, written: 2, skipped: 0, failed: 1 });
    expect(summary.failures).toEqual([{ path: join(dir.path, 'in/b.txt'), reason: expect.stringMatching(/longer than 1 s/) }]);
    expect(await listFiles(join(dir.path, 'out'))).toEqual([LAST_RUN, 'a.json', 'c.json']);
  });
});

/** A stand-in worker speaking the pool's protocol: it runs `onMarker` for the marker text, answers otherwise. */
async function standInWorker(name: string, onMarker: string): Promise<URL> {
  const worker = join(dir.path, name);
  await writeFile(
    worker,
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (task) => {
  if (task.text.includes('BOOM')) { ${onMarker} }
  parentPort.postMessage({ id: task.id, ok: true, output: JSON.stringify({ path: task.path }) + '\\n' });
});
`,
  );
  return pathToFileURL(worker);
}
