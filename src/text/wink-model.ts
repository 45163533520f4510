// wink-eng-lite-web-model, loaded for what onrecord asks of wink-nlp: tokens, parts of speech and
// sentences (the "sbd" and "pos" pipes). Its own entry point costs ~0.4 s per thread: it parses all of its
// models (sentiment and entities too, which wink-nlp loads whatever the pipes), then copies the core
// model through JSON.stringify + JSON.parse and decodes base64 with a byte loop. Here the core model is
// imported once, copied per instance and decoded with the same steps as the package's
// read-core-model.js and load-core-model.js; tests/wink-model.test.ts checks the result equals the
// package's own core model, and the tokens, tags and sentences equal those of the full model.
import type { Model } from 'wink-nlp';
import CORE from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json' with { type: 'json' };
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import loadSbdModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import loadPosModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import { decodeBase64 } from '../base64.js';

interface FeatureData {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** The core model as the package's JSON holds it, before loading. */
interface CoreJson {
  lexicon: string;
  xpansions: string;
  /** [word, mask, shift, 0 when the feature has a value list, 1 when extractable from unseen words, …] */
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, FeatureData> & { lexeme: FeatureData; posClusters: { list: unknown[] } };
  pos: { hash: Record<string, number> };
}

/**
 * A copy of a JSON value that shares its strings. Not structuredClone: strings JSON.parse made go into an
 * object's keys (the look-up hashes below) at a fraction of the cost of fresh copies (~100 vs ~150 ms for
 * the 87,593 words of the lexicon hash, measured here).
 */
const copyJson = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(copyJson);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const k in v) out[k] = copyJson((v as Record<string, unknown>)[k]);
  return out;
};

const hashOf = (list: string[]): Record<string, number> => {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
};

const words32 = (b64: string): Uint32Array => new Uint32Array(decodeBase64(b64).buffer);

/** A fresh core model, as the package's `core()` returns it: wink-nlp's cache then grows its tables. */
export function loadCoreModel(): unknown {
  const model = copyJson(CORE) as CoreJson;
  const { packing, features, pos } = model;
  (model as unknown as Record<string, unknown>).lexicon = words32(model.lexicon);
  (model as unknown as Record<string, unknown>).xpansions = words32(model.xpansions);
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) features[f]!.hash = hashOf(features[f]!.list);
  features.lexeme.hash = hashOf(features.lexeme.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.index = features.lexeme.list.length;
  return model;
}

/**
 * An automaton with no states, in wink-nlp's JSON form: wink-nlp loads the entity, negation and sentiment
 * models whatever the pipes, and runs them only for their pipes, which onrecord does not ask for.
 */
const NO_MACHINE = '[100,0,{"0":{}},{},{},{}]';
const unused = () => ({ machines: [NO_MACHINE], transformers: [], setter: () => undefined });

/**
 * The model for `winkNLP(model, ['sbd', 'pos'])`. `core` is called once per instance; `onCore` sees each
 * core model made (wink-reader.ts keeps it to forget what the cache learned). No add-ons: stems, lemmas
 * and readability are not read.
 */
export function sbdPosModel(onCore: (core: unknown) => void = () => undefined): Model {
  return {
    core: () => {
      const core = loadCoreModel();
      onCore(core);
      return core;
    },
    sbd: loadSbdModel,
    pos: loadPosModel,
    ner: unused,
    negation: unused,
    sa: unused,
    metaCER: () => ({ machines: [], transformers: [] }),
    featureFn,
    addons: {},
  } as unknown as Model;
}
