// Reported content after a verb that is no speech verb but reports through a that-clause
// (src/quotes/that-clauses.ts), on invented sentences: what is found, and what is not.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const reported = (text: string) => analyze(text).quotes.filter((q) => q.kind === 'indirect');

describe('that-clauses of the listed verbs', () => {
  it.each([
    ['"made clear that"', 'Ines Campbell made clear that the library would stay open.', 'that the library would stay open', 'Ines Campbell', 'made'],
    ['"made the case that"', 'The union made the case that the depot was worth saving.', 'that the depot was worth saving', 'The union', 'made'],
    ['"ruled that"', 'The appeals court ruled that the tram contract was void.', 'that the tram contract was void', 'The appeals court', 'ruled'],
    ['"convinced them that"', 'Tomasz Wrona convinced them that the bridge could be repaired.', 'that the bridge could be repaired', 'Tomasz Wrona', 'convinced'],
    ['"recognized that", an adverb between', 'The council recognized openly that the budget was too small.', 'that the budget was too small', 'The council', 'recognized'],
    ['a participle takes its main clause\'s subject', 'The engineers went home early, perhaps recognizing that the pumps would hold.', 'that the pumps would hold', 'The engineers', 'recognizing'],
  ])('%s', (_name, text, span, speaker, cue) => {
    const found = reported(text);
    expect(found.map((q) => q.text)).toEqual([span]);
    expect(found[0]!.speaker?.mention.text).toBe(speaker);
    expect(found[0]!.cue?.text).toBe(cue);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.text);
  });

  it.each([
    ['a verb of perception', 'Ines Campbell saw that the river was rising.'],
    ['a verb not listed', 'The council ensured that the library would stay open.'],
    ['"so that"', 'The crews made repairs so that the trams could run.'],
    ['"now that"', 'The depot reopened now that the roof was fixed.'],
    ['"given that"', 'Given that the roof leaked, the branch closed.'],
    ['an adjective before "that"', 'It was clear that the roof leaked.'],
    ['a noun before "that": a relative', 'The mayor made the decision that the council later reversed.'],
    ['"that" as a determiner', 'The council made that promise in 2019.'],
    ['a relative after an adverb', 'The mayor made a plan that quickly collapsed.'],
    ['a question', 'Did the court rule that the contract was void?'],
    ['negated', 'The court did not rule that the contract was void.'],
    ['conditional', 'If the court rules that the contract is void, the works stop.'],
  ])('not reported: %s', (_name, text) => {
    expect(reported(text).map((q) => q.text)).toEqual([]);
  });

  it('a clause a speech verb already reports is reported once', () => {
    const found = reported('Ines Campbell said the court had ruled that the contract was void.');
    expect(found.map((q) => [q.text, q.cue?.text])).toEqual([['the court had ruled that the contract was void', 'said']]);
  });
});
