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
 * in turn (as filtering the array and appending would give). A run is known by its object: one added
 * twice stands twice in the list, keeps its first place, and is removed from both.
 *
 * The index is a few arrays of numbers, not maps and sets of runs, and it is built when first read: some
 * fifteen rules make one per document, most of them edit few runs or none, and building maps and sets
 * of every run took a tenth of the rules' time.
 */
export class RunList {
  /** Every run added, in order. */
  private readonly all: TokenRun[];
  /** Per entry of `all`: the entry where the run was first added, which says whether it is removed. */
  private readonly firstEntry: number[] = [];
  private readonly removed: boolean[] = [];
  /** Per token: its first index node (-1: none; tokens past the end have none); each node names an entry
   * and the next node. */
  private head = new Int32Array(0);
  private readonly nodeEntry: number[] = [];
  private readonly nodeNext: number[] = [];
  /** Runs removed before they were ever added: they stay out if added later. */
  private readonly removedUnlisted: TokenRun[] = [];
  /** Entries of `all` the index holds: [0, indexed); and whether it was ever read. */
  private indexed = 0;
  private read = false;

  constructor(runs: readonly TokenRun[]) {
    this.all = runs.slice();
  }

  /** The runs that share a token with `span` (overlappingRuns), in list order. */
  overlapping(span: Span): TokenRun[] {
    this.index();
    const found: number[] = [];
    for (let t = span.first; t < Math.max(span.end, span.first + 1); t++) {
      for (let node = this.nodeAt(t); node >= 0; node = this.nodeNext[node]!) {
        const entry = this.firstEntry[this.nodeEntry[node]!]!;
        const r = this.all[entry]!;
        if (!this.removed[entry] && r.first < span.end && span.first < r.end && !found.includes(entry)) found.push(entry);
      }
    }
    return found.sort((a, b) => a - b).map((entry) => this.all[entry]!);
  }

  /** replaceRuns: `overlapping` out, `run` added at the end. */
  replace(overlapping: readonly TokenRun[], run: TokenRun): void {
    for (const r of overlapping) this.remove(r);
    this.add(run);
  }

  remove(run: TokenRun): void {
    this.index();
    const entry = this.entryOf(run);
    if (entry >= 0) this.removed[entry] = true;
    else this.removedUnlisted.push(run);
  }

  runs(): TokenRun[] {
    if (!this.read) return this.all.slice(); // nothing read, so nothing removed
    this.index();
    const kept: TokenRun[] = [];
    for (let k = 0; k < this.all.length; k++) if (!this.removed[this.firstEntry[k]!]) kept.push(this.all[k]!);
    return kept;
  }

  /** The entry where `run` was first added, or -1. */
  private entryOf(run: TokenRun): number {
    for (let node = this.nodeAt(run.first); node >= 0; node = this.nodeNext[node]!) {
      const entry = this.nodeEntry[node]!;
      if (this.all[entry] === run) return this.firstEntry[entry]!;
    }
    return -1;
  }

  private nodeAt(t: number): number {
    return t >= 0 && t < this.head.length ? this.head[t]! : -1;
  }

  private add(run: TokenRun): void {
    this.all.push(run);
  }

  /** Indexes the entries added since the index was last read. */
  private index(): void {
    this.read = true;
    const { all } = this;
    let end = this.head.length;
    for (let k = this.indexed; k < all.length; k++) end = Math.max(end, all[k]!.end, all[k]!.first + 1);
    if (end > this.head.length) {
      const head = new Int32Array(Math.max(end, 2 * this.head.length)).fill(-1);
      head.set(this.head);
      this.head = head;
    }
    for (; this.indexed < all.length; this.indexed++) {
      const entry = this.indexed;
      const run = all[entry]!;
      const first = this.entryOf(run);
      this.firstEntry.push(first >= 0 ? first : entry);
      this.removed.push(first < 0 && this.removedUnlisted.includes(run));
      for (let t = run.first; t < Math.max(run.end, run.first + 1); t++) {
        this.nodeEntry.push(entry);
        this.nodeNext.push(this.head[t]!);
        this.head[t] = this.nodeEntry.length - 1;
      }
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
