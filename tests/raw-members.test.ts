// rawMembers copies a top-level member's value as the JSON text that wrote it: what keeps an id such as
// 12345678901234567890 exact. Checked on hand-picked cases and on any JSON object, written compactly or
// with white space.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawMembers } from '../src/batch/raw-members.js';

describe('rawMembers', () => {
  it.each([
    ['{"id": 12345678901234567890, "text": "x"}', 'id', '12345678901234567890'],
    ['{"text": "a \\"quoted\\" } , word", "id": -1.50e+3}', 'id', '-1.50e+3'],
    ['{ "id" : "a#b\\\\" , "n": 1 }', 'id', '"a#b\\\\"'],
    ['{"meta": { "n": [1, 2, {"k": "v w"}] }, "id": 1}', 'meta', '{"n":[1,2,{"k":"v w"}]}'],
    ['{"id": 1, "id": 2}', 'id', '2'], // the last one, as JSON.parse takes
    ['{"x": true, "y": null, "id": false}', 'y', 'null'],
  ])('%s: %s', (json, name, raw) => {
    expect(rawMembers(json, new Set([name])).get(name)).toBe(raw);
  });

  it('leaves out a member the object lacks', () => {
    expect(rawMembers('{"a": 1}', new Set(['b'])).has('b')).toBe(false);
  });

  it('gives back every member of any object, compact or indented, as JSON.stringify writes it compactly', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.constantFrom(undefined, 2, '\t'), (object, indent) => {
        const json = JSON.stringify(object, null, indent);
        const members = rawMembers(json, new Set(Object.keys(object)));
        for (const [name, value] of Object.entries(object)) expect(members.get(name)).toBe(JSON.stringify(value));
      }),
    );
  });
});
