// annotate()'s contract at its edge: a TypeError that names the argument for what is not a string (never
// schema-invalid output), and the maxChars limit, a RangeError before any work.
import { describe, expect, it } from 'vitest';
import { annotate, DEFAULT_MAX_CHARS } from '../src/index.js';

const call = annotate as (text: unknown, options?: unknown) => unknown;

describe('annotate() arguments', () => {
  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'a number'],
    [['text'], 'an array'],
    [{ text: 'x' }, 'an object'],
    [Buffer.from('Mara said.'), 'an object'],
  ])('text %j: TypeError naming "text"', (text, kind) => {
    expect(() => call(text)).toThrow(new TypeError(`annotate(text): text must be a string, got ${kind}`));
  });

  it('bad options: TypeError naming the option', () => {
    expect(() => call('Hi.', 'path.txt')).toThrow(/^annotate\(text, options\): options must be an object, got a string$/);
    expect(() => call('Hi.', { path: 7 })).toThrow(/options\.path must be a string or null, got a number/);
    expect(() => call('Hi.', { maxChars: '10' })).toThrow(/options\.maxChars must be a number of characters, got a string/);
    expect(() => call('Hi.', { maxChars: Number.NaN })).toThrow(TypeError);
  });

  it('maxChars: a longer text is a RangeError before any work; the default is documented; Infinity lifts it', () => {
    expect(DEFAULT_MAX_CHARS).toBe(5_000_000);
    expect(() => annotate('x'.repeat(11), { maxChars: 10 })).toThrow(new RangeError('annotate(text): text of 11 characters is longer than the limit of 10 (see options.maxChars)'));
    expect(() => annotate('x'.repeat(DEFAULT_MAX_CHARS + 1))).toThrow(RangeError);
    expect(annotate('Mara Quillon spoke.', { maxChars: 19 }).source.length).toBe(19);
    expect(annotate('Mara Quillon spoke.', { maxChars: Infinity }).source.length).toBe(19);
  });
});
