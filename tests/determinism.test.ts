// The annotation is a pure function of the text: the same bytes every time, whatever ran before.
import { describe, expect, it } from 'vitest';
import { annotate, serialize } from '../src/index.js';
import { corpusArticles } from '../src/eval/corpus.js';

const articles = corpusArticles('corpus');
const run = (a: { path: string; text: string }): string => serialize(annotate(a.text, { path: a.path }));

describe('determinism', () => {
  it('has articles to run', () => {
    expect(articles.length).toBeGreaterThan(1);
  });

  it('annotates the same text twice to identical bytes', () => {
    for (const a of articles) expect(run(a), a.path).toBe(run(a));
  });

  it('leaks no state from one call into the next', () => {
    // in corpus order, then again in reverse order: each article now follows different ones
    const first = new Map(articles.map((a) => [a.path, run(a)]));
    for (const a of [...articles].reverse()) expect(run(a), `${a.path} after other articles`).toBe(first.get(a.path));
  });
});
