// The tagger looks features up by template and part numbers; training scores them by name. These tests
// check that the two give the same weights, so that the model trained by name tags the same by number.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../src/document.js';
import { tokenize } from '../src/stages/tokenize.js';
import { T, buildTokenTable, staticFeatures } from '../src/entities/tagger/features.js';
import { NamedSink, decode, type Scorer } from '../src/entities/tagger/decode.js';
import { COMPILED_MODEL_URL, ENTITY_MODEL, LinearModel } from '../src/entities/tagger/model.js';
import { compile, decodeCompiled, encodeCompiled, encodeModel, featureNames, type SerializedModel } from '../src/entities/tagger/model-file.js';
import { LABELS } from '../src/entities/tagger/labels.js';

const WIDTH = LABELS.length;

/** A model file of the given features, feature i weighing i + 1 on every label. */
const tinyModel = (features: string[]): SerializedModel =>
  encodeModel(features, Int16Array.from({ length: features.length * WIDTH }, (_, k) => Math.floor(k / WIDTH) + 1), 1);

/** Scores features by their joined names, as the training script does. */
class NamedScorer implements Scorer<string> {
  private readonly rows = new Map<string, Float32Array>();
  constructor(model: SerializedModel) {
    const bytes = Buffer.from(model.weights, 'base64');
    featureNames(model).forEach((name, f) => {
      const row = new Float32Array(WIDTH);
      for (let l = 0; l < WIDTH; l++) row[l] = bytes.readInt16LE((f * WIDTH + l) * 2) / model.scale;
      this.rows.set(name, row);
    });
  }
  sink(): NamedSink {
    return new NamedSink((name) => this.rows.get(name));
  }
}

const scoreOf = (model: LinearModel, template: number, ...parts: string[]): number => {
  const scores = new Float64Array(WIDTH);
  const sink = model.sink();
  sink.into(scores, 0);
  const [a, b, c] = parts.map((p) => sink.part(p));
  sink.add(template, a, b, c);
  return scores[0]!;
};

describe('feature look-up by numbers', () => {
  const model = new LinearModel(tinyModel(['b', 'w=a|b', 'pw|w=x|y|z', 'psh|sh|nsh=X|x|Xx', 'first|w=paris']));

  it('finds a feature with no parts, and one whose only part holds "|"', () => {
    expect(scoreOf(model, T.b)).toBe(1);
    expect(scoreOf(model, T.w, 'a|b')).toBe(2);
    expect(scoreOf(model, T.w, 'a')).toBe(0);
  });

  it('finds a two-part feature however its name cuts at "|"', () => {
    expect(scoreOf(model, T['pw|w'], 'x|y', 'z')).toBe(3);
    expect(scoreOf(model, T['pw|w'], 'x', 'y|z')).toBe(3);
    expect(scoreOf(model, T['pw|w'], 'x', 'y')).toBe(0);
    expect(scoreOf(model, T['w|nw'], 'x|y', 'z')).toBe(0);
  });

  it('reads back the names it was given', () => {
    expect(featureNames(tinyModel(['b', 'w=a|b', 'pw|w=x|y|z']))).toEqual(['b', 'w=a|b', 'pw|w=x|y|z']);
  });

  it('tells templates apart and ignores parts it never saw', () => {
    expect(scoreOf(model, T['psh|sh|nsh'], 'X', 'x', 'Xx')).toBe(4);
    expect(scoreOf(model, T['first|w'], 'paris')).toBe(5);
    expect(scoreOf(model, T.w, 'paris')).toBe(0);
    expect(scoreOf(model, T['psh|sh|nsh'], 'X', 'x', 'never-seen')).toBe(0);
  });
});

describe('the compiled model file', () => {
  it('is entities.json compiled (run scripts/build-entity-binary.ts after training)', () => {
    const json = JSON.parse(readFileSync(new URL('../src/models/entities.json', import.meta.url), 'utf8')) as SerializedModel;
    const compiled = compile(json);
    const bytes = encodeCompiled(compiled);
    expect(Buffer.compare(readFileSync(COMPILED_MODEL_URL), bytes)).toBe(0);
    expect(decodeCompiled(bytes)).toEqual(compiled);
  });

  it('scores as the model file it was compiled from', () => {
    const file = tinyModel(['b', 'w=a|b', 'first|w=paris']);
    const fromBytes = new LinearModel(decodeCompiled(encodeCompiled(compile(file))));
    for (const [template, parts] of [[T.b, []], [T.w, ['a|b']], [T['first|w'], ['paris']], [T.w, ['paris']]] as const) {
      expect(scoreOf(fromBytes, template, ...parts)).toBe(scoreOf(new LinearModel(file), template, ...parts));
    }
    expect(scoreOf(fromBytes, T['first|w'], 'paris')).toBeGreaterThan(0);
  });
});

describe('the tagger labels as the named features would', () => {
  const weights = JSON.parse(readFileSync(new URL('../src/models/entities.json', import.meta.url), 'utf8')) as SerializedModel;
  const named = new NamedScorer(weights);
  const dir = new URL('../corpus/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

  it.each(files)('%s', (file) => {
    const doc = emptyDocument(readFileSync(new URL(file, dir), 'utf8'));
    tokenize(doc);
    const table = buildTokenTable(doc);
    const statics = staticFeatures(table);
    const labels = decode(ENTITY_MODEL, table, statics);
    expect(labels.some((l) => l !== 0)).toBe(true);
    expect([...labels]).toEqual([...decode(named, table, statics)]);
  });
});
