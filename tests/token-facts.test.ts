// The token table's facts (src/entities/tagger/token-facts.ts) stand in for the string functions the rules
// used to call: each bit and each class list must answer as the function it replaces, token by token.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../src/document.js';
import { tokenize } from '../src/stages/tokenize.js';
import { buildTokenTable } from '../src/entities/tagger/features.js';
import { classesAt, continuesPhraseAt, hasLetterAt, isAllCapsAt, isCapitalizedAt, isNameCaseAt, startsPhraseAt } from '../src/entities/tagger/token-facts.js';
import { WordQuestion } from '../src/entities/tagger/word-answers.js';
import { hasLetter, isAllCaps, isCapitalized } from '../src/text/shape.js';
import { lexiconClasses, mayContinuePhrase, mayStartPhrase } from '../src/lexicons/gazetteer.js';
import { isWorldPlace } from '../src/lexicons/world-places.js';

const tableOf = (text: string) => {
  const doc = emptyDocument(text);
  tokenize(doc);
  return buildTokenTable(doc);
};

const corpus = readdirSync('corpus').filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(`corpus/${n}`, 'utf8'));
const mixed = 'ÉLYSÉE said “Ngozi Eze’s” plan for New York, Hong Kong and ÅRHUS was ‘fine’ — 2024, O’Brien, iPhone, ß, Σ.';

const WORLD_PLACE = new WordQuestion(isWorldPlace);

describe('token facts', () => {
  it.each([['mixed case and marks', mixed], ...corpus.slice(0, 4).map((t, i): [string, string] => [`corpus article ${i}`, t])])('%s: every fact as the string functions answer', (_, text) => {
    const table = tableOf(text);
    expect(table.tokens.length).toBeGreaterThan(10);
    table.tokens.forEach((tok, t) => {
      expect([hasLetterAt(table, t), isCapitalizedAt(table, t), isAllCapsAt(table, t)], tok.text).toEqual([hasLetter(tok.text), isCapitalized(tok.text), isAllCaps(tok.text)]);
      expect(isNameCaseAt(table, t), tok.text).toBe(isCapitalized(tok.text) && hasLetter(tok.text));
      expect(startsPhraseAt(table, t), tok.norm).toBe(mayStartPhrase(tok.norm));
      expect(continuesPhraseAt(table, t), tok.norm).toBe(mayContinuePhrase(tok.norm));
      expect(WORLD_PLACE.at(table, t), tok.norm).toBe(isWorldPlace(tok.norm));
      expect(classesAt(table, t), tok.norm).toEqual(lexiconClasses(tok.norm));
    });
  });

  it('has each fact set somewhere in the mixed text (the checks above are not all of false)', () => {
    const table = tableOf(mixed);
    const some = (f: (t: number) => boolean) => table.tokens.some((_, t) => f(t));
    expect([some((t) => isAllCapsAt(table, t)), some((t) => isNameCaseAt(table, t)), some((t) => startsPhraseAt(table, t)), some((t) => classesAt(table, t).length > 0)]).toEqual([true, true, true, true]);
    expect([some((t) => continuesPhraseAt(table, t)), some((t) => WORLD_PLACE.at(table, t))]).toEqual([true, true]);
  });

  it('answers false past either end of the document', () => {
    const table = tableOf(mixed);
    for (const t of [-1, table.tokens.length]) expect([hasLetterAt(table, t), isCapitalizedAt(table, t), isAllCapsAt(table, t), isNameCaseAt(table, t), startsPhraseAt(table, t), continuesPhraseAt(table, t)]).toEqual([false, false, false, false, false, false]);
  });
});
