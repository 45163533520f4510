// `onrecord eval` must report the figures of the reference scorer, ../shared/eval/score.mjs. Where that
// folder exists, a few of its documents are scored both ways: once with the pipeline's own predictions,
// once with predictions made by perturbing the gold (shifted, dropped, duplicated spans; right, wrong and
// missing speakers; scare quotes), which exercises every branch of the metric whatever the pipeline does.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGoldSource } from '../src/eval/gold.js';
import { scoreDocument } from '../src/eval/metrics.js';
import type { GoldRecord, PredQuote, PredRecord } from '../src/eval/records.js';
import { evaluateSource } from '../src/eval/run.js';
import { summarize } from '../src/eval/summary.js';

const SHARED = '../shared/eval';
const present = existsSync(join(SHARED, 'score.mjs'));
const DOCS = 12;
const work = present ? mkdtempSync(join(tmpdir(), 'onrecord-eval-')) : '';
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The first `n` records of a shared gold file, as a JSON Lines file outside the project. */
function goldSample(file: string, n: number): string {
  const lines = readFileSync(join(SHARED, file), 'utf8').split('\n').filter(Boolean).slice(0, n);
  const path = join(work, file);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

function reference(gold: string, preds: PredRecord[], name: string): Record<string, unknown> {
  const predPath = join(work, `${name}.pred.jsonl`);
  writeFileSync(predPath, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
  return JSON.parse(execFileSync(process.execPath, [join(SHARED, 'score.mjs'), '--gold', gold, '--pred', predPath, '--json'], { encoding: 'utf8' }));
}

/** The figures both report, in score.mjs's shape. */
function comparable(s: { people: unknown; places: unknown; quotes: unknown; reported: unknown; allQuotes: unknown }): unknown {
  return { people: s.people, places: s.places, quotes: s.quotes, reported: s.reported, allQuotes: s.allQuotes };
}

/** Deterministic noise: the same perturbations on every run. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function perturbed(g: GoldRecord, rand: () => number): PredRecord {
  const shift = (n: number): number => Math.max(0, Math.min(g.text.length, n + Math.floor(rand() * 7) - 3));
  const spans = (list: GoldRecord['people']) =>
    (list ?? []).flatMap((e) => {
      const r = rand();
      if (r < 0.2) return [];
      if (r < 0.35) return [{ start: shift(e.start), end: shift(e.end) }];
      if (r < 0.45) return [{ start: e.start, end: e.end }, { start: e.start, end: e.end }];
      return [{ start: e.start, end: e.end }];
    });
  const quotes: PredQuote[] = [];
  // reported statements too, mostly as kind indirect: any kind may come back for either, so the quote and the
  // reported rows both see hits and misses
  const reported = new Set(g.indirectAttributions ?? []);
  for (const q of [...(g.quotes ?? []), ...reported]) {
    const r = rand();
    if (r < 0.15) continue;
    const start = r < 0.4 ? shift(q.start) : q.start;
    const end = r < 0.4 ? Math.max(start, shift(q.end)) : q.end;
    const kinds = reported.has(q) ? ['indirect', 'indirect', 'indirect', 'direct', 'scare'] : ['direct', 'direct', 'partial', 'scare', 'indirect'];
    const kind = kinds[Math.floor(rand() * kinds.length)]!;
    const words = (q.speaker ?? '').split(' ');
    const speakers: PredQuote['speaker'][] = [
      null,
      { name: q.speaker ?? undefined, start: q.speakerStart, end: q.speakerEnd },
      { name: `Mr ${words.at(-1)}` },
      { name: `Someone ${words.at(-1)}` },
      { name: words[0] },
      { name: 'Nobody Else', start: q.start, end: q.start + 1 },
      { start: q.speakerStart, end: q.speakerEnd },
    ];
    quotes.push({ start, end, kind, speaker: speakers[Math.floor(rand() * speakers.length)]! });
    if (rand() < 0.1) quotes.push({ start: q.start, end: q.end, kind: 'direct', speaker: null });
  }
  return { id: g.id, people: spans(g.people), places: spans(g.places), quotes };
}

describe.skipIf(!present)('same figures as ../shared/eval/score.mjs', () => {
  for (const file of ['polnear_dev.jsonl', 'conll2003_dev.jsonl']) {
    it(`${file}: the pipeline's predictions`, () => {
      const gold = goldSample(file, DOCS);
      const ours = evaluateSource(loadGoldSource(gold));
      expect(ours.failures).toEqual([]);
      expect(comparable(ours.scores)).toEqual(comparable(reference(gold, ours.predictions, 'pipeline') as never));
    });

    it(`${file}: perturbed gold as predictions`, () => {
      const gold = goldSample(file, DOCS);
      const rand = lcg(7);
      const source = loadGoldSource(gold);
      const preds = source.docs.map((d) => perturbed(d.record, rand));
      const ours = summarize(source.docs.map((d, i) => scoreDocument(d.record, preds[i]).counts));
      const theirs = reference(gold, preds, 'perturbed');
      expect(comparable(ours)).toEqual(comparable(theirs as never));
      // the perturbation must leave something to compare: neither all right nor all wrong
      for (const f of [ours.quotes?.quotesLenient.f1 ?? ours.people?.exact.f1, ours.reported?.found.f1, ours.allQuotes?.f1]) {
        if (f === undefined) continue;
        expect(f).toBeGreaterThan(0.2);
        expect(f).toBeLessThan(1);
      }
    });
  }

  it("the project gold (tests/gold): the pipeline's predictions", () => {
    const source = loadGoldSource('tests/gold', 'corpus');
    const gold = join(work, 'project.jsonl');
    writeFileSync(gold, source.docs.map((d) => JSON.stringify(d.record)).join('\n') + '\n');
    const ours = evaluateSource(source);
    expect(ours.docs).toBeGreaterThan(0);
    expect(comparable(ours.scores)).toEqual(comparable(reference(gold, ours.predictions, 'project') as never));
  });
});
