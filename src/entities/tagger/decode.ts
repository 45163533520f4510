// Greedy left-to-right decoding, shared by the tagger and its training script: each token takes the best
// label allowed after the previous one, given its static features and the labels already chosen.
import {
  NEIGHBOUR_OFFSETS,
  contextFeatures,
  featureName,
  labelFeatures,
  labelPartNames,
  labelWordFeatures,
  labelWordOnlyFeatures,
  neighbourFeatures,
  wordContextFeatures,
  wordFeatures,
  type FeatureSink,
  type StaticFeatures,
  type TokenParts,
  type TokenTable,
  WordKeyIndex,
  taggerNorm,
  taggerPos,
} from './features.js';
import { LABELS, allowedAfter } from './labels.js';
import type { ContextSums } from './context-sums.js';
import { VOCABULARY } from './word-vocabulary.js';
import { NOT_SHARED, type SharedWordRows } from './shared-word-rows.js';

const WIDTH = LABELS.length;

/** A feature sink that adds each feature's weights into a score array. */
export interface ScoringSink<P> extends FeatureSink<P> {
  /** Sends the features that follow to scores[at … at + number of labels). */
  into(scores: Float64Array, at: number): void;
}

/** Feature weights, read through a sink of their own for each decoding run. */
export interface Scorer<P> {
  sink(): ScoringSink<P>;
  /** Word sums kept from one document to the next: only for weights that never change. */
  readonly words?: WordScores<P>;
  /** Sums of the context features of few values, kept likewise: only for weights that never change. */
  readonly context?: ContextSums<P>;
}

/** Scores features by their joined names (training, and checking the tagger against it). */
export class NamedSink implements ScoringSink<string> {
  private scores: Float64Array = new Float64Array(WIDTH);
  private at = 0;
  constructor(private readonly weightsOf: (name: string) => ArrayLike<number> | undefined) {}
  into(scores: Float64Array, at: number): void {
    this.scores = scores;
    this.at = at;
  }
  part(s: string): string {
    return s;
  }
  add(template: number, a?: string, b?: string, c?: string): void {
    const w = this.weightsOf(featureName(template, a, b, c));
    if (w) for (let l = 0; l < WIDTH; l++) this.scores[this.at + l]! += w[l]!;
  }
}

/** allowedAfter as a table: ALLOWED[previous * WIDTH + label]. */
const ALLOWED = Uint8Array.from({ length: WIDTH * WIDTH }, (_, k) => (allowedAfter(Math.floor(k / WIDTH), k % WIDTH) ? 1 : 0));

/** Best label allowed after `prev` (-1 at a segment start). */
export function bestAllowed(scores: Float64Array, prev: number): number {
  let best = 0;
  let bestScore = -Infinity;
  const row = (prev < 0 ? 0 : prev) * WIDTH;
  for (let l = 0; l < WIDTH; l++) {
    if (!ALLOWED[row + l]) continue;
    if (scores[l]! > bestScore) {
      bestScore = scores[l]!;
      best = l;
    }
  }
  return best;
}

const addInto = (target: Float64Array, source: Float64Array, at: number): void => {
  for (let l = 0; l < WIDTH; l++) target[l]! += source[at + l]!;
};


const ROWS = 1 + NEIGHBOUR_OFFSETS.length;
/** Keys whose sums a thread keeps itself beside a shared table (1.5 MB): those it cannot share. */
const OWN_ROWS_BESIDE_SHARED = 4_096;

/**
 * Per word key (shape, part of speech, lower-case form), from one document to the next: the key's parts in
 * the scorer's form and the summed weights of the features the word has alone (row 0) and lends a neighbour
 * at each offset (rows 1…). All of them depend on the key alone, so a scorer whose weights stay fixed keeps
 * one of these for its life (LinearModel); one made per document gives the sums of that document alone.
 * Every weight is a float32 of the form int16/scale and all sums stay far inside float64 precision, so a
 * sum does not depend on the order of its terms: these partial sums give exactly the scores of one flat sum.
 * Given a process's shared table (share), the sums are kept there, for every thread, and this thread keeps
 * only the sums of keys the shared table cannot give it (shared-word-rows.ts).
 */
export class WordScores<P> {
  private readonly ids = new WordKeyIndex();
  private norm: P[] = [];
  private shape: P[] = [];
  private pos: P[] = [];
  /** The thread's own rows of ROWS × WIDTH sums: one per key id, or with a shared table, one per key it
   * could not give. */
  private sums = new Float64Array(0);
  /** Own rows in use, and how many the thread keeps before it starts afresh. */
  private ownRows = 0;
  private ownLimit: number;
  /** The process's table (share), with per key id the row it gives (>= 0) or -1 - the own row. */
  private shared: SharedWordRows | null = null;
  private rowOf = new Int32Array(0);
  /** With a shared table: the current document's rows, one per key of the document. */
  private documentSums = new Float64Array(0);
  /** Per offset, what the segment boundary lends (filled at the first document). */
  boundary: Float64Array | null = null;
  /** Per pair of previous labels, the label features' sums (byLabels), and which are filled. */
  readonly byLabels = new Float64Array((WIDTH + 1) * (WIDTH + 1) * WIDTH);
  readonly labelsDone = new Uint8Array((WIDTH + 1) * (WIDTH + 1));
  private labelParts: P[] | null = null;
  private readonly evidence = new Map<string, P>();
  /** Per word of the vocabulary, twice (as written; in a headline's capitals, see staticFeatures): the first
   * key of its form (WordKeyIndex.firstOf), or -1 when not yet looked up; for VOCABULARY's `generation`.
   * The form is then found by number, not by hashing its string for every key of every document. */
  private firstKeys = new Int32Array(0);
  private firstKeysFor = -1;

  /** Past `limit` keys, all are forgotten before the next document (memory stays bounded). */
  constructor(private readonly limit: number) {
    this.ownLimit = limit;
  }

  /**
   * Keeps the sums in the process's table from now on, and at most `ownLimit` keys' sums of the thread's
   * own (those the table has no room for, or has not yet published) before starting afresh.
   */
  share(shared: SharedWordRows, ownLimit = Math.min(this.limit, OWN_ROWS_BESIDE_SHARED)): void {
    if (shared.rowLength !== ROWS * WIDTH) throw new Error(`onrecord: a shared word-sum table of rows of ${shared.rowLength}, not ${ROWS * WIDTH}`);
    this.clear();
    this.sums = new Float64Array(0);
    this.shared = shared;
    this.ownLimit = ownLimit;
  }

  /**
   * The document's parts in the scorer's form, and where each token's sums are: rows of `sums` from
   * tokenIds[i] × ROWS × WIDTH; the sums of keys first seen here are added.
   */
  prepare(sink: ScoringSink<P>, table: TokenTable, statics: StaticFeatures): { parts: TokenParts<P>; tokenIds: Int32Array; sums: Float64Array } {
    const { tokens, shapes } = table;
    const { wordKeys, keyToken } = statics;
    const keys = keyToken.length;
    const { shared } = this;
    if (this.ids.size + keys > this.limit || this.ownRows + keys > this.ownLimit) this.clear();
    const firstKeys = this.firstKeysOfVocabulary();
    const keyIds = new Int32Array(keys);
    const fresh: number[] = [];
    for (let k = 0; k < keys; k++) {
      const i = keyToken[k]!;
      const norm = taggerNorm(tokens[i]!);
      const pos = taggerPos(tokens[i]!);
      const slot = 2 * table.ids[i]! + (table.capsLine[i] ? 1 : 0);
      let first = firstKeys[slot]!;
      if (first < 0) first = this.ids.firstOf(norm);
      const id = this.ids.numberFrom(first, norm, shapes[i]!, pos);
      firstKeys[slot] = first >= 0 ? first : id;
      if (id === this.norm.length) {
        this.norm.push(sink.part(norm));
        this.shape.push(sink.part(shapes[i]!));
        this.pos.push(sink.part(pos));
        fresh.push(k);
      }
      keyIds[k] = id;
    }
    const n = tokens.length;
    const norm = new Array<P>(n);
    const shape = new Array<P>(n);
    const pos = new Array<P>(n);
    for (let i = 0; i < n; i++) {
      const id = keyIds[wordKeys[i]!]!;
      norm[i] = this.norm[id]!;
      shape[i] = this.shape[id]!;
      pos[i] = this.pos[id]!;
    }
    this.labelParts ??= labelPartNames.map((l) => sink.part(l));
    const parts: TokenParts<P> = {
      norm,
      shape,
      pos,
      evidence: statics.evidence.map((e) => {
        let part = this.evidence.get(e);
        if (part === undefined) this.evidence.set(e, (part = sink.part(e)));
        return part;
      }),
      boundary: this.labelParts[0]!,
      labels: this.labelParts,
    };
    if (!this.boundary) {
      const boundary = new Float64Array(NEIGHBOUR_OFFSETS.length * WIDTH);
      for (let o = 0; o < NEIGHBOUR_OFFSETS.length; o++) {
        sink.into(boundary, o * WIDTH);
        neighbourFeatures(sink, table, statics, parts, -1, -1, NEIGHBOUR_OFFSETS[o]!);
      }
      this.boundary = boundary;
    }
    if (shared) return { parts, tokenIds: wordKeys, sums: this.sharedRows(shared, sink, table, statics, parts, keyIds, fresh) };
    this.ownRows = this.ids.size;
    this.grow(this.ownRows * ROWS * WIDTH);
    for (const k of fresh) addWordSums(sink, table, statics, parts, keyToken[k]!, this.sums, keyIds[k]! * ROWS * WIDTH);
    const tokenIds = new Int32Array(n);
    for (let i = 0; i < n; i++) tokenIds[i] = keyIds[wordKeys[i]!]!;
    return { parts, tokenIds, sums: this.sums };
  }

  /**
   * With a shared table: the rows of the document's keys, in the order of its keys (statics.wordKeys), copied
   * from the table or the thread's own rows; a key first seen here is looked up in the table, and its sums
   * added there when it is the first to claim it, else (no room, or claimed and not yet published by
   * another thread) to an own row.
   */
  private sharedRows(shared: SharedWordRows, sink: ScoringSink<P>, table: TokenTable, statics: StaticFeatures, parts: TokenParts<P>, keyIds: Int32Array, fresh: number[]): Float64Array {
    const { tokens, shapes } = table;
    const { keyToken } = statics;
    const stride = ROWS * WIDTH;
    if (this.rowOf.length < this.ids.size) {
      const rowOf = new Int32Array(Math.max(this.ids.size, Math.min(this.limit, 2 * this.rowOf.length)));
      rowOf.set(this.rowOf);
      this.rowOf = rowOf;
    }
    const { rowOf } = this;
    for (const k of fresh) {
      const i = keyToken[k]!;
      const id = keyIds[k]!;
      const row = shared.find(taggerNorm(tokens[i]!), shapes[i]!, taggerPos(tokens[i]!));
      if (row >= 0) rowOf[id] = row;
      else if (row !== NOT_SHARED) {
        addWordSums(sink, table, statics, parts, i, shared.sums, (-2 - row) * stride);
        shared.publish(-2 - row);
        rowOf[id] = -2 - row;
      } else {
        const own = this.ownRows++;
        this.grow(this.ownRows * stride);
        addWordSums(sink, table, statics, parts, i, this.sums, own * stride);
        rowOf[id] = -1 - own;
      }
    }
    const keys = keyIds.length;
    if (this.documentSums.length < keys * stride) this.documentSums = new Float64Array(Math.max(keys * stride, 2 * this.documentSums.length));
    const { documentSums } = this;
    for (let k = 0; k < keys; k++) {
      const row = rowOf[keyIds[k]!]!;
      const from = row >= 0 ? shared.sums : this.sums;
      const at = (row >= 0 ? row : -1 - row) * stride;
      for (let l = 0, to = k * stride; l < stride; l++) documentSums[to + l] = from[at + l]!;
    }
    return documentSums;
  }

  /**
   * A bounded table is made once at its full size (11.8 MB for the tagger's): the allocator hands out
   * zero pages that become resident only as rows are written, so it costs what it holds, and is never
   * copied. Grown by doubling instead, each regrowth zero-filled the larger table and copied the old one
   * into it, both resident at once. An unbounded one (a scorer made per document) still doubles.
   */
  private grow(length: number): void {
    if (length <= this.sums.length) return;
    const full = this.ownLimit * ROWS * WIDTH;
    const sums = new Float64Array(Math.max(length, Number.isFinite(full) ? full : 2 * this.sums.length));
    sums.set(this.sums);
    this.sums = sums;
  }

  /** The first keys by word (firstKeys), forgotten when the vocabulary has started afresh, with room for all
   * its words. */
  private firstKeysOfVocabulary(): Int32Array {
    if (this.firstKeysFor !== VOCABULARY.generation) {
      this.firstKeys.fill(-1);
      this.firstKeysFor = VOCABULARY.generation;
    }
    const length = 2 * VOCABULARY.size;
    if (length > this.firstKeys.length) {
      const firstKeys = new Int32Array(Math.max(length, 2 * this.firstKeys.length)).fill(-1);
      firstKeys.set(this.firstKeys);
      this.firstKeys = firstKeys;
    }
    return this.firstKeys;
  }

  /** Forgets every key; the own rows they used are zeroed in place for the next keys to add into. */
  private clear(): void {
    this.firstKeys.fill(-1);
    this.sums.fill(0, 0, Math.min(this.sums.length, this.ownRows * ROWS * WIDTH));
    this.ownRows = 0;
    this.ids.clear();
    this.norm = [];
    this.shape = [];
    this.pos = [];
  }
}

/** Adds the sums of the word at token i (its own features, then what it lends each neighbour offset) into
 * the ROWS rows of `into` from `at`. */
function addWordSums<P>(sink: ScoringSink<P>, table: TokenTable, statics: StaticFeatures, parts: TokenParts<P>, i: number, into: Float64Array, at: number): void {
  sink.into(into, at);
  wordFeatures(sink, table, statics, parts, i);
  for (let o = 0; o < NEIGHBOUR_OFFSETS.length; o++) {
    sink.into(into, at + (1 + o) * WIDTH);
    neighbourFeatures(sink, table, statics, parts, i, table.segments[i]!, NEIGHBOUR_OFFSETS[o]!);
  }
}

/**
 * Labels for every token of the table, best allowed label after best allowed label. The sums of features
 * that depend on the word alone come from the scorer's WordScores (or one made for this document); those
 * of label pairs are summed once per pair.
 */
export function decode<P>(scorer: Scorer<P>, table: TokenTable, statics: StaticFeatures): Uint8Array {
  const { tokens, segments } = table;
  const n = tokens.length;
  const sink = scorer.sink();
  const words = scorer.words ?? new WordScores<P>(Infinity);
  const { parts, tokenIds, sums } = words.prepare(sink, table, statics);
  const { byLabels, labelsDone } = words;
  const boundary = words.boundary!;
  const { context } = scorer;
  const small = context?.numbers(parts, n);
  const labels = new Uint8Array(n);
  const scores = new Float64Array(WIDTH);
  for (let i = 0; i < n; i++) {
    const segment = segments[i]!;
    scores.fill(0);
    sink.into(scores, 0);
    if (context) {
      wordContextFeatures(sink, table, parts, i);
      context.addContext(sink, scores, parts, small!, i, i > 0 && segments[i - 1] === segment, i + 1 < n && segments[i + 1] === segment);
    } else contextFeatures(sink, table, parts, i);
    addInto(scores, sums, tokenIds[i]! * ROWS * WIDTH);
    for (let o = 0; o < NEIGHBOUR_OFFSETS.length; o++) {
      const j = i + NEIGHBOUR_OFFSETS[o]!;
      if (j >= 0 && j < n && segments[j] === segment) addInto(scores, sums, (tokenIds[j]! * ROWS + 1 + o) * WIDTH);
      else addInto(scores, boundary, o * WIDTH);
    }
    const prev = i >= 1 && segments[i - 1] === segment ? labels[i - 1]! : -1;
    const prev2 = i >= 2 && segments[i - 2] === segment ? labels[i - 2]! : -1;
    const pair = (prev + 1) * (WIDTH + 1) + prev2 + 1;
    if (!labelsDone[pair]) {
      labelsDone[pair] = 1;
      sink.into(byLabels, pair * WIDTH);
      labelFeatures(sink, parts, prev, prev2);
    }
    addInto(scores, byLabels, pair * WIDTH);
    sink.into(scores, 0);
    if (context) {
      labelWordOnlyFeatures(sink, parts, prev, i);
      context.addLabelShape(sink, scores, parts, small!, i, prev);
    } else labelWordFeatures(sink, parts, prev, i);
    labels[i] = bestAllowed(scores, prev);
  }
  return labels;
}
