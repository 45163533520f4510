// The output contract: schema/annotation.schema.json (JSON Schema 2020-12) accepts what onrecord writes and
// rejects what it must never write.
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { annotate, type Annotation } from '../src/index.js';

const schema = JSON.parse(readFileSync('schema/annotation.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const errors = (value: unknown): string[] => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

/** A hand-built annotation that uses every field, optional ones included. */
function full(): Annotation {
  const text = 'Dr Ana Ruiz said: “We build.” Critics saw a “vanity project” in Lima.';
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  return {
    ...annotate(text, { path: 'invented.txt' }),
    people: [{ id: 'p1', name: 'Ana Ruiz', titles: ['Dr'], gender: 'female', mentions: [{ ...span('Ana Ruiz'), title: 'Dr' }] }],
    places: [{ id: 'l1', name: 'Lima', mentions: [span('Lima')] }],
    quotes: [
      { id: 'q1', ...span('“We build.”'), kind: 'direct', speaker: { entity: 'p1', name: 'Ana Ruiz', mention: span('Ana Ruiz') }, cue: span('said'), method: 'name-cue', confidence: 0.9 },
      { id: 'q2', ...span('“vanity project”'), kind: 'scare', speaker: null, cue: null, method: 'none', confidence: 0 },
    ],
    messages: [{ source: 'quotes', rule: 'example', severity: 'info', reason: 'an example', start: 0, end: 2 }],
  };
}

describe('annotation schema', () => {
  it('is a valid draft 2020-12 schema', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  const golden = readdirSync('tests/golden').filter((f) => f.endsWith('.json'));
  it('has golden files to check', () => {
    expect(golden.length).toBeGreaterThan(0);
  });
  it.each(golden)('accepts tests/golden/%s', (file) => {
    expect(errors(JSON.parse(readFileSync(`tests/golden/${file}`, 'utf8')))).toEqual([]);
  });

  it.each([
    ['an empty text', () => annotate('')],
    ['an invented sentence', () => annotate('Ana Ruiz said: “We build.”', { path: null })],
    ['every field filled in', full],
    ['fields added by a later version', () => ({ ...full(), language: 'en', people: full().people.map((p) => ({ ...p, wikidata: 'Q1' })) })],
  ])('accepts %s', (_label, make) => {
    expect(errors(make())).toEqual([]);
  });

  const broken: Array<[string, (a: Annotation) => void, RegExp]> = [
    ['a renamed field (quotes → quotations)', (a: any) => { a.quotations = a.quotes; delete a.quotes; }, /must have required property 'quotes'/],
    ['an offset written as a string', (a: any) => { a.quotes[0].start = String(a.quotes[0].start); }, /\/quotes\/0\/start must be integer/],
    ['a renamed speaker field (mention → span)', (a: any) => { a.quotes[0].speaker.span = a.quotes[0].speaker.mention; delete a.quotes[0].speaker.mention; }, /\/quotes\/0\/speaker/],
    ['an unknown quote kind', (a: any) => { a.quotes[0].kind = 'paraphrase'; }, /\/quotes\/0\/kind must be equal to one of the allowed values/],
    ['a confidence above 1', (a: any) => { a.quotes[0].confidence = 1.5; }, /\/quotes\/0\/confidence must be <= 1/],
    ['a negative offset', (a: any) => { a.people[0].mentions[0].end = -1; }, /\/people\/0\/mentions\/0\/end must be >= 0/],
    ['a missing source hash', (a: any) => { delete a.source.sha256; }, /\/source must have required property 'sha256'/],
    ['a bad message severity', (a: any) => { a.messages[0].severity = 'fatal'; }, /\/messages\/0\/severity/],
  ];
  it.each(broken)('rejects %s', (_label, breakIt, expected) => {
    const a = full();
    breakIt(a);
    expect(errors(a).join('\n')).toMatch(expected);
  });
});
