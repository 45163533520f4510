// The trained weights of the entity tagger (src/models/entities.json, written by
// scripts/train-entities.ts), decoded once at module load into a hash table keyed by numbers.
import weights from '../../models/entities.json' with { type: 'json' };
import { LABELS } from './labels.js';
import { NO_PART, decode16, readFeatures, type SerializedModel } from './model-file.js';
import type { Scorer, ScoringSink } from './decode.js';

/**
 * A feature key in two int32: template and first part, second and third parts. Part numbers fit in 16 bits
 * (the file stores them so, and NO_PART becomes 0xfffe, a number no part has).
 */
const high = (t: number, a: number): number => (t << 16) | (a & 0xffff);
const low = (b: number, c: number): number => ((b & 0xffff) << 16) | (c & 0xffff);

/** Slot of a packed feature key in a table of mask + 1 slots. */
function hashKey(high: number, low: number, mask: number): number {
  let h = Math.imul(high ^ 0x165667b1, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ low, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

/**
 * Feature weights looked up by numbers, never by name: every string that occurs as a part of a feature
 * has a number, and a feature (template, part numbers) is found in an open-addressing hash table of int32
 * keys. A part string the model never saw has number -1, and no feature holds it.
 */
export class LinearModel implements Scorer<number> {
  private readonly partIds: Map<string, number>;
  /** Per slot: the two key numbers and 1 + the offset of the weights (0: an empty slot). */
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly weights: Float32Array;

  constructor(model: SerializedModel) {
    if (model.labels.join() !== LABELS.join()) throw new Error('entity model labels do not match the tagger');
    const width = LABELS.length;
    this.partIds = new Map(model.parts.map((part, i) => [part, i]));
    const { entries, size, features } = readFeatures(model);
    let capacity = 1024;
    while (capacity < (size / 5) * 1.5) capacity *= 2;
    const mask = (this.mask = capacity - 1);
    const table = (this.table = new Int32Array(capacity * 3));
    for (let e = 0; e < size; e += 5) {
      const h = high(entries[e]!, entries[e + 1]!);
      const l = low(entries[e + 2]!, entries[e + 3]!);
      let slot = hashKey(h, l, mask);
      while (table[slot * 3 + 2] !== 0) slot = (slot + 1) & mask;
      table[slot * 3] = h;
      table[slot * 3 + 1] = l;
      table[slot * 3 + 2] = 1 + entries[e + 4]! * width;
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
    const { table, mask } = this;
    const h = high(t, a);
    const l = low(b, c);
    for (let slot = hashKey(h, l, mask); ; slot = (slot + 1) & mask) {
      const k = slot * 3;
      const row = table[k + 2]!;
      if (row === 0) return -1;
      if (table[k] === h && table[k + 1] === l) return row - 1;
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
