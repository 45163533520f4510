// Quality floors: quality/thresholds.json maps a gold source's name to figure -> lowest acceptable
// percentage, or {"max": highest acceptable percentage} for a figure where less is better
// (placeCountryWrong). Floors are raised as the pipeline improves, never lowered; ceilings only lowered.
import { readFileSync } from 'node:fs';
import { FIGURE_NAMES, type Figures } from './summary.js';

/** A floor, or a ceiling for a figure where less is better. */
type Bound = number | { max: number };
type Thresholds = Record<string, Record<string, Bound>>;

export interface Shortfall {
  source: string;
  figure: string;
  /** The floor the figure fell below; absent for a ceiling. */
  floor?: number;
  /** The ceiling the figure rose above. */
  max?: number;
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
      const value = typeof floor === 'object' && floor !== null && Object.keys(floor).join() === 'max' ? (floor as { max: unknown }).max : floor;
      if (typeof value !== 'number' || value < 0 || value > 100) throw new Error(`${path}: "${source}.${figure}" must be a percentage or {"max": percentage}`);
    }
    out[source] = floors as Record<string, Bound>;
  }
  return out;
}

/** Every figure below its floor, for the sources that were evaluated; sources not evaluated are not judged. */
export function shortfalls(results: Array<{ name: string; figures: Figures }>, thresholds: Thresholds): Shortfall[] {
  const out: Shortfall[] = [];
  for (const { name, figures } of results) {
    for (const [figure, bound] of Object.entries(thresholds[name] ?? {})) {
      const measured = figures[figure] ?? null;
      // a hair of tolerance so that a bound written as the measured figure holds despite float rounding
      if (typeof bound === 'object') {
        if (measured === null || measured > bound.max + 1e-9) out.push({ source: name, figure, max: bound.max, measured });
      } else if (measured === null || measured < bound - 1e-9) out.push({ source: name, figure, floor: bound, measured });
    }
  }
  return out;
}

export const describeShortfall = (s: Shortfall): string =>
  s.measured === null
    ? `${s.source} ${s.figure}: not measured (${s.max !== undefined ? `ceiling ${s.max}` : `floor ${s.floor}`})`
    : s.max !== undefined
      ? `${s.source} ${s.figure}: ${s.measured.toFixed(2)} is above its ceiling ${s.max}`
      : `${s.source} ${s.figure}: ${s.measured.toFixed(2)} is below its floor ${s.floor}`;
