// Entity runs: the tagger's output and what every document-level rule reads and returns, with the few
// operations the rules share (overlap, replace, cut).
import type { EntityType } from './tagger/labels.js';

export interface TokenRun {
  type: EntityType;
  /** Tokens [first, end). */
  first: number;
  end: number;
}

/** Tokens [first, end) of a run of any kind. */
type Span = Pick<TokenRun, 'first' | 'end'>;

/** The runs of `runs` that share a token with `run`. */
export const overlappingRuns = (runs: readonly TokenRun[], run: Span): TokenRun[] => runs.filter((r) => r.first < run.end && run.first < r.end);

/** Whether one of `overlapping` reaches beyond `run`: a longer name that holds its words. */
export const heldByLonger = (overlapping: readonly TokenRun[], run: Span): boolean => overlapping.some((r) => r.first < run.first || r.end > run.end);

/** `runs` with the `overlapping` ones replaced by `run`. */
export const replaceRuns = (runs: readonly TokenRun[], overlapping: readonly TokenRun[], run: TokenRun): TokenRun[] => [
  ...runs.filter((r) => !overlapping.includes(r)),
  run,
];

/** A cut of a run: tokens [at, at + width) leave the run, and `insert` may stand in their place. */
export interface Cut {
  at: number;
  width: number;
  insert?: TokenRun;
}

/** Each run cut into the pieces between its cuts (in token order); a run without cuts stays whole. */
export function cutRuns(runs: readonly TokenRun[], cutsOf: (run: TokenRun) => Cut[]): TokenRun[] {
  const result: TokenRun[] = [];
  for (const run of runs) {
    let first = run.first;
    for (const cut of cutsOf(run)) {
      if (cut.at > first) result.push({ ...run, first, end: cut.at });
      if (cut.insert) result.push(cut.insert);
      first = cut.at + cut.width;
    }
    if (first < run.end) result.push({ ...run, first });
  }
  return result;
}
