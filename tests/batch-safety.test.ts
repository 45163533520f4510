// What a hostile folder, a huge file, Ctrl-C, SIGTERM and a full disk do to a batch: nothing lost, nothing
// hung. Every case runs the compiled CLI in a child process, with real FIFOs, symbolic links, signals and
// (where this machine lets a test mount one) a small tmpfs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/index.js';
import { article, finished, listFiles, readJson, readSummary, runCli, startCli, tempDir, writeTree, type CliResult } from './batch-helpers.js';

let dir: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => dir.cleanup());

const at = (...parts: string[]): string => join(dir.path, ...parts);
const md5 = async (path: string): Promise<string> => createHash('md5').update(await readFile(path)).digest('hex');
const records = (n: number, text: (i: number) => string = article): string =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ id: `r${i}`, text: text(i) })).join('\n') + '\n';
const jsonLines = async (path: string): Promise<Array<{ source: { path: string; sha256: string } }>> =>
  (await readFile(path, 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l));

/** A usage error: exit 2, one line on stderr that says it, no stack trace. */
function expectUsageError(result: CliResult, message: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr.trim()).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

/** CPU seconds (user + system) of a process's main thread, from /proc (clock ticks of 1/100 s). */
async function mainThreadCpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/task/${pid}/stat`, 'utf8').catch(() => '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100 || 0;
}

async function waitFor(what: string, test: () => Promise<boolean>, ms = 120_000): Promise<void> {
  for (let waited = 0; waited < ms; waited += 25) {
    if (await test()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('1. an output is never written over an input', () => {
  beforeEach(async () => {
    await writeTree(dir.path, { 'data/dump.jsonl': records(3) });
    await symlink('data', at('data-link'));
    await mkdir(at('links'));
    await symlink('../data/dump.jsonl', at('links/dump.jsonl'));
  });

  it.each([
    ['the JSON Lines output is the input itself', ['data/dump.jsonl', '--out', 'data']],
    ['from inside the input folder, --out .', ['dump.jsonl', '--out', '.'], 'data'],
    ['the output folder is a link to the input folder', ['data/dump.jsonl', '--out', 'data-link']],
    ['the input is a link whose target the output would replace', ['links/dump.jsonl', '--out', 'data']],
  ])('%s: usage error, the input untouched, nothing created', async (_what, args, cwd = '') => {
    const before = await md5(at('data/dump.jsonl'));
    const result = await runCli(['extract', ...(args as string[]), '--format', 'jsonl', '--workers', '1'], at(cwd as string));
    expectUsageError(result, /^onrecord extract: the output .*dump\.jsonl would overwrite the input .*dump\.jsonl; give another --out \(see "onrecord extract --help"\)$/);
    expect(await md5(at('data/dump.jsonl'))).toBe(before);
    expect(await listFiles(at('data'))).toEqual(['dump.jsonl']); // no summary, no temp file
  });
});

describe('7. --out naming an input folder', () => {
  it('is a usage error (directly or through a link), and nothing is written into the input', async () => {
    await writeTree(dir.path, { 'news/a.txt': article(1) });
    await symlink('news', at('news-link'));
    for (const out of ['news', 'news-link', './news/']) {
      const result = await runCli(['extract', 'news', '--out', out], dir.path);
      expectUsageError(result, /is the input folder news; outputs would mix with the inputs: give another --out \(see "onrecord extract --help"\)$/);
    }
    expect(await listFiles(at('news'))).toEqual(['a.txt']);
  });
});

describe('3. only regular files are read', () => {
  it('a FIFO and a link to /dev/zero in a folder are skipped with their reason; the run ends', async () => {
    await writeTree(dir.path, { 'in/good.txt': article(1) });
    execFileSync('mkfifo', [at('in/x.txt')]);
    await symlink('/dev/zero', at('in/zero.txt'));
    await symlink('/dev/zero', at('in/zero.jsonl'));
    const result = await runCli(['extract', 'in', '--out', 'out', '--workers', '1'], dir.path);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^onrecord: in\/x\.txt: skipped: not a regular file \(a FIFO\)/m);
    expect(result.stderr).toMatch(/^onrecord: in\/zero\.txt: skipped: not a regular file \(a character device\)/m);
    const summary = await readSummary(at('out'));
    expect(summary.skippedFiles.map((s: { path: string }) => s.path)).toEqual(['in/x.txt', 'in/zero.jsonl', 'in/zero.txt']);
    expect(summary.articles).toEqual({ read: 1, written: 1, skipped: 0, failed: 0 });
  }, 60_000);

  it('a FIFO named on the command line fails with its reason, the other inputs are annotated', async () => {
    await writeTree(dir.path, { 'good.txt': article(1) });
    execFileSync('mkfifo', [at('pipe.txt')]);
    const result = await runCli(['extract', 'pipe.txt', 'good.txt', '--out', 'out', '--workers', '1'], dir.path);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('onrecord: pipe.txt: not a regular file (a FIFO); onrecord reads regular files only');
    expect(await listFiles(at('out'))).toEqual(['.onrecord/last-run.json', 'good.json']);
  }, 60_000);
});

describe('4. one bad line in a JSON Lines file', () => {
  it('fails that record alone, with its line number; every other line is annotated', async () => {
    const lines = records(2001, (i) => `Mara Quillon spoke in Northbridge on day ${i}.`).trimEnd().split('\n');
    const bad = Buffer.concat([Buffer.from('{"id":"bad","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    const body = Buffer.concat([Buffer.from(lines.slice(0, 1000).join('\n') + '\n'), bad, Buffer.from('\n' + lines.slice(1000).join('\n') + '\n')]);
    await writeFile(at('feed.jsonl'), body);
    const result = await runCli(['extract', 'feed.jsonl', '--out', 'out', '--format', 'jsonl', '--workers', '1', '--quiet'], dir.path);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('onrecord: feed.jsonl:1001: invalid UTF-8 at byte 23');
    const summary = await readSummary(at('out'));
    expect(summary.articles).toEqual({ read: 2002, written: 2001, skipped: 0, failed: 1 });
    const written = await jsonLines(at('out/feed.jsonl'));
    expect(written.map((r) => r.source.path)).toEqual(lines.map((_, i) => `feed.jsonl#r${i}`));
  }, 120_000);
});

describe('5. Ctrl-C with --format jsonl', () => {
  it('leaves the complete output untouched, keeps the partial aside, and the next run resumes from it', async () => {
    const text = (i: number): string => article(i).repeat(6);
    await writeFile(at('feed.jsonl'), records(300, text));
    const args = ['extract', 'feed.jsonl', '--out', 'out', '--format', 'jsonl', '--workers', '1', '--quiet'];
    expect((await runCli(args, dir.path)).code).toBe(0);
    const complete = await md5(at('out/feed.jsonl'));

    const child = startCli([...args, '--force'], dir.path);
    const done = finished(child);
    // the temp file next to the output holds some lines: the run is under way
    await waitFor('the run to write lines', async () => {
      for (const f of await listFiles(at('out'))) if (f.endsWith('.tmp') && (await readFile(at('out', f))).length > 50_000) return true;
      return false;
    });
    child.kill('SIGINT');
    const stopped = await done;
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/^onrecord: feed\.jsonl: not finished: \d+ new records kept in out\/\.feed\.jsonl\.partial; out\/feed\.jsonl is left as it was/m);
    expect(await md5(at('out/feed.jsonl'))).toBe(complete);
    const partial = await jsonLines(at('out/.feed.jsonl.partial'));
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(300);

    // --force had annotated them anew; unchanged text, so the resumed run copies both files' lines
    const resumed = await runCli(args, dir.path);
    expect(resumed.code).toBe(0);
    expect((await readSummary(at('out'))).articles).toEqual({ read: 300, written: 0, skipped: 300, failed: 0 });
    expect(await md5(at('out/feed.jsonl'))).toBe(complete);
    expect(existsSync(at('out/.feed.jsonl.partial'))).toBe(false);
  }, 180_000);
});

describe('resuming --format jsonl', () => {
  it('after one record is removed, annotates nothing again', async () => {
    await writeFile(at('feed.jsonl'), records(20));
    const args = ['extract', 'feed.jsonl', '--out', 'out', '--format', 'jsonl', '--workers', '1', '--quiet'];
    expect((await runCli(args, dir.path)).code).toBe(0);
    const lines = (await readFile(at('feed.jsonl'), 'utf8')).trimEnd().split('\n');
    await writeFile(at('feed.jsonl'), [...lines.slice(0, 2), ...lines.slice(3)].join('\n') + '\n');
    expect((await runCli(args, dir.path)).code).toBe(0);
    expect((await readSummary(at('out'))).articles).toEqual({ read: 19, written: 0, skipped: 19, failed: 0 });
    const out = await jsonLines(at('out/feed.jsonl'));
    expect(out.map((r) => r.source.path)).toEqual([0, 1, ...Array.from({ length: 17 }, (_, i) => i + 3)].map((i) => `feed.jsonl#r${i}`));
  }, 60_000);
});

describe('6. a full disk', () => {
  const mountPoint = (): string => at('small');
  let mounted = false;
  beforeEach(async () => {
    await mkdir(mountPoint());
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint()], { stdio: 'ignore' });
      mounted = true;
    } catch {
      mounted = false;
    }
  });
  afterEach(async () => {
    if (mounted) execFileSync('umount', [mountPoint()]);
  });

  it('--format jsonl: records count as written only once on disk; the summary and exit code say so', async (ctx) => {
    if (!mounted) {
      console.warn('skipped: this machine does not let the test mount a small tmpfs (needs root)');
      ctx.skip();
    }
    await writeFile(at('feed.jsonl'), records(300));
    const result = await runCli(['extract', 'feed.jsonl', '--out', 'small/out', '--format', 'jsonl', '--workers', '1'], dir.path);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^onrecord: feed\.jsonl: cannot write small\/out\/feed\.jsonl: no space left on device \(ENOSPC\); 300 records not written$/m);
    expect(result.stdout).toMatch(/written 0, skipped 0 \(output up to date\), failed 300/);
    expect(await listFiles(at('small/out'))).toEqual(['.onrecord/last-run.json']); // no torn output, no temp file
    expect((await readSummary(at('small/out'))).articles).toEqual({ read: 300, written: 0, skipped: 0, failed: 300 });
  }, 120_000);
});

describe('SIGTERM', () => {
  it('is treated like Ctrl-C: the articles in flight finish, a new summary is written, exit 130', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`in/a${i}.txt`] = article(i).repeat(12);
    await writeTree(dir.path, { ...files, 'out/.onrecord/last-run.json': '{"old": true}\n' });
    const child = startCli(['extract', 'in', '--out', 'out', '--workers', '1', '--quiet'], dir.path);
    const done = finished(child);
    await waitFor('outputs', async () => (await listFiles(at('out'))).length >= 6);
    child.kill('SIGTERM');
    const stopped = await done;
    expect(stopped.code).toBe(130);
    const summary = await readSummary(at('out'));
    expect(summary.interrupted).toBe(true);
    expect(summary.articles.read).toBeLessThan(200);
    expect(summary.articles.written).toBe((await listFiles(at('out'))).filter((f) => !f.startsWith('.onrecord/')).length);
  }, 120_000);
});

describe('--workers 0 and Ctrl-C', () => {
  it('stops a long article at once, fails it as interrupted and exits 130', async () => {
    // about 6M characters: around ten seconds of work in the main thread (1.6 µs a character)
    const long = Array.from({ length: 50_000 }, (_, i) => `Mara Quillon said on day ${i} that the harbour wall in Northbridge would be rebuilt "soon, very soon" by the council.`).join(' ');
    await writeTree(dir.path, { 'long.txt': long });
    const child = startCli(['extract', 'long.txt', '--out', 'out', '--workers', '0', '--quiet', '--max-chars', String(long.length)], dir.path);
    const done = finished(child);
    // the signal comes once the main thread has worked 4 s (CPU time, whatever the machine's load): the
    // models take about one, so the article is then well under way and far from done
    await waitFor('the article to be under way', async () => (await mainThreadCpuSeconds(child.pid!)) >= 4, 60_000);
    const sent = performance.now();
    child.kill('SIGINT');
    const stopped = await done;
    expect(performance.now() - sent).toBeLessThan(3000);
    expect(stopped.code).toBe(130);
    const summary = await readSummary(at('out'));
    expect(summary.interrupted).toBe(true);
    expect(summary.failures).toEqual([{ path: 'long.txt', reason: 'interrupted (Ctrl-C) before it was annotated' }]);
  }, 60_000);
});

describe('--max-chars and huge files', () => {
  it('fails an article or a record over the limit with its length; the others are annotated', async () => {
    await writeTree(dir.path, {
      'in/short.txt': 'Mara Quillon spoke.',
      'in/long.txt': 'x'.repeat(150),
      'in/feed.jsonl': JSON.stringify({ id: 'a', text: 'y'.repeat(101) }) + '\n' + JSON.stringify({ id: 'b', text: 'Short.' }) + '\n',
    });
    const result = await runCli(['extract', 'in', '--out', 'out', '--max-chars', '100', '--workers', '1', '--quiet'], dir.path);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n').sort()).toEqual([
      'onrecord: in/feed.jsonl:1: text of 101 characters is longer than the limit of 100 (see --max-chars)',
      'onrecord: in/long.txt: text of 150 characters is longer than the limit of 100 (see --max-chars)',
    ]);
    expect(await listFiles(at('out'))).toEqual(['.onrecord/last-run.json', 'feed/b.json', 'short.json']);
  });

  it('refuses a file larger than a JavaScript string can be, by its size, without reading it', async () => {
    await writeFile(at('huge.txt'), '');
    await truncate(at('huge.txt'), 600 * 1024 * 1024); // sparse: no disk used
    await writeTree(dir.path, { 'good.txt': article(1) });
    const result = await runCli(['extract', 'huge.txt', 'good.txt', '--out', 'out', '--workers', '1', '--quiet'], dir.path);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('onrecord: huge.txt: file of 629145600 bytes holds more than 5000000 characters, the limit (see --max-chars)');
    expect(await listFiles(at('out'))).toEqual(['.onrecord/last-run.json', 'good.json']);
  });

  it('rejects --max-chars beyond the longest string the runtime can hold', async () => {
    const result = await runCli(['extract', '--max-chars', '9999999999'], dir.path);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^onrecord extract: --max-chars needs a whole number from 1 to \d+, got "9999999999" \(see "onrecord extract --help"\)$/m);
  });
});

describe('odd file names', () => {
  it('annotates a 240-character name (the temp name stays within the limit)', async () => {
    const name = `${'n'.repeat(236)}.txt`;
    await writeTree(dir.path, { [`in/${name}`]: article(1) });
    const result = await runCli(['extract', 'in', '--out', 'out', '--workers', '1', '--quiet'], dir.path);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((await readJson(at('out', `${'n'.repeat(236)}.json`))).source.sha256).toBe(sha256Hex(article(1)));
  });

  it('reports a name that is not UTF-8, and one with a newline, on one line each', async () => {
    await mkdir(at('in'));
    await writeFile(Buffer.from(`${at('in')}/caf\xe9.txt`, 'latin1'), article(1));
    await writeFile(at('in', 'two\nlines.txt'), new Uint8Array([0x00, 0x01]));
    await writeFile(at('in', 'fine\nname.txt'), article(2));
    const result = await runCli(['extract', 'in', '--out', 'out', '--workers', '1', '--quiet'], dir.path);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'onrecord: in/caf\\xe9.txt: the name is not valid UTF-8; rename it to read it',
      'onrecord: in/two\\nlines.txt: binary data (NUL byte at byte 0); onrecord reads UTF-8 text only',
    ]);
    expect((await readJson(at('out', 'fine\nname.json'))).source.path).toBe('in/fine\nname.txt');
  });
});

describe('--workers', () => {
  it('starts only the workers the inputs need', async () => {
    await writeTree(dir.path, { 'one.txt': article(1) });
    const child = startCli(['extract', 'one.txt', '--out', 'out', '--workers', '64', '--quiet'], dir.path);
    const threads: number[] = [];
    const done = finished(child);
    let running = true;
    void done.then(() => (running = false));
    while (running) {
      try {
        threads.push(Number(/^Threads:\s+(\d+)/m.exec(await readFile(`/proc/${child.pid}/status`, 'utf8'))![1]));
      } catch {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await done).code).toBe(0);
    // node's own threads (about 11) and one worker's; 64 workers would be hundreds
    expect(Math.max(...threads)).toBeLessThan(30);
  });
});
