// The trained weights of the entity tagger (src/models/entities.json, written by
// scripts/train-entities.ts), decoded once at module load into a hash table keyed by numbers.
import weights from '../models/entities.json' with { type: 'json' };
import { LABELS } from './labels.js';
import { NO_PART, decode16, readFeatures, type SerializedModel } from './model-file.js';
import type { Scorer, ScoringSink } from './decode.js';

/** Slot of a feature key in a table of mask + 1 slots. */
function hashKey(t: number, a: number, b: number, c: number, mask: number): number {
  let h = Math.imul(t + 0x165667b1, 0x9e3779b1);
  h = Math.imul(h ^ (a + 3), 0x85ebca77);
  h = Math.imul(h ^ (h >>> 13) ^ (b + 3), 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ (c + 3), 0x27d4eb2f);
  return (h ^ (h >>> 15)) & mask;
}

/**
 * Feature weights looked up by numbers, never by name: every string that occurs as a part of a feature
 * has a number, and a feature (template, part numbers) is found in an open-addressing hash table of int32
 * keys. A part string the model never saw has number -1, and no feature holds it.
 */
export class LinearModel implements Scorer<number> {
  private readonly partIds: Map<string, number>;
  private readonly keys: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;
  private readonly weights: Float32Array;

  constructor(model: SerializedModel) {
    if (model.labels.join() !== LABELS.join()) throw new Error('entity model labels do not match the tagger');
    const width = LABELS.length;
    this.partIds = new Map(model.parts.map((part, i) => [part, i]));
    const { entries, size, features } = readFeatures(model);
    let capacity = 1024;
    while (capacity < (size / 5) * 2) capacity *= 2;
    const mask = (this.mask = capacity - 1);
    const keys = (this.keys = new Int32Array(capacity * 4));
    const rows = (this.rows = new Int32Array(capacity).fill(-1));
    for (let e = 0; e < size; e += 5) {
      let slot = hashKey(entries[e]!, entries[e + 1]!, entries[e + 2]!, entries[e + 3]!, mask);
      while (rows[slot]! >= 0) slot = (slot + 1) & mask;
      for (let j = 0; j < 4; j++) keys[slot * 4 + j] = entries[e + j]!;
      rows[slot] = entries[e + 4]! * width;
    }
    const int16 = decode16(model.weights, Int16Array, true);
    if (int16.length !== features * width) throw new Error('entity model: weights do not match the features');
    const scaled = (this.weights = new Float32Array(int16.length));
    const { scale } = model;
    for (let i = 0; i < int16.length; i++) scaled[i] = int16[i]! / scale;
  }

  part(s: string): number {
    return this.partIds.get(s) ?? -1;
  }

  /** Offset of the feature's weights, or -1 when the model has no such feature. */
  find(t: number, a: number, b: number, c: number): number {
    if (a === -1 || b === -1 || c === -1) return -1;
    const { keys, rows } = this;
    for (let slot = hashKey(t, a, b, c, this.mask); ; slot = (slot + 1) & this.mask) {
      const row = rows[slot]!;
      if (row < 0) return -1;
      const k = slot * 4;
      if (keys[k] === t && keys[k + 1] === a && keys[k + 2] === b && keys[k + 3] === c) return row;
    }
  }

  sink(): ScoringSink<number> {
    return new ModelSink(this, this.weights);
  }
}

class ModelSink implements ScoringSink<number> {
  private scores: Float64Array = new Float64Array(LABELS.length);
  private at = 0;
  constructor(
    private readonly model: LinearModel,
    private readonly weights: Float32Array,
  ) {}
  into(scores: Float64Array, at: number): void {
    this.scores = scores;
    this.at = at;
  }
  part(s: string): number {
    return this.model.part(s);
  }
  add(t: number, a = NO_PART, b = NO_PART, c = NO_PART): void {
    const row = this.model.find(t, a, b, c);
    if (row < 0) return;
    const { scores, at, weights } = this;
    for (let l = 0; l < LABELS.length; l++) scores[at + l]! += weights[row + l]!;
  }
}

export const ENTITY_MODEL = new LinearModel(weights as unknown as SerializedModel);
