import { constants } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { readText } from '../src/index.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('read stage', () => {
  it.each([
    ['plain UTF-8', utf8('Xi said “yes”.'), 'Xi said “yes”.'],
    ['a BOM is dropped', bytes(0xef, 0xbb, 0xbf, ...utf8('Hello')), 'Hello'],
    ['only the first BOM is dropped', bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41), '\ufeffA'],
    ['CRLF is kept as it is', utf8('a\r\n\r\nb'), 'a\r\n\r\nb'],
    ['empty input', bytes(), ''],
  ])('%s', (_name, input, expected) => {
    expect(readText(input)).toEqual({ ok: true, text: expected });
  });

  it.each([
    ['invalid UTF-8', bytes(0x41, 0x42, 0xff, 0x43), /invalid UTF-8 at byte 2/],
    ['a truncated sequence', bytes(0x41, 0xe2, 0x80), /invalid UTF-8 at byte 1/],
    ['UTF-16 little endian', bytes(0xff, 0xfe, 0x41, 0x00), /UTF-16/],
    ['UTF-16 big endian', bytes(0xfe, 0xff, 0x00, 0x41), /UTF-16/],
    ['a NUL byte', bytes(0x41, 0x00, 0x42), /NUL byte at byte 1/],
  ])('rejects %s with a reason', (_name, input, reason) => {
    const result = readText(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('a text longer than a JavaScript string can be', () => {
  it('is reported as too long, not as invalid UTF-8', () => {
    const bytes = new Uint8Array(constants.MAX_STRING_LENGTH + 1).fill(0x61); // about 512 MiB of "a"
    expect(readText(bytes)).toEqual({ ok: false, reason: `text of ${bytes.length} bytes is longer than the longest string JavaScript can hold` });
  });
});
