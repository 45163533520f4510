// Quality on the project's own gold: tests/gold (the first articles, source "project") and
// tests/gold-international (British and international wire styles, "project-international"), each
// <stem>.gold.json for corpus/<stem>.txt. The figures of `onrecord eval --gold <folder>` must stay at or above
// the source's floors in quality/thresholds.json, and both together those of "project-all" (the issues'
// targets for "the project gold" are stated over every article).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLD_SUFFIX, loadGoldSource } from '../src/eval/gold.js';
import { ALL_PROJECT, combineProjectSources, evaluateSource } from '../src/eval/run.js';
import { describeShortfall, readThresholds, shortfalls } from '../src/eval/thresholds.js';

const FOLDERS = ['tests/gold', 'tests/gold-international'];
const thresholds = readThresholds('quality/thresholds.json');
const goldStems = (folder: string): string[] => readdirSync(folder).filter((f) => f.endsWith(GOLD_SUFFIX)).map((f) => f.slice(0, -GOLD_SUFFIX.length));

describe.each(FOLDERS)('quality on the project gold in %s', (folder) => {
  const source = loadGoldSource(folder, 'corpus');

  it('reads gold that agrees with its articles (offsets in range, text equal to the slice)', () => {
    expect(source.problems).toEqual([]);
  });

  it.skipIf(source.docs.length === 0)('keeps every figure at or above its floor', () => {
    const result = evaluateSource(source);
    expect(result.failures).toEqual([]);
    expect(Object.keys(thresholds[source.name] ?? {}).length, `quality/thresholds.json has no "${source.name}" floors`).toBeGreaterThan(0);
    expect(shortfalls([result], thresholds).map(describeShortfall)).toEqual([]);
  });
});

it('has a gold file for every corpus article, in one gold folder only', () => {
  const stems = FOLDERS.flatMap(goldStems);
  expect(stems.length - new Set(stems).size, 'articles with gold in two folders').toBe(0);
  const missing = readdirSync('corpus').filter((f) => f.endsWith('.txt') && !stems.includes(f.slice(0, -'.txt'.length)));
  expect(missing, 'corpus articles without a <stem>.gold.json in tests/gold or tests/gold-international').toEqual([]);
});

it('keeps the figures of all project gold together at or above the "project-all" floors', () => {
  const combined = combineProjectSources(FOLDERS.map((f) => evaluateSource(loadGoldSource(f, 'corpus'))));
  expect(combined?.name).toBe(ALL_PROJECT);
  expect(combined!.docs).toBe(FOLDERS.flatMap(goldStems).length);
  expect(Object.keys(thresholds[ALL_PROJECT] ?? {}).length, `quality/thresholds.json has no "${ALL_PROJECT}" floors`).toBeGreaterThan(0);
  expect(shortfalls([combined!], thresholds).map(describeShortfall)).toEqual([]);
});
