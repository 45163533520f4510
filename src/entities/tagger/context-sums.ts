// Sums of the tagger's context features whose parts take a few values only: the part of speech before the
// token with its own and its own with the one after, the case evidence, the previous label with the
// token's shape. Four of the ~nine features looked up per token, each a probe of the model's large hash
// table that waits on memory; here each is a row of a small table, filled at its first use and kept for
// the model's life (its weights never change). Every weight is a float32 of the form int16/scale, so a sum
// kept here adds up to exactly what the features' weights added one by one give (see WordScores).
import { LABELS } from './labels.js';
import { T, type TokenParts } from './features.js';
import type { ScoringSink } from './decode.js';

const WIDTH = LABELS.length;
/** Values of each kind given a number here; a rarer value past them is looked up as before. */
const MAX_POS = 32;
const MAX_SHAPES = 512;
const MAX_EVIDENCE = 8;

/** Numbers for the values of one kind of part, in the order met (0 may be taken up front). */
class SmallNumbers<P> {
  private readonly ids = new Map<P, number>();
  readonly parts: P[] = [];
  constructor(private readonly max: number) {}

  /** The value's number, or -1 past `max` values. */
  of(part: P): number {
    let id = this.ids.get(part);
    if (id === undefined) {
      if (this.parts.length >= this.max) return -1;
      this.ids.set(part, (id = this.parts.length));
      this.parts.push(part);
    }
    return id;
  }
}

/** Rows of WIDTH sums, each filled at its first use. */
class Rows {
  readonly sums: Float64Array;
  private readonly done: Uint8Array;
  constructor(rows: number) {
    this.sums = new Float64Array(rows * WIDTH);
    this.done = new Uint8Array(rows);
  }
  /** Whether row r is still to be filled; if so the sink now sends its features there (the caller adds
   * them, then points the sink back at its scores). */
  opens<P>(r: number, sink: ScoringSink<P>): boolean {
    if (this.done[r]) return false;
    this.done[r] = 1;
    sink.into(this.sums, r * WIDTH);
    return true;
  }
  addTo(scores: Float64Array, r: number): void {
    const { sums } = this;
    for (let l = 0, at = r * WIDTH; l < WIDTH; l++) scores[l]! += sums[at + l]!;
  }
}

/** Per token of one document: the numbers of its part of speech, shape and evidence (-1: none). */
export interface SmallParts {
  pos: Int32Array;
  shape: Int32Array;
  evidence: Int32Array;
}

export class ContextSums<P> {
  private readonly pos = new SmallNumbers<P>(MAX_POS);
  private readonly shapes = new SmallNumbers<P>(MAX_SHAPES);
  private readonly evidence = new SmallNumbers<P>(MAX_EVIDENCE);
  /** Per pair (a, b) of part-of-speech numbers: ppos|pos of (a, b), then pos|npos of (a, b). */
  private readonly posPairs = new Rows(2 * MAX_POS * MAX_POS);
  private readonly evidenceRows = new Rows(MAX_EVIDENCE);
  /** Per previous label + 1 and shape number: pt|sh. */
  private labelShapes: Rows | null = null;

  numbers(parts: TokenParts<P>, n: number): SmallParts {
    if (this.pos.parts.length === 0) this.pos.of(parts.boundary); // number 0: the segment's edge
    const pos = new Int32Array(n);
    const shape = new Int32Array(n);
    const evidence = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      pos[i] = this.pos.of(parts.pos[i]!);
      shape[i] = this.shapes.of(parts.shape[i]!);
      evidence[i] = this.evidence.of(parts.evidence[i]!);
    }
    return { pos, shape, evidence };
  }

  /**
   * Adds the part-of-speech pairs and the evidence of token i to `scores` (the sink's target), `before`
   * and `after` saying whether its neighbours are in its segment.
   */
  addContext(sink: ScoringSink<P>, scores: Float64Array, parts: TokenParts<P>, small: SmallParts, i: number, before: boolean, after: boolean): void {
    const a = before ? small.pos[i - 1]! : 0;
    const b = small.pos[i]!;
    const c = after ? small.pos[i + 1]! : 0;
    const { posPairs, evidenceRows } = this;
    if (a >= 0 && b >= 0) {
      const r = 2 * (a * MAX_POS + b);
      if (posPairs.opens(r, sink)) {
        sink.add(T['ppos|pos'], this.pos.parts[a]!, this.pos.parts[b]!);
        sink.into(scores, 0);
      }
      posPairs.addTo(scores, r);
    } else sink.add(T['ppos|pos'], before ? parts.pos[i - 1]! : parts.boundary, parts.pos[i]!);
    if (b >= 0 && c >= 0) {
      const r = 2 * (b * MAX_POS + c) + 1;
      if (posPairs.opens(r, sink)) {
        sink.add(T['pos|npos'], this.pos.parts[b]!, this.pos.parts[c]!);
        sink.into(scores, 0);
      }
      posPairs.addTo(scores, r);
    } else sink.add(T['pos|npos'], parts.pos[i]!, after ? parts.pos[i + 1]! : parts.boundary);
    const e = small.evidence[i]!;
    if (e >= 0) {
      if (evidenceRows.opens(e, sink)) {
        sink.add(T.ev, parts.evidence[i]!);
        sink.into(scores, 0);
      }
      evidenceRows.addTo(scores, e);
    } else sink.add(T.ev, parts.evidence[i]!);
  }

  /** Adds pt|sh of token i after label `prev` (-1 at the segment's start) to `scores`. */
  addLabelShape(sink: ScoringSink<P>, scores: Float64Array, parts: TokenParts<P>, small: SmallParts, i: number, prev: number): void {
    const s = small.shape[i]!;
    if (s < 0) {
      sink.add(T['pt|sh'], parts.labels[prev + 1]!, parts.shape[i]!);
      return;
    }
    const rows = (this.labelShapes ??= new Rows((WIDTH + 1) * MAX_SHAPES));
    const r = (prev + 1) * MAX_SHAPES + s;
    if (rows.opens(r, sink)) {
      sink.add(T['pt|sh'], parts.labels[prev + 1]!, parts.shape[i]!);
      sink.into(scores, 0);
    }
    rows.addTo(scores, r);
  }
}
