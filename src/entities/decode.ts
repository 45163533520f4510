// Greedy left-to-right decoding, shared by the tagger and its training script: each token takes the best
// label allowed after the previous one, given its static features and the labels already chosen.
import { dynamicFeatures, type TokenTable } from './features.js';
import { LABELS, allowedAfter } from './labels.js';

/** Adds the weights of one feature to `scores` (one slot per label). */
export interface Scorer {
  add(feature: string, scores: Float64Array): void;
}

export function sumFeatures(scorer: Scorer, features: readonly string[], scores: Float64Array): void {
  for (const f of features) scorer.add(f, scores);
}

/** Best allowed label for one token; `fixed` holds the static scores, `dynamic` its other features. */
export function bestLabel(scorer: Scorer, fixed: Float64Array, dynamic: readonly string[], prev: number): number {
  const scores = Float64Array.from(fixed);
  sumFeatures(scorer, dynamic, scores);
  let best = 0;
  let bestScore = -Infinity;
  for (let l = 0; l < LABELS.length; l++) {
    if (prev >= 0 && !allowedAfter(prev, l)) continue;
    if (prev < 0 && !allowedAfter(0, l)) continue;
    if (scores[l]! > bestScore) {
      bestScore = scores[l]!;
      best = l;
    }
  }
  return best;
}

/** Labels for every token of the table. */
export function decode(scorer: Scorer, table: TokenTable, statics: readonly string[][]): Uint8Array {
  const { tokens, shapes } = table;
  const labels = new Uint8Array(tokens.length);
  const fixed = new Float64Array(LABELS.length);
  for (let i = 0; i < tokens.length; i++) {
    const sameSentence = (j: number) => j >= 0 && table.segments[j] === table.segments[i];
    const prev = sameSentence(i - 1) ? labels[i - 1]! : -1;
    const prev2 = sameSentence(i - 2) ? labels[i - 2]! : -1;
    fixed.fill(0);
    sumFeatures(scorer, statics[i]!, fixed);
    labels[i] = bestLabel(scorer, fixed, dynamicFeatures(prev, prev2, tokens[i]!.norm, shapes[i]!), prev);
  }
  return labels;
}
