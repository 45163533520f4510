// The batch engine through the real CLI: where outputs go, what source.path says, the run summary,
// determinism across worker counts, resuming, temp-file clean-up, output collisions.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex, VERSION } from '../src/index.js';
import { article, GOOD_RUN, jsonLines, LAST_RUN, listFiles, readJson, readSummary, runCli, tempDir, writeTree } from './batch-helpers.js';

let dir: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => dir.cleanup());

const jsonl = jsonLines;

describe('output layout and source.path', () => {
  it('mirrors folders, maps JSON Lines records to <stem>/<id>.json, and records the input path as given', async () => {
    await writeTree(dir.path, {
      'corpus/a.txt': article(1),
      'corpus/x/b.md': article(2),
      'corpus/x/y/c.txt': article(3),
      'corpus/notes.pdf': 'not an article',
      'corpus/.hidden.txt': article(4),
      'corpus/d.jsonl': jsonl([{ id: 'r1', text: article(5) }, { id: 'we/ird id', text: article(6) }, { id: 7, text: article(7) }]),
      'extra.md': article(8),
    });
    const { code, stdout } = await runCli(['extract', 'corpus', 'extra.md', '--out', 'out', '--workers', '1', '--quiet'], dir.path);
    expect(code).toBe(0);
    expect(stdout).toBe(''); // --quiet
    const files = await listFiles(join(dir.path, 'out'));
    const weird = files.find((f) => f.startsWith('d/we_ird_id-'));
    expect(weird).toMatch(/^d\/we_ird_id-[0-9a-f]{12}\.json$/);
    expect(files).toEqual(['a.json', 'd/7.json', 'd/r1.json', weird, 'extra.json', LAST_RUN, GOOD_RUN, 'x/b.json', 'x/y/c.json'].sort());

    // a record's source also carries its id, exactly as given (7 stays a number)
    const expected: Array<[string, string, string, string | number | undefined]> = [
      ['a.json', 'corpus/a.txt', article(1), undefined],
      ['x/b.json', 'corpus/x/b.md', article(2), undefined],
      ['x/y/c.json', 'corpus/x/y/c.txt', article(3), undefined],
      ['d/r1.json', 'corpus/d.jsonl#r1', article(5), 'r1'],
      [weird!, 'corpus/d.jsonl#we/ird id', article(6), 'we/ird id'],
      ['d/7.json', 'corpus/d.jsonl#7', article(7), 7],
      ['extra.json', 'extra.md', article(8), undefined],
    ];
    for (const [output, path, text, id] of expected) {
      const annotation = await readJson(join(dir.path, 'out', output));
      expect(annotation.source).toEqual({ path, ...(id === undefined ? {} : { id }), sha256: sha256Hex(text), length: text.length });
      expect(annotation.version).toBe(VERSION);
    }
  });

  it('writes --format jsonl as one line per record, in input order', async () => {
    const ids = ['z', 'b', 'm', 'a', 'q', 'c', 'y', 'd'];
    await writeTree(dir.path, { 'in/feed.jsonl': jsonl(ids.map((id, i) => ({ id, text: article(i).repeat(1 + (i % 3) * 20) }))) });
    const { code } = await runCli(['extract', 'in', '--out', 'out', '--format', 'jsonl', '--workers', '2', '--quiet'], dir.path);
    expect(code).toBe(0);
    expect(await listFiles(join(dir.path, 'out'))).toEqual([LAST_RUN, GOOD_RUN, 'feed.jsonl']);
    const lines = (await readFile(join(dir.path, 'out/feed.jsonl'), 'utf8')).trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { source: { path: string } }).source.path)).toEqual(ids.map((id) => `in/feed.jsonl#${id}`));
  });

  it('reads the text and id from the fields named by --text-field and --id-field', async () => {
    await writeTree(dir.path, { 'in/feed.jsonl': jsonl([{ uuid: 'u-1', body: article(1), text: 'decoy' }]) });
    const { code } = await runCli(['extract', 'in', '--out', 'out', '--text-field', 'body', '--id-field', 'uuid', '--quiet'], dir.path);
    expect(code).toBe(0);
    const annotation = await readJson(join(dir.path, 'out/feed/u-1.json'));
    expect(annotation.source.path).toBe('in/feed.jsonl#u-1');
    expect(annotation.source.sha256).toBe(sha256Hex(article(1)));
  });

  it('never reads its own output folder as input, even inside the folder given', async () => {
    await writeTree(dir.path, { 'feed.jsonl': jsonl([{ id: 'one', text: article(1) }]) });
    for (let run = 0; run < 2; run++) {
      const { code } = await runCli(['extract', '.', '--out', 'out', '--format', 'jsonl', '--quiet'], dir.path);
      expect(code).toBe(0);
      expect((await readSummary(join(dir.path, 'out'))).files.jsonl).toBe(1);
    }
  });
});

describe('run summary', () => {
  it('counts what was read, written, skipped and failed, with reasons, in a fixed key order', async () => {
    await writeTree(dir.path, {
      'corpus/good1.txt': article(1),
      'corpus/good2.md': article(2),
      'corpus/bad.txt': new Uint8Array([0x66, 0x6f, 0xff, 0x6f]),
      'corpus/image.png': 'x',
      'corpus/page.html': 'x',
      'corpus/page2.html': 'x',
    });
    const { code, stdout } = await runCli(['extract', 'corpus', '--out', 'out'], dir.path);
    expect(code).toBe(1);
    const summary = await readSummary(join(dir.path, 'out'));
    expect(Object.keys(summary)).toEqual(['version', 'inputs', 'out', 'format', 'interrupted', 'articles', 'files', 'failures', 'skippedFiles', 'tempFilesRemoved', 'seconds']);
    expect(summary.articles).toEqual({ read: 3, written: 2, skipped: 0, failed: 1 });
    expect(summary.files).toEqual({ articles: 3, jsonl: 0, skipped: 3, skippedByExtension: { '.html': 2, '.png': 1 } });
    expect(summary.failures).toEqual([{ path: 'corpus/bad.txt', reason: 'invalid UTF-8 at byte 2' }]);
    expect(stdout).toContain('written 2, skipped 0');
    expect(stdout).toContain('corpus/bad.txt: invalid UTF-8');
  });
});

describe('determinism', () => {
  it('writes byte-identical outputs with 0 (in-process), 1 and 3 workers', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 24; i++) files[`corpus/s${i % 3}/a${i}.txt`] = article(i).repeat(1 + (i % 5));
    files['corpus/feed.jsonl'] = jsonl(Array.from({ length: 12 }, (_, i) => ({ id: `r${i}`, text: article(100 + i) })));
    await writeTree(dir.path, files);
    const snapshots: Array<Map<string, string>> = [];
    for (const workers of ['0', '1', '3']) {
      const snapshot = new Map<string, string>();
      // json: every article and record; jsonl: the JSON Lines input (articles have no .jsonl of their own)
      for (const [format, input] of [['json', 'corpus'], ['jsonl', 'corpus/feed.jsonl']] as const) {
        const out = `out-${workers}-${format}`;
        const { code } = await runCli(['extract', input, '--out', out, '--workers', workers, '--format', format, '--concurrency', '2', '--quiet'], dir.path);
        expect(code).toBe(0);
        for (const file of await listFiles(join(dir.path, out))) {
          if (!file.startsWith('.onrecord/')) snapshot.set(`${format}:${file}`, await readFile(join(dir.path, out, file), 'utf8'));
        }
      }
      const piped = await runCli(['extract', 'corpus', '--out', '-', '--workers', workers, '--concurrency', '2', '--quiet'], dir.path);
      expect(piped.code).toBe(0);
      snapshot.set('stdout', piped.stdout);
      snapshots.push(snapshot);
    }
    expect(snapshots[0]!.size).toBe(24 + 12 + 1 + 1);
    expect(snapshots[0]!.get('stdout')!.split('\n').length).toBe(24 + 12 + 1);
    expect(snapshots[1]).toEqual(snapshots[0]);
    expect(snapshots[2]).toEqual(snapshots[0]);
  }, 180_000); // nine runs of the CLI on a slow shared machine
});

describe('resuming', () => {
  it('skips up-to-date outputs, redoes changed inputs and other versions, and redoes all with --force', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`corpus/a${i}.txt`] = article(i);
    await writeTree(dir.path, files);
    const out = join(dir.path, 'out');
    const run = (...extra: string[]) => runCli(['extract', 'corpus', '--out', 'out', '--workers', '1', '--quiet', ...extra], dir.path);

    expect((await run()).code).toBe(0);
    const before = (await stat(join(out, 'a0.json'))).mtimeMs;
    expect((await run()).code).toBe(0);
    expect((await readSummary(out)).articles).toEqual({ read: 6, written: 0, skipped: 6, failed: 0 });
    expect((await stat(join(out, 'a0.json'))).mtimeMs).toBe(before);

    await writeFile(join(dir.path, 'corpus/a1.txt'), article(1) + '\n\nA new paragraph was added.');
    const old = (await readFile(join(out, 'a2.json'), 'utf8')).replace(`"version": "${VERSION}"`, '"version": "0.0.0-old"');
    await writeFile(join(out, 'a2.json'), old);
    expect((await run()).code).toBe(0);
    expect((await readSummary(out)).articles).toEqual({ read: 6, written: 2, skipped: 4, failed: 0 });
    expect((await readJson(join(out, 'a1.json'))).source.sha256).toBe(sha256Hex(article(1) + '\n\nA new paragraph was added.'));
    expect((await readJson(join(out, 'a2.json'))).version).toBe(VERSION);

    expect((await run('--force')).code).toBe(0);
    expect((await readSummary(out)).articles).toEqual({ read: 6, written: 6, skipped: 0, failed: 0 });
  });

  it('with --format jsonl, reuses the lines of unchanged records and annotates changed ones', async () => {
    const records = Array.from({ length: 5 }, (_, i) => ({ id: `r${i}`, text: article(i) }));
    await writeTree(dir.path, { 'feed.jsonl': jsonl(records) });
    const out = join(dir.path, 'out');
    const run = () => runCli(['extract', 'feed.jsonl', '--out', 'out', '--format', 'jsonl', '--quiet'], dir.path);
    expect((await run()).code).toBe(0);
    const first = await readFile(join(out, 'feed.jsonl'), 'utf8');
    expect((await run()).code).toBe(0);
    expect((await readSummary(out)).articles).toEqual({ read: 5, written: 0, skipped: 5, failed: 0 });
    expect(await readFile(join(out, 'feed.jsonl'), 'utf8')).toBe(first);

    records[3]!.text = article(33);
    await writeTree(dir.path, { 'feed.jsonl': jsonl(records) });
    expect((await run()).code).toBe(0);
    expect((await readSummary(out)).articles).toEqual({ read: 5, written: 1, skipped: 4, failed: 0 });
    const lines = (await readFile(join(out, 'feed.jsonl'), 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l) as { source: { sha256: string } });
    expect(lines.map((l) => l.source.sha256)).toEqual(records.map((r) => sha256Hex(r.text)));
  });

  it('removes temp files left by dead runs and leaves those of live processes alone', async () => {
    await writeTree(dir.path, { 'corpus/a.txt': article(1) });
    const deadPid = 4194305; // above Linux's largest possible pid (2^22)
    const stale = `out/sub/.a.json.${deadPid}.0123456789ab.tmp`;
    const live = `out/.b.json.${process.pid}.0123456789ab.tmp`;
    await writeTree(dir.path, { [stale]: '{"half":', [live]: '{"half":' });
    const { code } = await runCli(['extract', 'corpus', '--out', 'out', '--quiet'], dir.path);
    expect(code).toBe(0);
    const files = await listFiles(join(dir.path, 'out'));
    expect(files).not.toContain(stale.slice(4));
    expect(files).toContain(live.slice(4));
    expect((await readSummary(join(dir.path, 'out'))).tempFilesRemoved).toBe(1);
  });
});

describe('output collisions', () => {
  it('fails the second input that maps to an existing output and never overwrites the first', async () => {
    // run-summary.txt is an article like any other: the run summaries live in out/.onrecord/
    await writeTree(dir.path, { 'corpus/a.md': article(1), 'corpus/a.txt': article(2), 'corpus/run-summary.txt': article(3) });
    const { code, stderr } = await runCli(['extract', 'corpus', '--out', 'out'], dir.path);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^onrecord: corpus\/a\.txt: corpus\/a\.md already writes out\/a\.json/m);
    expect((await readJson(join(dir.path, 'out/a.json'))).source.path).toBe('corpus/a.md');
    expect((await readJson(join(dir.path, 'out/run-summary.json'))).source.path).toBe('corpus/run-summary.txt');
    expect((await readSummary(join(dir.path, 'out'))).articles).toEqual({ read: 3, written: 2, skipped: 0, failed: 1 });
  });
});
