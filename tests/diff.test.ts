// onrecord diff on real runs of extract: identical runs agree (exit 0); a run whose output then has one
// speaker changed and one quote removed differs (exit 1) and the report names both. Then the pairing rules
// of src/diff/compare.ts on small hand-made annotations.
import { readdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffQuotes } from '../src/diff/compare.js';
import type { ReadQuote } from '../src/output/read-annotations.js';
import { article, PROJECT, runCli, tempDir, writeTree } from './batch-helpers.js';

let dir: { path: string; cleanup: () => Promise<void> };
const CORPUS_ARTICLES = readdirSync(join(PROJECT, 'corpus')).filter((f) => f.endsWith('.txt')).length;
const run = (name: string): string => join(dir.path, name);

beforeAll(async () => {
  dir = await tempDir();
  await writeTree(dir.path, { 'dump.jsonl': [1, 2, 3].map((n) => JSON.stringify({ id: `a${n}`, text: article(n) })).join('\n') + '\n' });
  for (const name of ['old', 'new']) {
    const corpus = await runCli(['extract', 'corpus', '--out', run(name), '--workers', '0', '--quiet'], PROJECT);
    expect(corpus.code, corpus.stderr).toBe(0);
    const jsonl = await runCli(['extract', join(dir.path, 'dump.jsonl'), '--format', 'jsonl', '--out', run(`${name}-jsonl`), '--workers', '0', '--quiet'], PROJECT);
    expect(jsonl.code, jsonl.stderr).toBe(0);
  }
}, 180_000);
afterAll(async () => dir.cleanup());

describe('onrecord diff OLD NEW', () => {
  it('two runs over the same articles agree: exit 0 and a total line', async () => {
    const { code, stdout } = await runCli(['diff', run('old'), run('new')], PROJECT);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`no differences; total: ${CORPUS_ARTICLES} articles compared, 0 differ, 0 only in old, 0 only in new`));
  });

  it('JSON Lines of annotations are matched record by record', async () => {
    const { code, stdout } = await runCli(['diff', join(run('old-jsonl'), 'dump.jsonl'), join(run('new-jsonl'), 'dump.jsonl')], PROJECT);
    expect(code).toBe(0);
    expect(stdout).toContain('total: 3 articles compared, 0 differ');
  });

  it('a changed speaker and a removed quote: exit 1, both named with their words and speakers', async () => {
    const file = join(run('new'), 'leeds-hospital-waiting-lists.json');
    const annotation = JSON.parse(await readFile(file, 'utf8'));
    const changed = annotation.quotes.find((q: { speaker: unknown }) => q.speaker !== null);
    const oldSpeaker = changed.speaker.name;
    changed.speaker = { name: 'Rajiv Patel', mention: { start: 0, end: 5, text: 'Patel' } };
    const [removed] = annotation.quotes.splice(annotation.quotes.length - 1, 1);
    await writeFile(file, JSON.stringify(annotation, null, 2));

    const text = await runCli(['diff', run('old'), run('new')], PROJECT);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('\nleeds-hospital-waiting-lists\n');
    expect(text.stdout).toContain(`~ quote ${changed.id} at ${changed.start}-${changed.end}: speaker ${oldSpeaker} -> Rajiv Patel`);
    expect(text.stdout).toContain(`- quote ${removed.id} at ${removed.start}-${removed.end} removed (${removed.kind}, ${removed.speaker?.name ?? 'no speaker'})`);
    expect(text.stdout).toContain(removed.text.slice(0, 40));
    expect(text.stdout).toMatch(new RegExp(`total: ${CORPUS_ARTICLES} articles compared, 1 differ, .*quotes 0 added, 1 removed, 1 speaker changed, 0 kind changed, 0 span changed`));

    const json = await runCli(['diff', run('old'), run('new'), '--format', 'json'], PROJECT);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.same).toBe(false);
    expect(report.articles.map((a: { key: string }) => a.key)).toEqual(['leeds-hospital-waiting-lists']);
    expect(report.articles[0].quotes.removed.map((q: { id: string }) => q.id)).toEqual([removed.id]);
    expect(report.articles[0].quotes.changed[0]).toMatchObject({ old: { speaker: oldSpeaker }, new: { speaker: 'Rajiv Patel' }, changes: ['speaker'] });
  });

  it('an article only in one set is named, and differs', async () => {
    await rm(join(run('new'), 'warsaw-tram-contract.json'));
    const { code, stdout } = await runCli(['diff', run('old'), run('new')], PROJECT);
    expect(code).toBe(1);
    expect(stdout).toContain(`only in old: warsaw-tram-contract (${join(run('old'), 'warsaw-tram-contract.json')})`);
    expect(stdout).toMatch(/1 only in old, 0 only in new/);
  });

  it('an unreadable input is an error: exit 2, naming the file', async () => {
    await writeFile(join(run('new'), 'broken.json'), '{"source": ');
    const { code, stderr } = await runCli(['diff', run('old'), run('new')], PROJECT);
    expect(code).toBe(2);
    expect(stderr).toContain(`${join(run('new'), 'broken.json')}: invalid JSON`);
    await rm(join(run('new'), 'broken.json'));
  });

  const usage: Array<[string[], RegExp]> = [
    [['diff', 'a'], /give two annotation sets/],
    [['diff', 'a', 'b', '--format', 'xml'], /--format must be "text" or "json", got "xml"/],
    [['diff', 'a', 'b', '--bogus'], /bogus/],
    [['diff', 'missing-a', 'missing-b'], /missing-a: cannot read/],
  ];
  for (const [args, message] of usage) {
    it(`${args.join(' ')}: exit 2 with one line`, async () => {
      const { code, stderr, stdout } = await runCli(args, dir.path);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
      expect(stdout).toBe('');
    });
  }

  it('--help says what is compared, how articles are matched and the exit codes', async () => {
    const { code, stdout } = await runCli(['diff', '--help'], dir.path);
    expect(code).toBe(0);
    for (const topic of ['OLD NEW', '--format text|json', 'speaker', 'span', 'places', 'only in', 'Not compared', 'Exit codes', '0   the annotations agree', '1   they differ', 'Examples']) {
      expect(stdout).toContain(topic);
    }
  });
});

describe('how quotes are paired', () => {
  const q = (id: string, start: number, end: number, speaker: string | null, kind = 'direct'): ReadQuote => ({
    id, start, end, text: 'x'.repeat(end - start), kind,
    speaker: speaker === null ? null : { name: speaker, mention: { start: 0, end: 1, text: 'x' } },
    cue: null, method: 'none', confidence: 0,
  });

  it('by identical span first, so renumbered quotes are not reported', () => {
    const d = diffQuotes([q('q1', 0, 10, 'A'), q('q2', 20, 30, 'B')], [q('q1', 5, 8, 'C'), q('q2', 0, 10, 'A'), q('q3', 20, 30, 'B')]);
    expect(d.changed).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.added.map((x) => x.id)).toEqual(['q1']);
  });

  it('then by greatest overlap: a moved edge is a span change, with speaker and kind changes on the same quote', () => {
    const d = diffQuotes([q('q1', 0, 10, 'A'), q('q2', 40, 50, 'B')], [q('q1', 0, 12, null, 'indirect'), q('q2', 60, 70, 'B')]);
    expect(d.changed.map((c) => [c.old.id, c.changes])).toEqual([['q1', ['speaker', 'kind', 'span']]]);
    expect(d.removed.map((x) => x.id)).toEqual(['q2']);
    expect(d.added.map((x) => x.start)).toEqual([60]);
  });
});
