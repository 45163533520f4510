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

/** Whether one of `overlapping` reaches beyond `run`: a longer name that holds its words. */
export const heldByLonger = (overlapping: readonly TokenRun[], run: Span): boolean => overlapping.some((r) => r.first < run.first || r.end > run.end);

/**
 * Runs that a rule edits one name at a time. Finding the runs that overlap a span reads only that span's
 * tokens (an index by token) instead of every run of the document, so a rule that replaces a run per
 * name stays linear in the document's length. Order: the runs kept, in their order, then each added run
 * in turn (as filtering the array and appending would give).
 */
export class RunList {
  private readonly all: TokenRun[] = [];
  private readonly position = new Map<TokenRun, number>();
  private readonly removed = new Set<TokenRun>();
  private readonly atToken = new Map<number, TokenRun[]>();

  constructor(runs: readonly TokenRun[]) {
    for (const run of runs) this.add(run);
  }

  /** The runs that share a token with `span` (overlappingRuns), in list order. */
  overlapping(span: Span): TokenRun[] {
    const found = new Set<TokenRun>();
    for (let t = span.first; t < Math.max(span.end, span.first + 1); t++) {
      for (const r of this.atToken.get(t) ?? []) if (!this.removed.has(r) && r.first < span.end && span.first < r.end) found.add(r);
    }
    return [...found].sort((a, b) => this.position.get(a)! - this.position.get(b)!);
  }

  /** replaceRuns: `overlapping` out, `run` added at the end. */
  replace(overlapping: readonly TokenRun[], run: TokenRun): void {
    for (const r of overlapping) this.removed.add(r);
    this.add(run);
  }

  remove(run: TokenRun): void {
    this.removed.add(run);
  }

  runs(): TokenRun[] {
    return this.all.filter((r) => !this.removed.has(r));
  }

  private add(run: TokenRun): void {
    if (!this.position.has(run)) this.position.set(run, this.all.length);
    this.all.push(run);
    for (let t = run.first; t < Math.max(run.end, run.first + 1); t++) {
      const here = this.atToken.get(t);
      if (here) here.push(run);
      else this.atToken.set(t, [run]);
    }
  }
}

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
