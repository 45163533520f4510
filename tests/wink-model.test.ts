// src/text/wink-model.ts loads wink's model its own faster way: it must give wink-nlp the very model the
// package gives, and wink-nlp the very tokens, tags and sentences.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { loadCoreModel, sbdPosModel, WINK_CORE_URL } from '../src/text/wink-model.js';
import { compileWinkCore } from '../scripts/build-wink-binary.js';
import { corpusArticles } from '../src/eval/corpus.js';
import { PROJECT } from './batch-helpers.js';

describe('wink model loader', () => {
  it('is the installed package compiled (run scripts/build-wink-binary.ts after updating it)', () => {
    expect(Buffer.compare(readFileSync(WINK_CORE_URL), compileWinkCore())).toBe(0);
  });

  type Lexeme = { list: string[]; hash: Record<string, number> };
  type Core = { features: { lexeme: Lexeme } };
  /** The model with its lexeme hash read word by word (ours looks words up as they are asked for). */
  const materialised = (core: unknown, words: readonly string[]): unknown => {
    const { lexeme } = (core as Core).features;
    const hash: Record<string, number | undefined> = Object.create(null);
    for (const w of words) hash[w] = lexeme.hash[w];
    // the list as a plain array: ours decodes its words as they are read
    return { ...(core as object), features: { ...(core as Core).features, lexeme: { ...lexeme, list: Array.from(lexeme.list), hash } } };
  };

  it('makes the core model the package makes', () => {
    const theirs = model.core() as Core;
    const words = [...theirs.features.lexeme.list, 'zzz-unknown', '__proto__', 'constructor', 'toString'];
    const ours = loadCoreModel() as Core;
    expect(isDeepStrictEqual(materialised(ours, words), materialised(theirs, words))).toBe(true);
    // a second one is a copy of its own: what the cache adds to one does not reach the other
    ours.features.lexeme.list.push('zzz-learned');
    ours.features.lexeme.hash['zzz-learned'] = 1;
    ours.features.lexeme.hash.the = 2;
    expect(isDeepStrictEqual(materialised(loadCoreModel(), words), materialised(theirs, words))).toBe(true);
    // wink writes and deletes words it learns: they then read as unknown again, the model's own as before
    delete ours.features.lexeme.hash['zzz-learned'];
    delete ours.features.lexeme.hash.the;
    expect(ours.features.lexeme.hash['zzz-learned']).toBe(undefined);
    expect(ours.features.lexeme.hash.the).toBe(theirs.features.lexeme.hash.the);
  });

  it('gives the tokens, tags and sentences of the full model', () => {
    const full = winkNLP(model, ['sbd', 'pos']);
    const lite = winkNLP(sbdPosModel(), ['sbd', 'pos']);
    const read = (wink: typeof full, text: string) => {
      const doc = wink.readDoc(text);
      return [doc.tokens().out(), doc.tokens().out(wink.its.pos), doc.sentences().out(wink.its.span)];
    };
    const texts = corpusArticles(join(PROJECT, 'corpus')).map((a) => a.text);
    texts.push('Mr. O’Neill didn’t say — “we’ll see” — at 3:30 p.m. in São Paulo. U.S.A.! (Really?)\n\nNo.');
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) expect(read(lite, text)).toEqual(read(full, text));
  });
});
