// Greedy left-to-right decoding, shared by the tagger and its training script: each token takes the best
// label allowed after the previous one, given its static features and the labels already chosen.
import { NEIGHBOUR_OFFSETS, labelFeatures, labelWordFeatures, neighbourFeaturesOfKey, neighbourKey, type StaticFeatures, type TokenTable } from './features.js';
import { LABELS, allowedAfter } from './labels.js';

/** Adds the weights of one feature to `scores` (one slot per label). */
export interface Scorer {
  add(feature: string, scores: Float64Array): void;
}

export function sumFeatures(scorer: Scorer, features: readonly string[], scores: Float64Array): void {
  for (const f of features) scorer.add(f, scores);
}

/** Best label allowed after `prev` (-1 at a segment start). */
export function bestAllowed(scores: Float64Array, prev: number): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let l = 0; l < LABELS.length; l++) {
    if (!allowedAfter(prev < 0 ? 0 : prev, l)) continue;
    if (scores[l]! > bestScore) {
      bestScore = scores[l]!;
      best = l;
    }
  }
  return best;
}

/** Sums of feature weights, memoised for one decoding run (words and label pairs repeat). */
class ScoreMemo {
  private readonly memo = new Map<string, Float64Array>();
  constructor(private readonly scorer: Scorer) {}

  get(key: string, features: () => readonly string[]): Float64Array {
    let scores = this.memo.get(key);
    if (!scores) {
      scores = new Float64Array(LABELS.length);
      sumFeatures(this.scorer, features(), scores);
      this.memo.set(key, scores);
    }
    return scores;
  }
}

const addInto = (target: Float64Array, source: Float64Array): void => {
  for (let l = 0; l < target.length; l++) target[l]! += source[l]!;
};

/** Keys of (previous label, label before it) pairs, -1 (segment start) included. */
const LABEL_PAIR_KEYS: readonly string[][] = [-1, ...LABELS.keys()].map((a) => [-1, ...LABELS.keys()].map((b) => `${a}|${b}`));

/** Labels for every token of the table. */
export function decode(scorer: Scorer, table: TokenTable, statics: StaticFeatures): Uint8Array {
  const { tokens, shapes, segments } = table;
  const memo = new ScoreMemo(scorer);
  const labelPairs = new ScoreMemo(scorer);
  // one memo per neighbour offset, keyed by the neighbour's word key alone (no new string to hash)
  const neighbourMemos = NEIGHBOUR_OFFSETS.map(() => new ScoreMemo(scorer));
  const labels = new Uint8Array(tokens.length);
  const scores = new Float64Array(LABELS.length);
  for (let i = 0; i < tokens.length; i++) {
    const segment = segments[i]!;
    const prev = i >= 1 && segments[i - 1] === segment ? labels[i - 1]! : -1;
    const prev2 = i >= 2 && segments[i - 2] === segment ? labels[i - 2]! : -1;
    const key = statics.wordKeys[i]!;
    scores.fill(0);
    sumFeatures(scorer, statics.context[i]!, scores);
    addInto(scores, memo.get(key, () => statics.byWord.get(key)!));
    NEIGHBOUR_OFFSETS.forEach((offset, n) => {
      const j = i + offset;
      addInto(scores, neighbourMemos[n]!.get(neighbourKey(table, statics, j, segment), () => neighbourFeaturesOfKey(table, statics, j, segment, offset)));
    });
    addInto(scores, labelPairs.get(LABEL_PAIR_KEYS[prev + 1]![prev2 + 1]!, () => labelFeatures(prev, prev2)));
    sumFeatures(scorer, labelWordFeatures(prev, tokens[i]!.norm, shapes[i]!), scores);
    labels[i] = bestAllowed(scores, prev);
  }
  return labels;
}
