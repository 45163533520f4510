// Greedy left-to-right decoding, shared by the tagger and its training script: each token takes the best
// label allowed after the previous one, given its static features and the labels already chosen.
import {
  NEIGHBOUR_OFFSETS,
  contextFeatures,
  featureName,
  labelFeatures,
  labelPartNames,
  labelWordFeatures,
  neighbourFeatures,
  wordFeatures,
  type FeatureSink,
  type StaticFeatures,
  type TokenParts,
  type TokenTable,
  taggerNorm,
  taggerPos,
} from './features.js';
import { LABELS, allowedAfter } from './labels.js';

const WIDTH = LABELS.length;

/** A feature sink that adds each feature's weights into a score array. */
export interface ScoringSink<P> extends FeatureSink<P> {
  /** Sends the features that follow to scores[at … at + number of labels). */
  into(scores: Float64Array, at: number): void;
}

/** Feature weights, read through a sink of their own for each decoding run. */
export interface Scorer<P> {
  sink(): ScoringSink<P>;
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

/** The document's parts in the scorer's form, converted once per word key rather than once per token. */
function tokenParts<P>(scorer: FeatureSink<P>, table: TokenTable, statics: StaticFeatures): TokenParts<P> {
  const { tokens, shapes } = table;
  const { wordKeys, keyToken } = statics;
  const keyNorm = keyToken.map((i) => scorer.part(taggerNorm(tokens[i]!)));
  const keyShape = keyToken.map((i) => scorer.part(shapes[i]!));
  const keyPos = keyToken.map((i) => scorer.part(taggerPos(tokens[i]!)));
  const perToken = (perKey: P[]): P[] => {
    const out = new Array<P>(wordKeys.length);
    for (let i = 0; i < wordKeys.length; i++) out[i] = perKey[wordKeys[i]!]!;
    return out;
  };
  const evidence = new Map<string, P>();
  return {
    norm: perToken(keyNorm),
    shape: perToken(keyShape),
    pos: perToken(keyPos),
    evidence: statics.evidence.map((e) => {
      if (!evidence.has(e)) evidence.set(e, scorer.part(e));
      return evidence.get(e)!;
    }),
    boundary: scorer.part(labelPartNames[0]!),
    labels: labelPartNames.map((l) => scorer.part(l)),
  };
}

/**
 * Labels for every token of the table. The weights of the features a word has alone, and of those it lends
 * each neighbour, are summed once per word key; those of label pairs once per pair. Every weight is a
 * float32 of the form int16/scale and all sums stay far inside float64 precision, so a sum does not depend
 * on the order of its terms: these partial sums give exactly the scores of one flat sum.
 */
export function decode<P>(scorer: Scorer<P>, table: TokenTable, statics: StaticFeatures): Uint8Array {
  const { tokens, segments } = table;
  const { wordKeys, keyToken } = statics;
  const n = tokens.length;
  const sink = scorer.sink();
  const parts = tokenParts(sink, table, statics);
  const keys = keyToken.length;
  const byWord = new Float64Array(keys * WIDTH);
  keyToken.forEach((i, k) => {
    sink.into(byWord, k * WIDTH);
    wordFeatures(sink, table, statics, parts, i);
  });
  // neighbour sums per offset and word key (the last key is the segment boundary), filled when first needed
  const byNeighbour = new Float64Array(NEIGHBOUR_OFFSETS.length * (keys + 1) * WIDTH);
  const neighbourDone = new Uint8Array(NEIGHBOUR_OFFSETS.length * (keys + 1));
  const byLabels = new Float64Array((WIDTH + 1) * (WIDTH + 1) * WIDTH);
  const labelsDone = new Uint8Array((WIDTH + 1) * (WIDTH + 1));
  const labels = new Uint8Array(n);
  const scores = new Float64Array(WIDTH);
  for (let i = 0; i < n; i++) {
    const segment = segments[i]!;
    scores.fill(0);
    sink.into(scores, 0);
    contextFeatures(sink, table, parts, i);
    addInto(scores, byWord, wordKeys[i]! * WIDTH);
    for (let o = 0; o < NEIGHBOUR_OFFSETS.length; o++) {
      const j = i + NEIGHBOUR_OFFSETS[o]!;
      const slot = o * (keys + 1) + (j >= 0 && j < n && segments[j] === segment ? wordKeys[j]! : keys);
      if (!neighbourDone[slot]) {
        neighbourDone[slot] = 1;
        sink.into(byNeighbour, slot * WIDTH);
        neighbourFeatures(sink, table, statics, parts, j, segment, NEIGHBOUR_OFFSETS[o]!);
      }
      addInto(scores, byNeighbour, slot * WIDTH);
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
    labelWordFeatures(sink, parts, prev, i);
    labels[i] = bestAllowed(scores, prev);
  }
  return labels;
}
