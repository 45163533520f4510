// The file format of the entity tagger's weights (src/models/entities.json): each feature as a template
// and part numbers, so that loading it builds no feature names and hashes no strings but the parts.
import { decodeBase64 } from '../../base64.js';
import { bytesOf, LITTLE_ENDIAN, readSections, writeSections } from '../../binary-file.js';
import { LABELS } from './labels.js';
import { TEMPLATE_NAMES, featureCuts, featureName, templateArity } from './features.js';

export interface SerializedModel {
  labels: string[];
  /** Weights are int16 values divided by `scale`. */
  scale: number;
  /** Feature templates as [name, number of parts], in the order `features` numbers them. */
  templates: Array<[string, number]>;
  /** Every string that is a part of some feature, in the order `features` numbers them. */
  parts: string[];
  /**
   * Per feature, in the order of `weights`: its template number, then one part number per part, as
   * little-endian uint16 in base64.
   */
  features: string;
  /** More ways to read a feature whose name cuts more than one way at "|": [feature, template, ...parts]. */
  aliases: number[][];
  /** Per feature, one little-endian int16 per label, in base64. */
  weights: string;
}


/** Little-endian 16-bit numbers of a base64 string, as a typed array (a plain view where the machine is little-endian). */
export function decode16<A extends Uint16Array | Int16Array>(b64: string, type: { new (buffer: ArrayBuffer): A; new (length: number): A }, signed: boolean): A {
  const bytes = decodeBase64(b64);
  if (LITTLE_ENDIAN) return new type(bytes.buffer as ArrayBuffer);
  const view = new DataView(bytes.buffer);
  const out = new type(bytes.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = signed ? view.getInt16(2 * i, true) : view.getUint16(2 * i, true);
  return out;
}

function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Part number given for a part a template does not have. */
export const NO_PART = -2;

/**
 * Every feature of the file, aliases included, as five numbers: template (as this code numbers them), three
 * part numbers (NO_PART where the template has fewer parts) and the feature's index. Features of templates
 * this code does not know are left out.
 */
export function readFeatures(model: SerializedModel): { entries: Int32Array; size: number; features: number } {
  const template = model.templates.map(([name]) => TEMPLATE_NAMES.indexOf(name as (typeof TEMPLATE_NAMES)[number]));
  const arity = model.templates.map(([, n]) => n);
  const stream = decode16(model.features, Uint16Array, false);
  const entries = new Int32Array((stream.length + model.aliases.length) * 5);
  let size = 0;
  let features = 0;
  for (let k = 0; k < stream.length; features++) {
    const t = stream[k++]!;
    const n = arity[t]!;
    const a = n > 0 ? stream[k++]! : NO_PART;
    const b = n > 1 ? stream[k++]! : NO_PART;
    const c = n > 2 ? stream[k++]! : NO_PART;
    if (template[t]! < 0) continue;
    entries[size] = template[t]!;
    entries[size + 1] = a;
    entries[size + 2] = b;
    entries[size + 3] = c;
    entries[size + 4] = features;
    size += 5;
  }
  for (const [f, t, a, b, c] of model.aliases) {
    if (template[t!]! < 0) continue;
    entries.set([template[t!]!, a ?? NO_PART, b ?? NO_PART, c ?? NO_PART, f!], size);
    size += 5;
  }
  return { entries, size, features };
}

/** The model file of the given features (names as featureName writes them) and their int16 weights. */
export function encodeModel(names: readonly string[], int16: Int16Array, scale: number): SerializedModel {
  const parts = new Map<string, number>();
  const partNumber = (p: string): number => {
    if (!parts.has(p)) parts.set(p, parts.size);
    return parts.get(p)!;
  };
  const stream: number[] = [];
  const aliases: number[][] = [];
  names.forEach((name, f) => {
    const [first, ...others] = featureCuts(name);
    if (!first) throw new Error(`entity model: feature ${name} has no template`);
    stream.push(first.template, ...first.parts.map(partNumber));
    for (const cut of others) aliases.push([f, cut.template, ...cut.parts.map(partNumber)]);
  });
  // part numbers are 16-bit, and 0xfffe and 0xffff are kept for the tagger's own use
  if (parts.size >= 0xfffe) throw new Error('entity model: too many parts for 16-bit numbers');
  const features = new Uint8Array(stream.length * 2);
  const view = new DataView(features.buffer);
  stream.forEach((x, i) => view.setUint16(i * 2, x, true));
  const weights = new Uint8Array(int16.length * 2);
  const wview = new DataView(weights.buffer);
  int16.forEach((x, i) => wview.setInt16(i * 2, x, true));
  return {
    labels: [...LABELS],
    scale,
    templates: TEMPLATE_NAMES.map((t, i) => [t, templateArity(i)]),
    parts: [...parts.keys()],
    features: encodeBase64(features),
    aliases,
    weights: encodeBase64(weights),
  };
}

/**
 * A feature key in two int32: template and first part, second and third parts. Part numbers fit in 16 bits
 * (the file stores them so, and NO_PART becomes 0xfffe, a number no part has).
 */
export const high = (t: number, a: number): number => (t << 16) | (a & 0xffff);
export const low = (b: number, c: number): number => ((b & 0xffff) << 16) | (c & 0xffff);

/** Slot of a packed feature key in a table of mask + 1 slots. */
export function hashKey(high: number, low: number, mask: number): number {
  let h = Math.imul(high ^ 0x165667b1, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ low, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

/** The hash table of the model file's features (see LinearModel), ready to load. */
export function compile(model: SerializedModel): CompiledModel {
  if (model.labels.join() !== LABELS.join()) throw new Error('entity model labels do not match the tagger');
  const width = LABELS.length;
  const { entries, size, features } = readFeatures(model);
  let capacity = 1024;
  while (capacity < (size / 5) * 1.5) capacity *= 2;
  const mask = capacity - 1;
  const table = new Int32Array(capacity * 3);
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
  const weights = new Float32Array(int16.length);
  for (let i = 0; i < int16.length; i++) weights[i] = int16[i]! / model.scale;
  return { parts: model.parts, table, weights };
}

/** Feature names of a model file, in the order of its weights (aliases left out). */
export function featureNames(model: SerializedModel): string[] {
  const names: string[] = [];
  const part = (p: number): string | undefined => (p === NO_PART ? undefined : model.parts[p]);
  const { entries, size } = readFeatures(model);
  for (let e = 0; e < size; e += 5) {
    names[entries[e + 4]!] ??= featureName(entries[e]!, part(entries[e + 1]!), part(entries[e + 2]!), part(entries[e + 3]!));
  }
  return names;
}

/**
 * The model compiled for loading (src/models/entities.bin, written from entities.json by
 * scripts/build-entity-binary.ts): the part strings, the tagger's hash table of feature keys as it is in
 * memory, and the weights as the tagger adds them (float32, each int16 / scale of the model file). Loading
 * it is reading three arrays, not decoding base64, hashing every feature and dividing every weight again.
 * Layout: the sections of src/binary-file.ts under "ORM2": the parts as a JSON array (UTF-8), the table
 * (int32), the weights (float32).
 */
export interface CompiledModel {
  parts: string[];
  /** Per slot: the two key numbers and 1 + the offset of the weights (0: an empty slot). */
  table: Int32Array;
  weights: Float32Array;
}

const MAGIC = 'ORM2';

export function encodeCompiled(model: CompiledModel): Uint8Array {
  const parts = new TextEncoder().encode(JSON.stringify(model.parts));
  return writeSections(MAGIC, [parts, bytesOf(model.table), bytesOf(model.weights)]);
}

export function decodeCompiled(input: Uint8Array): CompiledModel {
  const [partsBytes, table, weights] = readSections(MAGIC, input);
  if (!partsBytes || !table || !weights) throw new Error('entity model: the compiled model file is cut short');
  const parts = JSON.parse(new TextDecoder().decode(partsBytes)) as string[];
  return {
    parts,
    table: new Int32Array(table.buffer, table.byteOffset, table.length / 4),
    weights: new Float32Array(weights.buffer, weights.byteOffset, weights.length / 4),
  };
}
