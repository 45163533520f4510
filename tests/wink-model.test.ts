// src/text/wink-model.ts loads wink's model its own faster way: it must give wink-nlp the very model the
// package gives, and wink-nlp the very tokens, tags and sentences.
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { loadCoreModel, sbdPosModel } from '../src/text/wink-model.js';
import { corpusArticles } from '../src/eval/corpus.js';
import { PROJECT } from './batch-helpers.js';

describe('wink model loader', () => {
  it('makes the core model the package makes', () => {
    const ours = loadCoreModel();
    expect(isDeepStrictEqual(ours, model.core())).toBe(true);
    // a second one is a copy of its own: what the cache adds to one does not reach the other
    (ours as { features: { lexeme: { list: string[] } } }).features.lexeme.list.push('zzz-learned');
    expect(isDeepStrictEqual(loadCoreModel(), model.core())).toBe(true);
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
