// Quality on the project's own gold (tests/gold/<stem>.gold.json for corpus/<stem>.txt): the figures of
// `onrecord eval --gold tests/gold` must stay at or above the "project" floors of quality/thresholds.json.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLD_SUFFIX, loadGoldSource } from '../src/eval/gold.js';
import { evaluateSource } from '../src/eval/run.js';
import { describeShortfall, readThresholds, shortfalls } from '../src/eval/thresholds.js';

const source = loadGoldSource('tests/gold', 'corpus');
const thresholds = readThresholds('quality/thresholds.json');

describe('quality on the project gold', () => {
  it('reads gold that agrees with its articles (offsets in range, text equal to the slice)', () => {
    expect(source.problems).toEqual([]);
  });

  it.skipIf(source.docs.length === 0)('keeps every project figure at or above its floor', () => {
    const result = evaluateSource(source);
    expect(result.failures).toEqual([]);
    expect(Object.keys(thresholds.project ?? {}).length, 'quality/thresholds.json has no "project" floors').toBeGreaterThan(0);
    expect(shortfalls([result], thresholds).map(describeShortfall)).toEqual([]);
  });

  it('has a gold file for every corpus article', () => {
    const gold = new Set(readdirSync('tests/gold').filter((f) => f.endsWith(GOLD_SUFFIX)).map((f) => f.slice(0, -GOLD_SUFFIX.length)));
    const missing = readdirSync('corpus').filter((f) => f.endsWith('.txt') && !gold.has(f.slice(0, -'.txt'.length)));
    expect(missing, 'corpus articles without tests/gold/<stem>.gold.json').toEqual([]);
  });
});
