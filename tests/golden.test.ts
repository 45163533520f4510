// Golden files: the whole annotation of every corpus article, byte for byte. A change in output shows up
// as a failing test; `npm run golden:update` rewrites tests/golden/ and `git diff tests/golden` shows a
// person exactly what changed, to accept or to fix.
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotate, serialize } from '../src/index.js';
import { corpusArticles } from '../src/eval/corpus.js';

const GOLDEN = 'tests/golden';
const update = process.env.UPDATE === '1';
const articles = corpusArticles('corpus');

describe('golden files', () => {
  it('covers a corpus', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  for (const { stem, text } of articles) {
    it(`corpus/${stem}.txt`, () => {
      const actual = serialize(annotate(text, { path: `corpus/${stem}.txt` }));
      const file = `${GOLDEN}/${stem}.json`;
      if (update || !existsSync(file)) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, actual);
        if (!update) expect.fail(`${file} did not exist and has been written: review it, then commit it`);
        return;
      }
      expect(actual, `${file} differs: run "npm run golden:update" and review "git diff ${GOLDEN}"`).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('has no golden file without an article', () => {
    const stems = new Set(articles.map((a) => a.stem));
    const orphans = readdirSync(GOLDEN).filter((f) => f.endsWith('.json') && !stems.has(f.slice(0, -'.json'.length)));
    if (update) for (const f of orphans) unlinkSync(`${GOLDEN}/${f}`);
    else expect(orphans, 'golden files of articles that no longer exist (npm run golden:update removes them)').toEqual([]);
  });
});
