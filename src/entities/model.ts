// The trained weights of the entity tagger (src/models/entities.json, written by
// scripts/train-entities.ts): feature names and their per-label weights as
// little-endian int16 in base64, scaled by `scale`. Decoded once at module load.
import weights from '../models/entities.json' with { type: 'json' };
import { LABELS } from './labels.js';
import { TEMPLATE_NAMES, templateArity } from './features.js';
import type { Scorer, ScoringSink } from './decode.js';

export interface SerializedModel {
  labels: string[];
  scale: number;
  features: string[];
  weights: string;
}

function decodeBase64(b64: string): Uint8Array {
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Every way of cutting `value` at "|" into `n` parts (a part may itself hold "|": the token "|"). */
function cuts(value: string, n: number): string[][] {
  if (n === 1) return [[value]];
  const all: string[][] = [];
  for (let k = value.indexOf('|'); k >= 0; k = value.indexOf('|', k + 1)) {
    for (const rest of cuts(value.slice(k + 1), n - 1)) all.push([value.slice(0, k), ...rest]);
  }
  return all;
}

/** Part number given for a part a template does not have. */
const NO_PART = -2;

/**
 * Feature weights looked up by numbers, never by name: every string that occurs as a part of a feature
 * name gets a number at load, and a feature (template, part numbers) is found in an open-addressing hash
 * table of int32 keys. A part string the model never saw has number -1, and no feature holds it.
 */
export class LinearModel implements Scorer<number> {
  private readonly partIds = new Map<string, number>();
  private readonly keys: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;
  private readonly weights: Float32Array;
  private readonly width = LABELS.length;

  constructor(model: SerializedModel) {
    if (model.labels.join() !== LABELS.join()) throw new Error('entity model labels do not match the tagger');
    const { width } = this;
    const templates = new Map<string, number>(TEMPLATE_NAMES.map((name, t) => [name, t]));
    const entries: Array<[number, number, number, number, number]> = [];
    model.features.forEach((name, f) => {
      const eq = name.indexOf('=');
      const t = templates.get(eq < 0 ? name : name.slice(0, eq));
      if (t === undefined) return;
      const arity = templateArity(t);
      if (eq < 0) {
        if (arity === 0) entries.push([t, NO_PART, NO_PART, NO_PART, f * width]);
        return;
      }
      if (arity === 0) return;
      for (const parts of cuts(name.slice(eq + 1), arity)) {
        const [a, b, c] = parts.map((p) => this.intern(p));
        entries.push([t, a!, b ?? NO_PART, c ?? NO_PART, f * width]);
      }
    });
    let capacity = 1024;
    while (capacity < entries.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.keys = new Int32Array(capacity * 4);
    this.rows = new Int32Array(capacity).fill(-1);
    for (const [t, a, b, c, row] of entries) {
      let slot = this.hash(t, a, b, c);
      while (this.rows[slot]! >= 0) slot = (slot + 1) & this.mask;
      this.keys.set([t, a, b, c], slot * 4);
      this.rows[slot] = row;
    }
    const bytes = decodeBase64(model.weights);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.weights = new Float32Array(model.features.length * width);
    for (let i = 0; i < this.weights.length; i++) this.weights[i] = view.getInt16(i * 2, true) / model.scale;
  }

  private intern(part: string): number {
    let id = this.partIds.get(part);
    if (id === undefined) {
      id = this.partIds.size;
      this.partIds.set(part, id);
    }
    return id;
  }

  private hash(t: number, a: number, b: number, c: number): number {
    let h = Math.imul(t + 0x165667b1, 0x9e3779b1);
    h = Math.imul(h ^ (a + 3), 0x85ebca77);
    h = Math.imul(h ^ (h >>> 13) ^ (b + 3), 0xc2b2ae35);
    h = Math.imul(h ^ (h >>> 16) ^ (c + 3), 0x27d4eb2f);
    return (h ^ (h >>> 15)) & this.mask;
  }

  part(s: string): number {
    return this.partIds.get(s) ?? -1;
  }

  /** Offset of the feature's weights, or -1 when the model has no such feature. */
  find(t: number, a: number, b: number, c: number): number {
    if (a === -1 || b === -1 || c === -1) return -1;
    const { keys, rows } = this;
    for (let slot = this.hash(t, a, b, c); ; slot = (slot + 1) & this.mask) {
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

export const ENTITY_MODEL = new LinearModel(weights as SerializedModel);
