// The trained weights of the entity tagger (src/models/entities.json, written by
// scripts/train-entities.ts), as a hash table keyed by numbers: read at module load from its compiled
// form, src/models/entities.bin (scripts/build-entity-binary.ts).
import { DATA_FILES, readDataFile } from '../../data-file.js';
import { LABELS } from './labels.js';
import { NO_PART, compile, decodeCompiled, hashKey, high, low, type CompiledModel, type SerializedModel } from './model-file.js';
import { WordScores, type Scorer, type ScoringSink } from './decode.js';
import { ContextSums } from './context-sums.js';

/** Word keys whose sums a model keeps across documents (360 bytes of sums each: 11.8 MB at most) before
 * it starts afresh; ~800 news articles of 750 words hold this many. */
const WORD_SCORES_LIMIT = 32_768;

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
  readonly words = new WordScores<number>(WORD_SCORES_LIMIT);
  readonly context = new ContextSums<number>();

  constructor(model: SerializedModel | CompiledModel) {
    const { parts, table, weights } = 'table' in model ? model : compile(model);
    // a plain loop: 14,908 [part, i] pairs for the Map constructor cost ~6 ms of start-up and garbage
    const partIds = new Map<string, number>();
    for (let i = 0; i < parts.length; i++) partIds.set(parts[i]!, i);
    this.partIds = partIds;
    this.table = table;
    this.mask = table.length / 3 - 1;
    this.weights = weights;
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

/** The compiled model file (src/models/entities.bin). */
export const COMPILED_MODEL_URL = DATA_FILES.entityModel;

export const ENTITY_MODEL = new LinearModel(decodeCompiled(readDataFile('entityModel')));
