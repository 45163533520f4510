import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortedListHas, sortedListHasPrefix } from '../src/lexicons/sorted-list.js';

const joinSorted = (words: string[]): string => [...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n');

describe('sortedListHas', () => {
  const list = joinSorted(['aachen', 'ab', 'abc', 'leeds', 'porto alegre', 'porto', 'zürich', 'são paulo']);
  it.each([
    ['aachen', true],
    ['ab', true],
    ['abc', true],
    ['a', false],
    ['abcd', false],
    ['porto', true],
    ['porto alegre', true],
    ['porto alegr', false],
    ['zürich', true],
    ['são paulo', true],
    ['', false],
    ['leeds\nporto', false],
  ])('%j -> %s', (word, expected) => {
    expect(sortedListHas(list, word)).toBe(expected);
  });

  it('finds nothing in an empty list', () => expect(sortedListHas('', 'a')).toBe(false));

  it('agrees with a Set on random lists and words', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), word, (words, probe) => {
        const set = new Set(words);
        const joined = joinSorted(words);
        for (const w of [...set, probe]) expect(sortedListHas(joined, w)).toBe(set.has(w));
      }),
    );
  });
});

describe('sortedListHasPrefix', () => {
  const list = joinSorted(['aachen', 'ab', 'abc', 'leeds', 'porto alegre', 'porto', 'zürich', 'são paulo']);
  it.each([
    ['porto ', true],
    ['porto a', true],
    ['porto b', false],
    ['leeds ', false],
    ['a', true],
    ['abcd', false],
    ['zz', false],
    ['', false],
  ])('%j -> %s', (prefix, expected) => {
    expect(sortedListHasPrefix(list, prefix)).toBe(expected);
  });

  it('agrees with a scan of the words on random lists and prefixes', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), word, (words, probe) => {
        const joined = joinSorted(words);
        for (const p of [...words.map((w) => w.slice(0, 2)), probe]) expect(sortedListHasPrefix(joined, p)).toBe(words.some((w) => w.startsWith(p)));
      }),
    );
  });
});
