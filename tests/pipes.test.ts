// onrecord in a Unix pipe: JSON Lines in on standard input ("-"), annotations out on standard output
// (--out -), ids kept exactly as given, input fields carried along, a reader that stops early, and the
// run summaries out of the way of the annotations. Every case drives the compiled CLI in a child process.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/output/annotation.js';
import { article, CLI, PROJECT, finished, GOOD_RUN, jsonLines, LAST_RUN, listFiles, readJson, readSummary, runCli, runCliWithInput, startCli, tempDir, writeTree } from './batch-helpers.js';

let dir: { path: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => dir.cleanup());

const lines = (stdout: string): string[] => stdout.split('\n').filter((l) => l !== '');

describe('extract - --out -', () => {
  it('reads JSON Lines from stdin and writes one annotation per record to stdout, in input order, and nothing else', async () => {
    const ids = ['z', 'b', 'm', 'a', 'q'];
    const input = jsonLines(ids.map((id, i) => ({ id, text: article(i).repeat(1 + (i % 3) * 15) })));
    const { code, stdout, stderr } = await runCliWithInput(['extract', '-', '--out', '-', '--workers', '2'], dir.path, input);
    expect(code).toBe(0);
    expect(stdout.endsWith('\n')).toBe(true);
    const annotations = lines(stdout).map((l) => JSON.parse(l) as { source: { id: string; path: string }; quotes: unknown[] });
    expect(annotations.map((a) => a.source.id)).toEqual(ids);
    expect(annotations.map((a) => a.source.path)).toEqual(ids.map((id) => `-#${id}`));
    expect(annotations.every((a) => a.quotes.length > 0)).toBe(true);
    expect(stderr).toMatch(/5 articles read/); // the run summary goes to stderr
    expect(existsSync(join(dir.path, '-'))).toBe(false); // no folder named "-"
  });

  it('annotates article files too, one line each in input order, and reports a bad one on stderr only', async () => {
    await writeTree(dir.path, { 'arts/b.txt': article(2), 'arts/a.md': article(1), 'arts/bad.txt': new Uint8Array([0xff, 0xfe, 0x00, 0x41]) });
    const { code, stdout, stderr } = await runCli(['extract', 'arts', '--out', '-', '--workers', '1'], dir.path);
    expect(code).toBe(1);
    expect(lines(stdout).map((l) => (JSON.parse(l) as { source: { path: string } }).source.path)).toEqual(['arts/a.md', 'arts/b.txt']);
    expect(stderr).toMatch(/^onrecord: arts\/bad\.txt: /m);
  });

  it('streams: the first annotation comes out before the input has ended', async () => {
    const child = startCli(['extract', '-', '--out', '-', '--workers', '1', '--quiet'], dir.path, 'pipe');
    const done = finished(child);
    child.stdin!.write(jsonLines([{ id: 'first', text: article(1) }]));
    const first = await new Promise<string>((resolve) => child.stdout!.once('data', (d: Buffer) => resolve(d.toString())));
    expect((JSON.parse(first.split('\n')[0]!) as { source: { id: string } }).source.id).toBe('first');
    child.stdin!.end(jsonLines([{ id: 'second', text: article(2) }]));
    const { code, stdout } = await done;
    expect(code).toBe(0);
    expect(lines(stdout).map((l) => (JSON.parse(l) as { source: { id: string } }).source.id)).toEqual(['first', 'second']);
  });

  it('stops cleanly when the reader closes the pipe (| head -1): one line, exit 0, no stack trace', async () => {
    const records = Array.from({ length: 60 }, (_, i) => ({ id: i, text: article(i) }));
    await writeTree(dir.path, { 'many.jsonl': jsonLines(records) });
    const script = `node "$1" extract - --out - --workers 1 < many.jsonl | head -1; echo "exit=\${PIPESTATUS[0]}" >&2`;
    const child = spawn('bash', ['-c', script, 'bash', CLI], { cwd: dir.path, stdio: ['ignore', 'pipe', 'pipe'] });
    const { code, stdout, stderr } = await finished(child);
    expect(code).toBe(0);
    expect(lines(stdout)).toHaveLength(1);
    expect((JSON.parse(stdout) as { source: { id: number } }).source.id).toBe(0);
    expect(stderr).toMatch(/exit=0\s*$/);
    expect(stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  });

  it('with --out DIR, records from stdin go to DIR/stdin/<id>.json', async () => {
    const { code } = await runCliWithInput(['extract', '-', '--out', 'from-stdin', '--workers', '0', '--quiet'], dir.path, jsonLines([{ id: 'r1', text: article(1) }]));
    expect(code).toBe(0);
    expect(await listFiles(join(dir.path, 'from-stdin'))).toEqual([LAST_RUN, GOOD_RUN, 'stdin/r1.json']);
    expect((await readJson(join(dir.path, 'from-stdin/stdin/r1.json'))).source).toMatchObject({ path: '-#r1', id: 'r1' });
  });
});

describe('source.id and --keep-fields', () => {
  // Written by hand: JSON.stringify could not write 12345678901234567890 or 1.50.
  const input = [
    '{"id": "a#b", "text": "Officials met in Rome."}',
    '{"id": 42, "text": "Officials met in Oslo."}',
    '{"id": 0, "text": "Officials met in Lima."}',
    '{"id": -7, "text": "Officials met in Kyiv."}',
    '{"id": 1.50, "text": "Officials met in Riga."}',
    '{"id": 12345678901234567890, "text": "Officials met in Baku."}',
    '{"id": "43", "text": "Officials met in Doha."}',
    '{"id": null, "text": "no id"}',
    '{"id": true, "text": "a boolean id"}',
    '{"id": {"k": 1}, "text": "an object id"}',
    '{"id": [1], "text": "an array id"}',
  ].join('\n');
  let out: string[];
  let stderr: string;
  let code: number | null;
  beforeAll(async () => {
    const result = await runCliWithInput(['extract', '-', '--out', '-', '--workers', '0'], dir.path, input);
    ({ code, stderr } = result);
    out = lines(result.stdout);
  });

  it('keeps a string id as a string and a number as a number, with every digit as written', () => {
    expect(out).toHaveLength(7);
    const head = (line: string): string => line.slice(0, line.indexOf(',"sha256"'));
    expect(out.map(head)).toEqual([
      '{"source":{"path":"-#a#b","id":"a#b"',
      '{"source":{"path":"-#42","id":42',
      '{"source":{"path":"-#0","id":0',
      '{"source":{"path":"-#-7","id":-7',
      '{"source":{"path":"-#1.50","id":1.50',
      '{"source":{"path":"-#12345678901234567890","id":12345678901234567890',
      '{"source":{"path":"-#43","id":"43"',
    ]);
    expect(typeof (JSON.parse(out[1]!) as { source: { id: unknown } }).source.id).toBe('number');
    expect(typeof (JSON.parse(out[6]!) as { source: { id: unknown } }).source.id).toBe('string');
  });

  it('fails a record whose id is null, a boolean, an object or an array, naming its line', () => {
    expect(code).toBe(1);
    expect(stderr).toMatch(/^onrecord: -:8: missing id field "id"/m);
    expect(stderr).toMatch(/^onrecord: -:9: id field "id" is a boolean/m);
    expect(stderr).toMatch(/^onrecord: -:10: id field "id" is an object/m);
    expect(stderr).toMatch(/^onrecord: -:11: id field "id" is an array/m);
  });

  it('copies --keep-fields into source.fields as written, leaves out a field the record lacks, and validates against the schema', async () => {
    const record = '{"url": "https://example.org/a?b=1,2", "id": 12345678901234567890, "date": "2026-01-02", "meta": {"n": 98765432109876543210, "tags": ["x", "y"]}, "text": "Officials met in Rome."}';
    const { code, stdout } = await runCliWithInput(['extract', '-', '--out', '-', '--keep-fields', 'url,meta,absent', '--workers', '0', '--quiet'], dir.path, record + '\n');
    expect(code).toBe(0);
    expect(stdout).toContain('"fields":{"url":"https://example.org/a?b=1,2","meta":{"n":98765432109876543210,"tags":["x","y"]}}');
    const annotation = JSON.parse(stdout) as { source: { fields: Record<string, unknown> } };
    expect(Object.keys(annotation.source.fields)).toEqual(['url', 'meta']);
    const schema = JSON.parse(await readFile(join(PROJECT, 'schema', 'annotation.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    expect(validate(annotation), JSON.stringify(validate.errors)).toBe(true);
  });

  it('writes source.id and source.fields in pretty files too, and resumes them', async () => {
    await writeTree(dir.path, { 'keep/feed.jsonl': '{"id": 9007199254740993, "text": "Officials met in Rome.", "url": "u"}\n' });
    const args = ['extract', 'keep', '--out', 'keep-out', '--keep-fields', 'url', '--workers', '0', '--quiet'];
    expect((await runCli(args, dir.path)).code).toBe(0);
    const written = await readFile(join(dir.path, 'keep-out/feed/9007199254740993.json'), 'utf8');
    expect(written).toContain('{\n  "source": {\n    "path": "keep/feed.jsonl#9007199254740993",\n    "id": 9007199254740993,\n    "fields": {\n      "url": "u"\n    },\n    "sha256": ');
    expect(JSON.parse(written)).toMatchObject({ source: { fields: { url: 'u' }, sha256: sha256Hex('Officials met in Rome.') } });
    expect((await runCli(args, dir.path)).code).toBe(0);
    expect((await readSummary(join(dir.path, 'keep-out'))).articles).toMatchObject({ skipped: 1, written: 0 });
    // other kept fields: the output is redone, not resumed
    expect((await runCli([...args, '--keep-fields', 'url,text'], dir.path)).code).toBe(0);
    expect((await readSummary(join(dir.path, 'keep-out'))).articles).toMatchObject({ skipped: 0, written: 1 });
    expect(JSON.parse(await readFile(join(dir.path, 'keep-out/feed/9007199254740993.json'), 'utf8'))).toMatchObject({ source: { fields: { url: 'u', text: 'Officials met in Rome.' } } });
    // --format jsonl: the second run reuses the line; with other kept fields it is redone
    const lineArgs = [...args, '--format', 'jsonl', '--out', 'keep-lines'];
    for (let run = 0; run < 2; run++) expect((await runCli(lineArgs, dir.path)).code).toBe(0);
    expect((await readSummary(join(dir.path, 'keep-lines'))).articles).toMatchObject({ skipped: 1, written: 0 });
    expect((await runCli([...lineArgs, '--keep-fields', 'text'], dir.path)).code).toBe(0);
    expect((await readSummary(join(dir.path, 'keep-lines'))).articles).toMatchObject({ skipped: 0, written: 1 });
    // and without kept fields, the fields of the earlier output go
    expect((await runCli([...args.filter((a) => a !== '--keep-fields' && a !== 'url')], dir.path)).code).toBe(0);
    expect((await readSummary(join(dir.path, 'keep-out'))).articles).toMatchObject({ skipped: 0, written: 1 });
    expect(JSON.parse(await readFile(join(dir.path, 'keep-out/feed/9007199254740993.json'), 'utf8')).source).not.toHaveProperty('fields');
  });
});

describe('run summaries', () => {
  it('live in OUT/.onrecord/, out of OUT/*.json; a failed or usage-error run never overwrites the last good one', async () => {
    await writeTree(dir.path, { 'sum/a.txt': article(1) });
    expect((await runCli(['extract', 'sum', '--out', 'sum-out', '--workers', '0', '--quiet'], dir.path)).code).toBe(0);
    expect(await listFiles(join(dir.path, 'sum-out'))).toEqual([LAST_RUN, GOOD_RUN, 'a.json']);
    const good = await readFile(join(dir.path, 'sum-out', GOOD_RUN), 'utf8');
    const goodTime = (await stat(join(dir.path, 'sum-out', GOOD_RUN))).mtimeMs;

    // a usage error writes nothing at all
    expect((await runCli(['extract', 'sum', 'nowhere.txt', '--out', 'sum-out'], dir.path)).code).toBe(2);
    expect((await runCli(['extract', '-', '--out', 'sum-out', '--format', 'xml'], dir.path)).code).toBe(2);
    // a run with a failure: its summary is the last run's, the good one stays
    await writeTree(dir.path, { 'sum/bad.txt': new Uint8Array([0, 1, 2, 3]) });
    expect((await runCli(['extract', 'sum', '--out', 'sum-out', '--workers', '0', '--quiet'], dir.path)).code).toBe(1);
    expect(await readFile(join(dir.path, 'sum-out', GOOD_RUN), 'utf8')).toBe(good);
    expect((await stat(join(dir.path, 'sum-out', GOOD_RUN))).mtimeMs).toBe(goodTime);
    expect((await readSummary(join(dir.path, 'sum-out'))).articles).toEqual({ read: 2, written: 0, skipped: 1, failed: 1 });
  });
});

describe('--format jsonl with article files', () => {
  it('is a usage error, given directly or found in a folder, and nothing is written', async () => {
    await writeTree(dir.path, { 'mixed/a.jsonl': jsonLines([{ id: 1, text: article(1) }]), 'mixed/sub/b.txt': article(2) });
    for (const input of ['mixed/sub/b.txt', 'mixed']) {
      const { code, stderr } = await runCli(['extract', input, '--format', 'jsonl', '--out', 'never'], dir.path);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^onrecord extract: --format jsonl .*mixed\/sub\/b\.txt is an article file; for articles as JSON Lines use --out - > FILE\.jsonl/);
      expect(existsSync(join(dir.path, 'never'))).toBe(false);
    }
  });
});
