// The extract command's surface: help, version, usage errors (exit 2, a clear message, nothing written).
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import { parseExtractArgs } from '../src/batch/options.js';
import { PROJECT, runCli, tempDir } from './batch-helpers.js';

let dir: { path: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => dir.cleanup());

describe('onrecord extract --help and --version', () => {
  it('--help answers what goes in, what comes out and where, exit codes, resuming, with examples', async () => {
    const { code, stdout } = await runCli(['extract', '--help'], dir.path);
    expect(code).toBe(0);
    for (const topic of ['.txt', '.md', '.jsonl', 'run-summary.json', '--out', '--workers', '--concurrency', '--format', '--text-field', '--id-field', '--force', '--quiet', 'Exit codes', '130', 'Resuming', 'Examples']) {
      expect(stdout).toContain(topic);
    }
  });

  it('--help and the README agree: an empty file is annotated, not a bad input', async () => {
    const { stdout } = await runCli(['extract', '--help'], dir.path);
    const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
    expect(stdout).toMatch(/An empty or white-space-only file is not an\s+error: it is annotated/);
    expect(readme).toMatch(/An empty or white-space-only file is not bad input: it is annotated/);
    for (const text of [stdout, readme]) expect(text).not.toMatch(/Bad inputs? \**\s*\(empty/);
  });

  it('--version prints the pipeline version', async () => {
    const { code, stdout } = await runCli(['extract', '--version'], dir.path);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(VERSION);
  });
});

describe('usage errors exit 2 with a message naming the problem', () => {
  const cases: Array<[string[], RegExp]> = [
    [['--bogus'], /bogus/],
    [['--workers', 'many'], /--workers.*"many"/],
    [['--workers', '2.5'], /--workers/],
    [['--concurrency', '0'], /--concurrency.*"0"/],
    [['--format', 'xml'], /--format.*"xml"/],
    [['--out'], /--out/],
    [['--text-field', ''], /--text-field/],
  ];
  for (const [args, message] of cases) {
    it(`extract ${args.join(' ')}`, async () => {
      const out = join(dir.path, 'never');
      const { code, stderr } = await runCli(['extract', ...args, ...(args.includes('--out') ? [] : ['--out', out])], dir.path);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
      expect(stderr).toContain('--help');
      expect(existsSync(out)).toBe(false);
    });
  }
});

describe('option defaults', () => {
  it('reads corpus/ into output/ with one worker per core and JSON output', () => {
    const parsed = parseExtractArgs([]);
    if (parsed.kind !== 'run') throw new Error(`expected a run, got ${parsed.kind}`);
    expect(parsed.options).toMatchObject({ inputs: ['corpus'], out: 'output', workers: availableParallelism(), format: 'json', textField: 'text', idField: 'id', force: false, quiet: false });
  });

  it('accepts --workers 0 (no threads) and keeps inputs in the order given', () => {
    const parsed = parseExtractArgs(['b', '--workers', '0', 'a', '--format', 'jsonl', '--force']);
    if (parsed.kind !== 'run') throw new Error(`expected a run, got ${parsed.kind}`);
    expect(parsed.options).toMatchObject({ inputs: ['b', 'a'], workers: 0, format: 'jsonl', force: true });
  });
});
