// The trained weights of the entity tagger (src/models/entities.json, written by
// scripts/train-entities.ts): feature names and their per-label weights as
// little-endian int16 in base64, scaled by `scale`. Decoded once at module load.
import weights from '../models/entities.json' with { type: 'json' };
import { LABELS } from './labels.js';
import type { Scorer } from './decode.js';

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

export class LinearModel implements Scorer {
  private readonly index: Map<string, number>;
  private readonly weights: Float32Array;
  private readonly width: number;

  constructor(model: SerializedModel) {
    if (model.labels.join() !== LABELS.join()) throw new Error('entity model labels do not match the tagger');
    this.width = LABELS.length;
    const names = model.features;
    this.index = new Map(names.map((name, i) => [name, i * this.width]));
    const bytes = decodeBase64(model.weights);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.weights = new Float32Array(names.length * this.width);
    for (let i = 0; i < this.weights.length; i++) this.weights[i] = view.getInt16(i * 2, true) / model.scale;
  }

  add(feature: string, scores: Float64Array): void {
    const at = this.index.get(feature);
    if (at === undefined) return;
    for (let l = 0; l < this.width; l++) scores[l]! += this.weights[at + l]!;
  }
}

export const ENTITY_MODEL = new LinearModel(weights as SerializedModel);
