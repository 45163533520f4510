// A wink-nlp reader whose every `readDoc` sees the same vocabulary, so that tokens and tags depend on the
// text alone. wink-nlp adds each unseen word to a cache shared by all later documents, and its tokenizer
// keeps a word whole once it is cached ("Trump’s" stops splitting into "Trump" + "’s"): without this, an
// article's annotation would depend on what was annotated before it in the same process.
import winkNLP from 'wink-nlp';
import { absentKeys, plainWordList, sbdPosModel } from './wink-model.js';

/** The parts of wink's core model that its cache grows as it reads (the model's feature tables). */
interface FeatureTable {
  hash: Record<string, number>;
  list: string[];
  /** The index the next new value gets. */
  index: number;
}
interface CoreModel {
  features: Record<string, FeatureTable | undefined> & { lexeme: FeatureTable };
  packing: { efList: string[] };
}

/**
 * Past this many learned words (or keys kept as absent, see wink-model.ts's lexemeHash), a fresh wink
 * instance replaces the current one: the cache keeps every word a run has met (see `forget`), so memory
 * would otherwise grow with the run. Renewal changes no output, since every document already sees the
 * pristine vocabulary; it costs one model load (~30 ms from wink-core.bin) every ~250 news articles (~80
 * words learned each), and keeps the cache under ~2 MB.
 */
const RENEW_AFTER_WORDS = 20_000;

interface Table {
  table: FeatureTable;
  /** Length when the instance was made: entries past it were learned while reading. */
  pristine: number;
  /** Length at the end of the last `forget`. */
  mark: number;
}

interface Instance {
  wink: ReturnType<typeof winkNLP>;
  lexicon: Table;
  /** The features wink extracts from unseen words (prefix, suffix, shape): packed in a few bits each. */
  features: Table[];
  /** Documents handed a reader of this instance. */
  documents: number;
}

const watch = (table: FeatureTable): Table => ({ table, pristine: table.list.length, mark: table.list.length });

function createInstance(): Instance {
  let core: CoreModel | undefined;
  // keeping a hold of the core model wink reads lets `forget` reach the tables its cache adds to
  const wink = winkNLP(sbdPosModel((c) => (core = c as CoreModel)), ['sbd', 'pos']);
  if (!core) throw new Error('onrecord: wink-nlp did not load its core model through core()');
  const c: CoreModel = core;
  const features = c.packing.efList.map((f) => c.features[f]).filter((t): t is FeatureTable => !!t?.hash);
  return { wink, lexicon: watch(c.features.lexeme), features: features.map(watch), documents: 0 };
}

/** Forgets a word of a table's hash (see forget: set to undefined, not deleted). */
const forgetEntry = (hash: Record<string, number | undefined>, word: string): void => {
  hash[word] = undefined;
};

/**
 * Puts the tables back as the model loaded them; returns how many words the lexicon list holds beyond
 * its own, or how many keys its hash keeps as absent if more (~70 and ~90 a news article). Feature values
 * are simply cut off: nothing outside the last document refers to them, and their small packed indices
 * must not creep towards overflow. Learned words leave the look-up hash only: wink's cache stores each
 * word's features in a private array at the word's list index, so the list must keep growing in step
 * with it.
 *
 * A forgotten entry is set to undefined rather than deleted: wink reads every entry as `hash[word] ===
 * undefined` (cache.js: lookup, getFeaturesIndex), so both read as absent, but a deleted word is looked
 * for again along the lexeme hash's prototype, wink-model.ts's proxy into the compiled words, at each
 * document that has it (three proxy calls for each word learned again), and deleting keeps V8 rehashing.
 */
function forget(instance: Instance): number {
  for (const t of instance.features) {
    const { hash, list } = t.table;
    for (let k = t.pristine; k < list.length; k++) forgetEntry(hash, list[k]!);
    list.length = t.pristine;
    t.table.index = t.pristine;
  }
  const t = instance.lexicon;
  // from the second document on, wink reads its words from a plain array (see lazyWordList)
  if (instance.documents > 0) t.table.list = plainWordList(t.table.list);
  const { hash, list } = t.table;
  for (let k = t.mark; k < list.length; k++) forgetEntry(hash, list[k]!);
  t.mark = list.length;
  return Math.max(list.length - t.pristine, absentKeys(hash));
}

let current: Instance | undefined;

/** The wink-nlp instance (sbd and pos pipes), created on first use. */
export function winkInstance(): ReturnType<typeof winkNLP> {
  current ??= createInstance();
  return current.wink;
}

/**
 * wink-nlp's `readDoc` for the paragraphs of one document, on the model as freshly loaded: what earlier
 * documents taught the cache is forgotten first. Within the document, words it has met stay cached
 * (forgetting after every paragraph cost 6 % of `annotate`'s time).
 */
export function freshReader(): (text: string) => ReturnType<ReturnType<typeof winkNLP>['readDoc']> {
  if (current && forget(current) > RENEW_AFTER_WORDS) current = undefined;
  current ??= createInstance();
  current.documents++;
  const { wink } = current;
  return (text) => wink.readDoc(text);
}
