// wink-eng-lite-web-model, loaded for what onrecord asks of wink-nlp: tokens, parts of speech and
// sentences (the "sbd" and "pos" pipes). Its own entry point costs ~0.4 s per thread: it parses all of its
// models (sentiment and entities too, which wink-nlp loads whatever the pipes), then copies the core
// model through JSON.stringify + JSON.parse and decodes base64 with a byte loop. Here the core model is
// read from its compiled form (src/models/wink-core.bin, see wink-model-file.ts) once per thread, and each
// instance gets fresh copies of the parts wink's cache writes to, with the steps of the package's
// read-core-model.js and load-core-model.js; tests/wink-model.test.ts checks the result reads as the
// package's own core model, and the tokens, tags and sentences equal those of the full model.
import type { Model } from 'wink-nlp';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import loadSbdModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import loadPosModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import { DATA_FILES, readDataFile } from '../data-file.js';
import { decodeWinkCore, findWord, type CompiledCore } from './wink-model-file.js';

interface FeatureData {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** The core model as the package's JSON holds it, before loading. */
interface CoreJson {
  lexicon: unknown;
  xpansions: unknown;
  /** [word, mask, shift, 0 when the feature has a value list, 1 when extractable from unseen words, …] */
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, FeatureData> & { lexeme: FeatureData; posClusters: { list: unknown[] } };
  pos: { hash: Record<string, number> };
}

/** The compiled model file (src/models/wink-core.bin). */
export const WINK_CORE_URL = DATA_FILES.winkCore;

let compiled: CompiledCore | undefined;

const hashOf = (list: string[]): Record<string, number> => {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
};

/** Per lexeme hash: how many keys its proxy found in no word of the model (absentKeys). */
const ABSENT = new WeakMap<object, { count: number }>();

/** Keys the lexeme hash has kept as absent (undefined): wink-reader.ts renews an instance past a number of them. */
export const absentKeys = (hash: object): number => ABSENT.get(hash)?.count ?? 0;

/**
 * The lexeme hash wink's cache reads and writes as a plain object (`hash[word]`, `hash[word] = index`,
 * `delete hash[word]`), without hashing its 87,593 words up front (~60 ms): a word the object does not
 * hold is looked up in the compiled table by its prototype, a proxy, and kept as the object's own
 * property. Words wink adds while reading become own properties as before. A key the model lacks is
 * kept too, as undefined (which wink reads as absent, as it reads a missing key): wink's tokenizer asks
 * for the same unknown words and pieces of words in every document, and each call of the proxy costs
 * more than the search behind it.
 */
function lexemeHash(core: CompiledCore): Record<string, number> {
  const absent = { count: 0 };
  const lookup = new Proxy(Object.create(null) as object, {
    get(_target, key, receiver) {
      if (typeof key !== 'string') return undefined;
      const k = findWord(core, key);
      if (k < 0) absent.count++;
      const value = k < 0 ? undefined : k;
      Object.defineProperty(receiver, key, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
  });
  const hash = Object.create(lookup) as Record<string, number>;
  ABSENT.set(hash, absent);
  return hash;
}

/** Each lazy word list (below) and the array behind it. */
const lazyLists = new WeakMap<string[], string[]>();

/**
 * The lexeme list wink reads (`list[index]`, `list.length`) and pushes the words it learns to, without
 * decoding the model's 87,593 words up front (~25 ms and ~3 MB of heap): a proxy that decodes a word when
 * wink first reads it. A proxy costs every read, so the reader swaps it for a plain array (`plainWordList`)
 * before its second document: a run of one article never decodes the rest.
 */
function lazyWordList(core: CompiledCore): string[] {
  const target = new Array<string>(core.size);
  const list = new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'string') {
        const k = Number(key);
        if (Number.isInteger(k) && k >= 0 && k < core.size) return (t[k] ??= core.word(k));
      }
      return Reflect.get(t, key, receiver) as unknown;
    },
  });
  lazyLists.set(list, target);
  return list;
}

/** The lexeme list as a plain array: the model's words and, after them, those wink has learned since. */
export function plainWordList(list: string[]): string[] {
  const target = lazyLists.get(list);
  if (!target || !compiled) return list;
  const plain = compiled.words().slice();
  for (let k = compiled.size; k < target.length; k++) plain.push(target[k]!);
  return plain;
}

/** A fresh core model, as the package's `core()` returns it: wink-nlp's cache then grows its tables. */
export function loadCoreModel(): unknown {
  const core = (compiled ??= decodeWinkCore(readDataFile('winkCore')));
  const model = JSON.parse(core.rest) as CoreJson;
  const { packing, features, pos } = model;
  // wink only reads the two binary tables: every instance of the thread shares them
  model.lexicon = core.lexicon;
  model.xpansions = core.xpansions;
  features.lexeme.list = lazyWordList(core);
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) features[f]!.hash = hashOf(features[f]!.list);
  features.lexeme.hash = lexemeHash(core);
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
