// Trains the entity tagger (averaged perceptron, greedy decoding) on CoNLL-2003 train and writes
// src/models/entities.json and its compiled form entities.bin. Deterministic: fixed document order shuffled by a seeded generator.
//   npx tsx scripts/train-entities.ts [--epochs 12] [--holdout] [--out FILE]
// --holdout trains on the first 80% of the documents and reports on the rest (for error analysis).
import fs from 'node:fs';
import path from 'node:path';
import { EVAL_DIR, labelDocument, readJsonl, type LabelledDoc } from './conll.js';
import {
  FeatureList,
  allStaticFeatures,
  buildTokenTable,
  dynamicFeatures,
  staticFeatures,
  stringParts,
  type StaticFeatures,
  type TokenParts,
  type TokenTable,
} from '../src/entities/tagger/features.js';
import { NamedSink, bestAllowed, decode, type Scorer } from '../src/entities/tagger/decode.js';
import { LABELS, runsFromLabels } from '../src/entities/tagger/labels.js';
import { encodeModel } from '../src/entities/tagger/model-file.js';
import { writeEntityBinary } from './build-entity-binary.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const EPOCHS = Number(option('--epochs', '12'));
const HOLDOUT = args.includes('--holdout');
const PRUNE = Number(option('--prune', '0.5'));
const OUT = option('--out', path.resolve(import.meta.dirname, '../src/models/entities.json'));
const WIDTH = LABELS.length;

class AveragedPerceptron implements Scorer<string> {
  weights = new Map<string, Float64Array>();
  private totals = new Map<string, Float64Array>();
  private stamps = new Map<string, Float64Array>();
  private clock = 0;

  sink(): NamedSink {
    return new NamedSink((name) => this.weights.get(name));
  }

  addNamed(scores: Float64Array, feature: string): void {
    const w = this.weights.get(feature);
    if (w) for (let l = 0; l < WIDTH; l++) scores[l]! += w[l]!;
  }

  tick(): void {
    this.clock++;
  }

  update(features: readonly string[], truth: number, guess: number): void {
    for (const f of features) {
      let w = this.weights.get(f);
      if (!w) {
        w = new Float64Array(WIDTH);
        this.weights.set(f, w);
        this.totals.set(f, new Float64Array(WIDTH));
        this.stamps.set(f, new Float64Array(WIDTH));
      }
      const total = this.totals.get(f)!;
      const stamp = this.stamps.get(f)!;
      for (const [l, delta] of [[truth, 1], [guess, -1]] as const) {
        total[l]! += (this.clock - stamp[l]!) * w[l]!;
        stamp[l] = this.clock;
        w[l]! += delta;
      }
    }
  }

  average(): void {
    for (const [f, w] of this.weights) {
      const total = this.totals.get(f)!;
      const stamp = this.stamps.get(f)!;
      for (let l = 0; l < WIDTH; l++) w[l] = (total[l]! + (this.clock - stamp[l]!) * w[l]!) / this.clock;
    }
  }
}

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Prepared extends LabelledDoc {
  table: TokenTable;
  statics: StaticFeatures;
  parts: TokenParts<string>;
}

function prepare(d: LabelledDoc): Prepared {
  const table = buildTokenTable(d.doc);
  const statics = staticFeatures(table);
  return { ...d, table, statics, parts: stringParts(table, statics) };
}

function trainEpoch(model: AveragedPerceptron, docs: Prepared[]): number {
  let errors = 0;
  const scores = new Float64Array(WIDTH);
  for (const { table, statics, parts, labels } of docs) {
    const { tokens } = table;
    const guessed = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const same = (j: number) => j >= 0 && table.segments[j] === table.segments[i];
      const prev = same(i - 1) ? guessed[i - 1]! : -1;
      const prev2 = same(i - 2) ? guessed[i - 2]! : -1;
      const list = new FeatureList();
      allStaticFeatures(list, table, statics, parts, i);
      dynamicFeatures(list, parts, prev, prev2, i);
      const features = list.names;
      scores.fill(0);
      for (const f of features) model.addNamed(scores, f);
      const guess = bestAllowed(scores, prev);
      model.tick();
      if (guess !== labels[i]) {
        errors++;
        model.update(features, labels[i]!, guess);
      }
      guessed[i] = guess;
    }
  }
  return errors;
}

function report(model: Scorer<string>, docs: Prepared[]): void {
  const counts = new Map<string, { tp: number; pred: number; gold: number }>();
  for (const d of docs) {
    const key = (r: { type: string; first: number; end: number }) => `${r.type}:${r.first}:${r.end}`;
    const gold = new Set(runsFromLabels(d.labels).map(key));
    const pred = runsFromLabels(decode(model, d.table, d.statics)).map(key);
    for (const k of [...gold, ...pred]) {
      const type = k.split(':')[0]!;
      if (!counts.has(type)) counts.set(type, { tp: 0, pred: 0, gold: 0 });
    }
    for (const k of gold) counts.get(k.split(':')[0]!)!.gold++;
    for (const k of pred) {
      const c = counts.get(k.split(':')[0]!)!;
      c.pred++;
      if (gold.has(k)) c.tp++;
    }
  }
  for (const [type, c] of counts) {
    const p = c.tp / (c.pred || 1);
    const r = c.tp / (c.gold || 1);
    console.log(`${type}\tP ${(100 * p).toFixed(1)}\tR ${(100 * r).toFixed(1)}\tF1 ${((200 * p * r) / (p + r || 1)).toFixed(1)}`);
  }
}

function serialize(model: AveragedPerceptron): string {
  const kept = [...model.weights].filter(([, w]) => w.some((x) => Math.abs(x) >= PRUNE)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const max = kept.reduce((m, [, w]) => w.reduce((n, x) => Math.max(n, Math.abs(x)), m), 0);
  const scale = Math.floor(32767 / max);
  console.log(`features kept: ${kept.length} of ${model.weights.size}`);
  const int16 = new Int16Array(kept.length * WIDTH);
  kept.forEach(([, w], i) => w.forEach((x, l) => (int16[i * WIDTH + l] = Math.round(x * scale))));
  return JSON.stringify(encodeModel(kept.map(([name]) => name), int16, scale));
}

function main(): void {
  const file = path.join(EVAL_DIR, 'conll2003_train.jsonl');
  if (!fs.existsSync(file)) {
    console.log(`no training data at ${file}; nothing to do`);
    return;
  }
  const all = readJsonl(file).map((r) => prepare(labelDocument(r)));
  const cut = HOLDOUT ? Math.floor(all.length * 0.8) : all.length;
  const train = all.slice(0, cut);
  const held = all.slice(cut);
  const model = new AveragedPerceptron();
  const random = mulberry32(2003);
  const order = train.slice();
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    console.log(`epoch ${epoch}: ${trainEpoch(model, order)} token errors`);
  }
  model.average();
  if (HOLDOUT) {
    console.log('held-out 20% of train:');
    report(model, held);
  }
  const json = serialize(model);
  // a held-out model is only written where asked (--out), never over the committed one by default
  if (!HOLDOUT || args.includes('--out')) {
    fs.writeFileSync(OUT, json + '\n');
    console.log(`wrote ${OUT} (${(json.length / 1e6).toFixed(2)} MB)`);
    writeEntityBinary(OUT, OUT.replace(/\.json$/, '.bin'));
  }
}

main();
