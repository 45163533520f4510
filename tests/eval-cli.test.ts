// `onrecord eval` end to end on invented gold: both gold formats, --json, --thresholds and exit codes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../src/cli/args.js';
import { runEval } from '../src/cli/eval.js';
import { loadGoldSource } from '../src/eval/gold.js';
import { runCli } from './batch-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'onrecord-eval-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const TEXT = 'Ana Ruiz spoke in Lima on Monday.\n\n“We will rebuild the bridge,” Ruiz said.\n';
const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });
const QUOTE = span('“We will rebuild the bridge,”');
const facts = {
  people: [span('Ana Ruiz'), { ...span('Ruiz said'), end: span('Ruiz said').start + 4, text: 'Ruiz' }],
  places: [span('Lima')],
  quotes: [{ ...QUOTE, type: 'direct', kind: 'direct', speaker: 'Ana Ruiz', speakerStart: TEXT.lastIndexOf('Ruiz'), speakerEnd: TEXT.lastIndexOf('Ruiz') + 4, speakerMention: 'Ruiz', cue: 'said' }],
  nonSpeech: [],
};
const jsonl = join(dir, 'invented_dev.jsonl');
writeFileSync(jsonl, JSON.stringify({ id: 'bridge', text: TEXT, ...facts }) + '\n');
const goldDir = join(dir, 'gold');
const corpus = join(dir, 'articles');
mkdirSync(goldDir);
mkdirSync(corpus);
writeFileSync(join(corpus, 'bridge.txt'), '\uFEFF' + TEXT); // a BOM, dropped on reading as onrecord does
writeFileSync(join(goldDir, 'bridge.gold.json'), JSON.stringify({ id: 'bridge', ...facts }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  let code: number;
  try {
    code = await runEval(argv);
  } finally {
    vi.restoreAllMocks();
  }
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let written = 0;
function thresholds(floors: Record<string, Record<string, number>>): string {
  const file = join(dir, `thresholds-${++written}.json`);
  writeFileSync(file, JSON.stringify(floors));
  return file;
}

describe('onrecord eval', () => {
  it('reads both gold formats, names them, and finds the project gold its article', () => {
    const a = loadGoldSource(jsonl);
    const b = loadGoldSource(goldDir, corpus);
    expect([a.name, b.name]).toEqual(['invented_dev', 'project']);
    expect(b.docs[0]!.record.text).toBe(TEXT);
    expect([...a.problems, ...b.problems]).toEqual([]);
  });

  it('reports gold whose text is not the slice of its offsets', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, JSON.stringify({ id: 'b', text: TEXT, people: [{ start: 0, end: 3, text: 'Ana Ruiz' }, { start: 5, end: 999 }] }) + '\n');
    expect(loadGoldSource(bad).problems.join('\n')).toMatch(/people\[0\]: text "Ana Ruiz" but the source has "Ana"[^]*people\[1\]: offsets 5\.\.999 outside/);
  });

  it('prints one JSON object with the scores of each source', async () => {
    const { code, out } = await run('--gold', jsonl, goldDir, '--corpus', corpus, '--json', '--docs', '--misses', '3');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.sources.map((s: { name: string }) => s.name)).toEqual(['invented_dev', 'project']);
    for (const s of report.sources) {
      expect(s.docs).toBe(1);
      expect(s.people.exact.gold).toBe(2);
      expect(s.places.exact.gold).toBe(1);
      expect(s.quotes.quotesLenient.gold).toBe(1);
      expect(s.perDoc[0].id).toBe('bridge');
    }
    expect(report.sources[0].project).toBeNull();
    expect(report.sources[1].project).toMatchObject({ nonSpeech: { gold: 0 } });
  });

  it('exits 1 naming each figure below its floor, 0 when all are at or above', async () => {
    // gold that calls a verb a person: no pipeline reaches 100 % recall on it
    const unreachable = join(dir, 'unreachable_dev.jsonl');
    writeFileSync(unreachable, JSON.stringify({ id: 'verb', text: TEXT, people: [span('spoke')] }) + '\n');
    const high = await run('--gold', unreachable, '--thresholds', thresholds({ unreachable_dev: { peopleR: 100, peopleP: 0 }, other_dev: { peopleF1: 100 } }));
    expect(high.code).toBe(1);
    expect(high.out).toMatch(/unreachable_dev peopleR: 0\.00 is below its floor 100/);
    expect(high.out).not.toMatch(/peopleP|other_dev/);
    const low = await run('--gold', jsonl, '--thresholds', thresholds({ invented_dev: { peopleF1: 0, quotesF1: 0 } }));
    expect(low.code).toBe(0);
    expect(low.out).toMatch(/every figure at or above its floor/);
  });

  it('scores two project gold folders together as "project-all", with its own floors', async () => {
    // the same article's gold in a second folder, one person fewer: the sum must show both
    const second = join(dir, 'gold-second');
    mkdirSync(second, { recursive: true });
    writeFileSync(join(second, 'bridge.gold.json'), JSON.stringify({ id: 'bridge', ...facts, people: facts.people.slice(0, 1) }));
    const { code, out } = await run('--gold', goldDir, second, '--corpus', corpus, '--json', '--misses', '0');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.sources.map((s: { name: string }) => s.name)).toEqual(['project', 'project-second']);
    expect(report.combined.name).toBe('project-all');
    expect(report.combined.docs).toBe(2);
    const gold = (s: { people: { exact: { gold: number } } }) => s.people.exact.gold;
    expect(gold(report.combined)).toBe(gold(report.sources[0]) + gold(report.sources[1]));
    expect(report.combined.people.exact.gold).toBe(3);
    const failing = await run('--gold', goldDir, second, '--corpus', corpus, '--misses', '0', '--thresholds', thresholds({ 'project-all': { peopleP: 100 } }));
    expect(failing.code).toBe(1);
    expect(failing.out).toMatch(/^project-all: 2 docs/m);
    expect(failing.out).toMatch(/project-all peopleP: [\d.]+ is below its floor 100/);
    const alone = await run('--gold', goldDir, '--corpus', corpus, '--json');
    expect(JSON.parse(alone.out).combined).toBeUndefined();
  });

  it('holds a figure written as {"max": …} to a ceiling', async () => {
    const unreachable = join(dir, 'unreachable_dev.jsonl');
    writeFileSync(unreachable, JSON.stringify({ id: 'verb', text: TEXT, people: [span('spoke')] }) + '\n');
    const over = await run('--gold', unreachable, '--thresholds', thresholds({ unreachable_dev: { peopleR: { max: 0 }, peopleF1: { max: 100 } } }));
    expect(over.code).toBe(0);
    const above = await run('--gold', jsonl, '--thresholds', thresholds({ invented_dev: { peopleF1: { max: 0 } } }));
    expect(above.code).toBe(1);
    expect(above.out).toMatch(/invented_dev peopleF1: \d+\.\d\d is above its ceiling 0/);
  });

  it('fails a floor on a figure the source cannot measure', async () => {
    const { code, out } = await run('--gold', jsonl, '--thresholds', thresholds({ invented_dev: { nonSpeechAvoided: 0 } }));
    expect(code).toBe(1);
    expect(out).toMatch(/invented_dev nonSpeechAvoided: not measured/);
  });

  it('rejects unknown figures and bad arguments', async () => {
    const unknown = await run('--gold', jsonl, '--thresholds', thresholds({ invented_dev: { peopleF2: 1 } }));
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^onrecord eval: .*thresholds-\d+\.json: .*unknown figure "invented_dev.peopleF2"/);
    // usage errors are thrown for the command line to print as one line with exit 2 (tests/cli-usage.test.ts)
    await expect(run()).rejects.toThrow(UsageError);
    await expect(run('--gold', jsonl, '--misses', 'many')).rejects.toThrow(/--misses needs a whole number/);
    await expect(run('--gold', jsonl, '--gold', jsonl)).rejects.toThrow(/two gold sources named "invented_dev"/);
  });

  it('bad gold through the real CLI: one line per problem, no stack trace, exit 1 (a missing file: exit 2)', async () => {
    const broken = join(dir, 'broken_dev.jsonl');
    writeFileSync(broken, [JSON.stringify({ id: 'ok', text: TEXT, ...facts }), '{"id": "cut', '[1]', JSON.stringify({ id: 'off', text: TEXT, places: [{ start: 5, end: 999 }] })].join('\n') + '\n');
    const bad = await runCli(['eval', '--gold', broken, '--misses', '0'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/gold problem: broken_dev\.jsonl line 2: invalid JSON/);
    expect(bad.stdout).toMatch(/gold problem: broken_dev\.jsonl line 3: a gold record must be a JSON object/);
    expect(bad.stdout).toMatch(/gold problem: off places\[0\]: offsets 5\.\.999 outside/);
    const missing = await runCli(['eval', '--gold', join(dir, 'missing.jsonl')], dir);
    // a gold file that is not there is a usage error, like every missing input
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^onrecord eval: .*missing\.jsonl.* does not exist/);
    for (const r of [bad, missing]) expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('lists misses in their sentence', async () => {
    const { out } = await run('--gold', jsonl, '--misses', '5');
    // whatever the pipeline finds, a miss of any kind is shown inside its sentence with the span marked
    if (/missed|predicted, not in gold|wrong/.test(out)) expect(out).toMatch(/\[bridge\] .*⟦.+⟧/);
    expect(out).toMatch(/invented_dev: 1 docs/);
  });
});
