// `onrecord export` and `onrecord summary` over annotations written by the real CLI: CSV read back by a
// real CSV parser (csv-parse, and Python's csv module where python3 exists), JSON Lines rows, and one
// speaker counted once across the articles that quote them.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../src/output/annotation.js';
import { article, CLI, jsonLines, listFiles, runCli, tempDir, writeTree } from './batch-helpers.js';

let dir: { path: string; cleanup: () => Promise<void> };
let annotations: Annotation[];

// Quotes with commas, quotation marks and a line break inside; a speaker in three articles.
const TRICKY = [
  '"We will build it, whatever it costs," said Mara Quillon, who chairs the board.',
  '"The harbour is old,\nand the wall is older," said Tomas Reyes in Northbridge.',
  'Reyes called it a "once-in-a-century" job.',
].join('\n\n');

beforeAll(async () => {
  dir = await tempDir();
  await writeTree(dir.path, {
    'in/feed.jsonl': jsonLines([
      { id: 'one', text: article(1) },
      { id: 2, text: article(2) },
      { id: 'a,b"c', text: TRICKY },
    ]),
    'in/third.txt': article(3),
  });
  const { code } = await runCli(['extract', 'in', '--out', 'out', '--workers', '0', '--quiet'], dir.path);
  if (code !== 0) throw new Error(`extract failed with ${code}`);
  const files = (await listFiles(join(dir.path, 'out'))).filter((f) => !f.startsWith('.'));
  annotations = await Promise.all(files.map(async (f) => JSON.parse(await readFile(join(dir.path, 'out', f), 'utf8')) as Annotation));
});
afterAll(async () => dir.cleanup());

const allQuotes = (): Annotation['quotes'] => annotations.flatMap((a) => a.quotes);

describe('onrecord export', () => {
  it('quotes as RFC 4180 CSV: a header row, one row per quote, texts with commas, quote marks and line breaks intact', async () => {
    const { code, stdout, stderr } = await runCli(['export', 'quotes', 'out'], dir.path);
    expect(code, stderr).toBe(0);
    expect(stdout.startsWith('article,quote_id,kind,start,end,text,speaker_name,speaker_entity,cue,method,confidence\r\n')).toBe(true);
    const rows = parseCsv(stdout, { columns: true, bom: false }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(allQuotes().length);
    expect(rows.map((r) => r.text).sort()).toEqual(allQuotes().map((q) => q.text).sort());
    expect(rows.some((r) => r.text!.includes('\n') && r.text!.includes(','))).toBe(true);
    const tricky = rows.filter((r) => r.article === 'a,b"c');
    expect(tricky.length).toBeGreaterThanOrEqual(2);
    expect(rows.filter((r) => r.article === 'in/third.txt').length).toBeGreaterThan(0); // no id: the path
    for (const r of rows) expect(r.confidence).toMatch(/^(0|1|0\.\d{1,2})$/); // two decimals at most
  });

  it.skipIf(spawnSync('python3', ['--version']).status !== 0)("reads back through Python's csv module", async () => {
    const { stdout } = await runCli(['export', 'quotes', 'out'], dir.path);
    const file = join(dir.path, 'quotes.csv');
    await writeFile(file, stdout);
    const script = "import csv, json, sys\nwith open(sys.argv[1], newline='', encoding='utf-8') as f:\n    print(json.dumps([[r['article'], r['text']] for r in csv.DictReader(f)]))";
    const python = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
    expect(python.status, python.stderr).toBe(0);
    const rows = JSON.parse(python.stdout) as Array<[string, string]>;
    expect(rows.map(([, text]) => text).sort()).toEqual(allQuotes().map((q) => q.text).sort());
    expect(rows.some(([a]) => a === 'a,b"c')).toBe(true);
  });

  // pandas, where some python3 on this machine has it (the README's snippet reads the export this way)
  const pandasPython = ['python3', '/usr/bin/python3'].find((py) => spawnSync(py, ['-c', 'import pandas']).status === 0);
  it.skipIf(!pandasPython)('reads back through pandas, ids as text', async () => {
    const { stdout } = await runCli(['export', 'quotes', 'out'], dir.path);
    const file = join(dir.path, 'quotes-pandas.csv');
    await writeFile(file, stdout);
    const script = "import sys, pandas as pd\nq = pd.read_csv(sys.argv[1], dtype={'article': str})\nprint(q[['article', 'text']].to_json(orient='values'))";
    const python = spawnSync(pandasPython!, ['-c', script, file], { encoding: 'utf8' });
    expect(python.status, python.stderr).toBe(0);
    const rows = JSON.parse(python.stdout) as Array<[string, string]>;
    expect(rows.map(([, text]) => text).sort()).toEqual(allQuotes().map((q) => q.text).sort());
    expect(rows.map(([a]) => a)).toContain('2'); // a numeric id read as text
  });

  it('people and places as JSON Lines: one row per entity per article, with its mention count', async () => {
    for (const table of ['people', 'places'] as const) {
      const { code, stdout } = await runCli(['export', table, 'out', '--format', 'jsonl'], dir.path);
      expect(code).toBe(0);
      const rows = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { article: string; name: string; mentions: number });
      const entities = annotations.flatMap((a) => a[table]);
      expect(rows).toHaveLength(entities.length);
      expect(rows.map((r) => r.mentions).reduce((x, y) => x + y, 0)).toBe(entities.reduce((n, e) => n + e.mentions.length, 0));
      expect(Object.keys(rows[0]!)).toEqual(table === 'people' ? ['article', 'entity_id', 'name', 'mentions', 'gender', 'titles'] : ['article', 'entity_id', 'name', 'mentions', 'country', 'kind', 'region', 'geonames_id', 'lat', 'lon']);
    }
  });

  it('reads JSON Lines of annotations from stdin the same as the files', async () => {
    const fromFiles = await runCli(['export', 'people', 'out'], dir.path);
    await writeFile(join(dir.path, 'all.jsonl'), annotations.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const piped = spawnSync(process.execPath, [CLI, 'export', 'people', '-'], { cwd: dir.path, input: await readFile(join(dir.path, 'all.jsonl')), encoding: 'utf8' });
    expect(piped.status).toBe(0);
    expect(parseCsv(piped.stdout, { columns: true })).toEqual(parseCsv(fromFiles.stdout, { columns: true }));
  });

  it('reports what is not an annotation, exits 1, and still writes the rest', async () => {
    await writeTree(dir.path, { 'mixed/a.json': JSON.stringify(annotations[0]), 'mixed/b.json': '{"not": "an annotation"}', 'mixed/c.json': '{broken' });
    const { code, stdout, stderr } = await runCli(['export', 'quotes', 'mixed'], dir.path);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^onrecord: mixed\/b\.json: not an annotation/m);
    expect(stderr).toMatch(/^onrecord: mixed\/c\.json: invalid JSON/m);
    expect(parseCsv(stdout, { columns: true })).toHaveLength(annotations[0]!.quotes.length);
  });
});

describe('onrecord summary', () => {
  it('counts a speaker once across articles, with quotes by kind and the number of articles', async () => {
    const { code, stdout } = await runCli(['summary', 'out', '--format', 'json'], dir.path);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as { speakers: Array<{ name: string; quotes: number; direct: number; partial: number; articles: number }>; totals: Record<string, number>; people: Array<{ name: string; articles: number }> };
    const mara = summary.speakers.filter((s) => s.name === 'Mara Quillon');
    expect(mara).toHaveLength(1);
    const byMara = annotations.map((a) => a.quotes.filter((q) => q.speaker?.name === 'Mara Quillon'));
    expect(mara[0]!.articles).toBe(byMara.filter((q) => q.length > 0).length);
    expect(mara[0]!.articles).toBe(4); // three article(n) texts and the tricky one
    expect(mara[0]!.quotes).toBe(byMara.flat().length);
    expect(mara[0]!.direct + mara[0]!.partial + mara[0]!.indirect).toBe(byMara.flat().filter((q) => q.kind !== 'scare').length);
    expect(summary.speakers[0]!.name).toBe('Mara Quillon'); // quoted most
    expect(summary.totals.articles).toBe(annotations.length);
    expect(summary.totals.quotes).toBe(allQuotes().length);
    const unattributed = allQuotes().filter((q) => !q.speaker && q.kind !== 'scare').length;
    expect(summary.totals.unattributed).toBe(unattributed);
    expect(summary.people.find((p) => p.name === 'Mara Quillon')!.articles).toBe(4);
  });

  it('prints a table for the terminal and one CSV table, parsed by a CSV parser', async () => {
    const text = await runCli(['summary', 'out'], dir.path);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^4 articles, \d+ quotes \(direct \d+, partial \d+, indirect \d+, scare \d+\)/);
    expect(text.stdout).toMatch(/^Speakers +quotes +direct +partial +indirect +scare +articles$/m);
    expect(text.stdout).toMatch(/^Mara Quillon +\d+ +\d+ +\d+ +\d+ +\d+ +4$/m);
    const csv = await runCli(['summary', 'out', '--format', 'csv'], dir.path);
    const rows = parseCsv(csv.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.find((r) => r.table === 'speakers' && r.name === 'Mara Quillon')!.articles).toBe('4');
    expect(rows.find((r) => r.table === 'totals' && r.name === 'articles')!.value).toBe('4');
  });
});
