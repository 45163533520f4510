// Every command parses its options the same way (--opt value and --opt=value), and every usage error
// exits 2 with exactly one line on stderr that names the problem, no stack trace, and nothing written.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, jsonLines, runCli, tempDir, writeTree } from './batch-helpers.js';

let dir: { path: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  dir = await tempDir();
  // a folder without corpus/ or output/, so that the defaults are missing
  await writeTree(dir.path, {
    'in/a.txt': article(1),
    'gold.jsonl': jsonLines([{ id: 'g1', text: 'Officials met in Rome.', places: [{ start: 17, end: 21, text: 'Rome' }] }]),
    'ann/a.json': '{}',
  });
});
afterAll(async () => dir.cleanup());

const USAGE_ERRORS: Array<[string[], RegExp]> = [
  [[], /^onrecord: give a command/],
  [['bogus'], /^onrecord: unknown command "bogus"/],
  [['extract'], /^onrecord extract: no input given and no corpus\/ folder here/],
  [['extract', 'missing.txt'], /^onrecord extract: input "missing.txt" does not exist/],
  [['extract', 'in', 'missing-folder'], /input "missing-folder" does not exist/],
  [['extract', '-', '-'], /standard input \("-"\) can be read only once/],
  [['extract', 'in', '--bogus'], /Unknown option '--bogus'/],
  [['extract', 'in', '--workers=many'], /--workers needs a whole number .*"many"/],
  [['extract', 'in', '--out', '-', '--format', 'json'], /--out - writes JSON Lines/],
  [['extract', 'in', '--keep-fields', 'a,,b'], /--keep-fields needs comma-separated names/],
  [['extract', 'in', '--out'], /--out/],
  [['eval'], /^onrecord eval: give at least one --gold/],
  [['eval', '--gold', 'missing.jsonl'], /gold "missing.jsonl" does not exist/],
  [['eval', '--gold=gold.jsonl', '--thresholds=missing.json'], /--thresholds "missing.json" does not exist/],
  [['eval', '--gold', 'gold.jsonl', '--corpus', 'missing'], /--corpus "missing" does not exist/],
  [['eval', '--gold', 'gold.jsonl', '--misses=many'], /--misses needs a whole number/],
  [['eval', '--gold', 'gold.jsonl', '--bogus'], /Unknown option '--bogus'/],
  [['export'], /^onrecord export: name a table: quotes, people, places/],
  [['export', 'speakers', 'ann'], /table must be "quotes" or "people" or "places", got "speakers"/],
  [['export', 'quotes'], /no input given and no output\/ folder here/],
  [['export', 'quotes', 'missing.json'], /input "missing.json" does not exist/],
  [['export', 'quotes', 'ann', '--format', 'xlsx'], /--format must be "csv" or "jsonl", got "xlsx"/],
  [['summary'], /^onrecord summary: no input given and no output\/ folder here/],
  [['summary', 'ann', '--format=html'], /--format must be "text" or "json" or "csv", got "html"/],
  [['summary', 'ann', '--top', '-1'], /--top/],
  [['summary', 'missing'], /input "missing" does not exist/],
  [['queue'], /^onrecord queue: give "add" or "status"/],
  [['queue', 'add', 'in'], /--redis URL is required/],
  [['queue', 'add', 'in', '--redis', 'http://127.0.0.1:1'], /--redis needs a redis:\/\/ or rediss:\/\/ URL/],
  [['queue', 'add', '--redis', 'redis://127.0.0.1:1'], /queue add needs inputs/],
  [['queue', 'add', 'missing', '--redis', 'redis://127.0.0.1:1'], /input "missing" does not exist/],
  [['queue', 'status', '--redis', 'redis://127.0.0.1:1', '--format', 'xml'], /--format must be "text" or "json", got "xml"/],
  [['queue', 'status', 'in', '--redis', 'redis://127.0.0.1:1'], /queue status takes no input/],
  [['worker', '--redis', 'redis://127.0.0.1:1'], /^onrecord worker: --out DIR is required/],
  [['worker', '--redis', 'redis://127.0.0.1:1', '--out', 'o', '--workers', '0'], /--workers needs a whole number from 1/],
];

describe('usage errors: exit 2, one line naming the problem, no stack trace, nothing written', () => {
  for (const [args, message] of USAGE_ERRORS) {
    it(`onrecord ${args.join(' ')}`, async () => {
      const { code, stdout, stderr } = await runCli(args, dir.path);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.endsWith('\n')).toBe(true);
      expect(stderr.trimEnd().split('\n'), stderr).toHaveLength(1);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at |Error:/);
      expect(existsSync(join(dir.path, 'output'))).toBe(false);
    });
  }
});

describe('--opt=value and --opt value alike', () => {
  it('eval takes --misses=0 and --gold=FILE', async () => {
    const spaced = await runCli(['eval', '--gold', 'gold.jsonl', '--misses', '0', '--json'], dir.path);
    const joined = await runCli(['eval', '--gold=gold.jsonl', '--misses=0', '--json'], dir.path);
    expect(joined.code).toBe(0);
    const figures = (out: string): unknown => (JSON.parse(out) as { sources: Array<{ figures: unknown }> }).sources[0]!.figures;
    expect(figures(joined.stdout)).toEqual(figures(spaced.stdout));
  });

  it('extract takes --out=DIR and --workers=0', async () => {
    const { code } = await runCli(['extract', 'in', '--out=eq-out', '--workers=0', '--quiet'], dir.path);
    expect(code).toBe(0);
    expect(existsSync(join(dir.path, 'eq-out/a.json'))).toBe(true);
  });
});

describe('--help of every command', () => {
  const topics: Record<string, string[]> = {
    extract: ['-', '--out DIR|-', '--keep-fields', 'source.id', '.onrecord/run-summary.json', '.onrecord/last-run.json', 'head -1', 'Exit codes'],
    export: ['quotes', 'people', 'places', 'speaker_name', 'RFC 4180', '--format csv|jsonl', 'Exit codes'],
    summary: ['speakers', 'unattributedShare', '--format text|json|csv', '--top', 'Exit codes'],
    eval: ['--gold', '--misses', '--misses=0', 'Exit codes'],
    queue: ['queue add', 'queue status', '--redis URL', '--retry-failed', 'waiting, active, completed, failed and failures', 'Exit codes'],
    worker: ['--redis URL', '--out DIR', '--stalled-seconds', 'SIGTERM', 'Exit codes'],
  };
  for (const [command, words] of Object.entries(topics)) {
    it(command, async () => {
      const { code, stdout } = await runCli([command, '--help'], dir.path);
      expect(code).toBe(0);
      for (const word of words) expect(stdout).toContain(word);
    });
  }
});
