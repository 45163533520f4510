// Quality floors: quality/thresholds.json maps a gold source's name to figure -> lowest acceptable
// percentage. Floors are raised as the pipeline improves, never lowered.
import { readFileSync } from 'node:fs';
import { FIGURE_NAMES, type Figures } from './summary.js';

type Thresholds = Record<string, Record<string, number>>;

export interface Shortfall {
  source: string;
  figure: string;
  floor: number;
  /** null: the source could not measure the figure (no gold for it, or an unknown figure name). */
  measured: number | null;
}

export function readThresholds(path: string): Thresholds {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const out: Thresholds = {};
  for (const [source, floors] of Object.entries(raw)) {
    if (source.startsWith('$')) continue; // "$comment"
    if (typeof floors !== 'object' || floors === null) throw new Error(`${path}: "${source}" must map figure names to numbers`);
    for (const [figure, floor] of Object.entries(floors)) {
      if (!(FIGURE_NAMES as readonly string[]).includes(figure)) throw new Error(`${path}: unknown figure "${source}.${figure}" (known: ${FIGURE_NAMES.join(', ')})`);
      if (typeof floor !== 'number' || floor < 0 || floor > 100) throw new Error(`${path}: "${source}.${figure}" must be a percentage`);
    }
    out[source] = floors as Record<string, number>;
  }
  return out;
}

/** Every figure below its floor, for the sources that were evaluated; sources not evaluated are not judged. */
export function shortfalls(results: Array<{ name: string; figures: Figures }>, thresholds: Thresholds): Shortfall[] {
  const out: Shortfall[] = [];
  for (const { name, figures } of results) {
    for (const [figure, floor] of Object.entries(thresholds[name] ?? {})) {
      const measured = figures[figure] ?? null;
      // a hair of tolerance so that a floor written as the measured figure holds despite float rounding
      if (measured === null || measured < floor - 1e-9) out.push({ source: name, figure, floor, measured });
    }
  }
  return out;
}

export const describeShortfall = (s: Shortfall): string =>
  s.measured === null
    ? `${s.source} ${s.figure}: not measured (floor ${s.floor})`
    : `${s.source} ${s.figure}: ${s.measured.toFixed(2)} is below its floor ${s.floor}`;
