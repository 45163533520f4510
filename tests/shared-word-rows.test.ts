// The process's one table of the tagger's word sums (src/entities/tagger/shared-word-rows.ts), which worker
// threads share: views of one buffer agree, keys are told apart exactly, a full table takes no more keys,
// and a tagger that keeps its sums there labels every token as one that keeps them alone.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../src/data-file.js';
import { emptyDocument } from '../src/document.js';
import { tokenize } from '../src/stages/tokenize.js';
import { buildTokenTable, staticFeatures, taggerNorm, taggerPos } from '../src/entities/tagger/features.js';
import { decode } from '../src/entities/tagger/decode.js';
import { LinearModel } from '../src/entities/tagger/model.js';
import { decodeCompiled } from '../src/entities/tagger/model-file.js';
import { NOT_SHARED, SharedWordRows, WORD_ROW_LENGTH, createSharedWordRows } from '../src/entities/tagger/shared-word-rows.js';

const compiled = decodeCompiled(readDataFile('entityModel'));
/** A model of its own: each keeps its word sums, as a worker thread's does. */
const freshModel = (): LinearModel => new LinearModel(compiled);
const sharingModel = (buffer: SharedArrayBuffer, ownLimit: number): LinearModel => {
  const model = freshModel();
  model.words.share(new SharedWordRows(buffer), ownLimit);
  return model;
};
const tableOf = (text: string) => {
  const doc = emptyDocument(text);
  tokenize(doc);
  return buildTokenTable(doc);
};
const labelsOf = (model: LinearModel, text: string): number[] => {
  const table = tableOf(text);
  return [...decode(model, table, staticFeatures(table))];
};

describe('the shared word-sum table', () => {
  it('two views of one buffer find the same row, readable once published', () => {
    const buffer = createSharedWordRows(8);
    const a = new SharedWordRows(buffer);
    const b = new SharedWordRows(buffer);
    const claimed = a.find('paris', 'Xx', 'PROPN');
    expect(claimed).toBeLessThan(-1);
    const row = -2 - claimed;
    expect(b.find('paris', 'Xx', 'PROPN')).toBe(NOT_SHARED); // claimed, not yet published
    a.sums.fill(1.5, row * WORD_ROW_LENGTH, (row + 1) * WORD_ROW_LENGTH);
    a.publish(row);
    expect(b.find('paris', 'Xx', 'PROPN')).toBe(row);
    expect([...b.sums.subarray(row * WORD_ROW_LENGTH, (row + 1) * WORD_ROW_LENGTH)]).toEqual(new Array(WORD_ROW_LENGTH).fill(1.5));
    // keys whose parts join into the same text, or differ in one part, are other keys
    for (const [norm, shape, pos] of [['pari', 'sXx', 'PROPN'], ['paris', 'Xx', 'NOUN'], ['paris', 'xx', 'PROPN'], ['Paris', 'Xx', 'PROPN']] as const) {
      const other = b.find(norm, shape, pos);
      expect(other).toBeLessThan(-1);
      expect(-2 - other).not.toBe(row);
    }
  });

  it('a full table takes no more keys and still gives those it holds', () => {
    const t = new SharedWordRows(createSharedWordRows(4));
    const keys = ['a', 'b', 'c', 'd', 'e', 'f'];
    const got = keys.map((k) => t.find(k, 'x', 'NOUN'));
    expect(got.slice(0, 4).every((r) => r < -1)).toBe(true);
    expect(got.slice(4)).toEqual([NOT_SHARED, NOT_SHARED]);
    for (const r of got.slice(0, 4)) t.publish(-2 - r);
    expect(keys.map((k) => t.find(k, 'x', 'NOUN'))).toEqual([...got.slice(0, 4).map((r) => -2 - r), NOT_SHARED, NOT_SHARED]);
    expect(t.size).toBe(4);
    expect(t.find('x'.repeat(200), 'x', 'NOUN')).toBe(NOT_SHARED); // too long to share
  });

  it('two taggers sharing one table label the corpus as a tagger alone, through a full table and a claimed row never published', () => {
    const dir = new URL('../corpus/', import.meta.url);
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(new URL(f, dir), 'utf8'));
    const buffer = createSharedWordRows(600);
    // a thread that claimed the first article's first word and died before publishing it
    const first = tableOf(texts[0]!);
    expect(new SharedWordRows(buffer).find(taggerNorm(first.tokens[0]!), first.shapes[0]!, taggerPos(first.tokens[0]!))).toBeLessThan(-1);
    const alone = freshModel();
    const sharing = [sharingModel(buffer, 700), sharingModel(buffer, 700)];
    texts.forEach((text, n) => {
      const labels = labelsOf(alone, text);
      expect(labelsOf(sharing[n % 2]!, text)).toEqual(labels);
      expect(labelsOf(sharing[(n + 1) % 2]!, text)).toEqual(labels); // now from rows the other filled
    });
    expect(new SharedWordRows(buffer).size).toBe(600);
  });

  it('the same labels on arbitrary text (fuzz: tiny tables that fill and start afresh)', () => {
    const piece = fc.oneof(
      fc.constantFrom('"', '\u201c', '\u201d', "'", '\n', '\n\n', ' ', ',', '.', 'said', 'Mr.', 'President', 'the', 'of'),
      fc.stringMatching(/^[A-Z][a-z]{1,9}$/),
      fc.stringMatching(/^[a-z]{1,8}$/),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    );
    const text = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(' '));
    const alone = freshModel();
    const buffer = createSharedWordRows(64);
    const sharing = [sharingModel(buffer, 48), sharingModel(buffer, 48)];
    let n = 0;
    fc.assert(
      fc.property(text, (t) => {
        expect(labelsOf(sharing[n++ % 2]!, t)).toEqual(labelsOf(alone, t));
      }),
      { numRuns: 300 },
    );
  });
});
