// The annotation is a pure function of the text: the same bytes every time, whatever ran before it, in
// one process or another, with any number of workers. Run on a few hundred real texts (the shared dev
// sets where this machine has them, else the corpus articles each in several variants), since learned
// state in the tokenizer showed only on many and long texts.
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotate, serialize } from '../src/index.js';
import { corpusArticles } from '../src/eval/corpus.js';
import { PROJECT, runCli, tempDir } from './batch-helpers.js';

interface Text {
  id: string;
  text: string;
}

const SHARED = join(PROJECT, '..', 'shared', 'eval');
const DEV_SETS = ['polnear_dev.jsonl', 'conll2003_dev.jsonl'].map((f) => join(SHARED, f));

/** Real news where present; else each corpus article, also cut to its first half and with its paragraphs reversed. */
function texts(): Text[] {
  if (DEV_SETS.every((f) => existsSync(f))) {
    return DEV_SETS.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Text)
        .map(({ id, text }) => ({ id, text })),
    );
  }
  console.warn('determinism: ../shared/eval not found; using variants of the corpus articles');
  return corpusArticles(join(PROJECT, 'corpus')).flatMap((a) => {
    const paragraphs = a.text.split('\n\n');
    return [
      { id: a.stem, text: a.text },
      { id: `${a.stem}-half`, text: paragraphs.slice(0, Math.ceil(paragraphs.length / 2)).join('\n\n') },
      { id: `${a.stem}-reversed`, text: [...paragraphs].reverse().join('\n\n') },
    ];
  });
}

const INPUT = 'texts.jsonl';
const all = texts();
// as the CLI writes a JSON Lines record: its path and its id
const render = (t: Text): string => serialize(annotate(t.text, { path: `${INPUT}#${t.id}`, id: t.id }));

/** A fixed shuffle, so that each text follows different ones than in input order. */
function interleaved<T>(items: T[]): T[] {
  const odd = items.filter((_, i) => i % 2 === 1).reverse();
  const even = items.filter((_, i) => i % 2 === 0);
  return [...odd, ...even];
}

describe('determinism', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  /** Each text's annotation in input order, in this process. */
  const expected = new Map<string, string>();

  beforeAll(async () => {
    dir = await tempDir();
    await writeFile(join(dir.path, INPUT), all.map((t) => JSON.stringify(t)).join('\n') + '\n');
    for (const t of all) expected.set(t.id, render(t));
  }, 300_000);
  afterAll(() => dir.cleanup());

  it('has a few hundred distinct texts to run', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
  });

  it('annotates every text to the same bytes in another order in the same process', () => {
    const differ = interleaved(all).filter((t) => render(t) !== expected.get(t.id)).map((t) => t.id);
    expect(differ).toEqual([]);
  });

  it('writes the same bytes with 1 and with 2 workers, equal to the in-process annotation', async () => {
    for (const workers of ['1', '2']) {
      const out = join(dir.path, `out-${workers}`);
      const run = await runCli(['extract', INPUT, '--out', out, '--workers', workers, '--quiet'], dir.path);
      expect(run.code, run.stderr).toBe(0);
      const differ: string[] = [];
      for (const t of all) {
        const written = await readFile(join(out, 'texts', `${t.id}.json`), 'utf8');
        if (written !== expected.get(t.id)) differ.push(t.id);
      }
      expect(differ, `--workers ${workers}`).toEqual([]);
    }
  }, 300_000);

  it('gives each article the same bytes as when it is annotated alone in a fresh process', async () => {
    // A sample spread over the set: each one a CLI run of its own.
    const step = Math.max(1, Math.floor(all.length / 8));
    const sample = all.filter((_, i) => i % step === step - 1).slice(0, 8);
    for (const t of sample) {
      const input = `alone-${sample.indexOf(t)}.jsonl`;
      await writeFile(join(dir.path, input), JSON.stringify(t) + '\n');
      const out = join(dir.path, 'out-alone');
      const run = await runCli(['extract', input, '--out', out, '--workers', '0', '--quiet'], dir.path);
      expect(run.code, run.stderr).toBe(0);
      const written = await readFile(join(out, input.replace('.jsonl', ''), `${t.id}.json`), 'utf8');
      expect(written, t.id).toBe(expected.get(t.id)!.replace(`"${INPUT}#`, `"${input}#`));
    }
  }, 300_000);
});
