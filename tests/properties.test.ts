// Property: annotate never throws on any text, and every span it reports lies inside the text and, where
// it carries text, is exactly text.slice(start, end).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';
import type { Annotation } from '../src/index.js';

interface AnySpan {
  start: number;
  end: number;
  text?: string;
}

function spansOf(a: Annotation): AnySpan[] {
  return [
    ...a.paragraphs,
    ...a.sentences,
    ...a.people.flatMap((p) => p.mentions),
    ...a.places.flatMap((p) => p.mentions),
    ...a.quotes,
    ...a.quotes.flatMap((q) => (q.speaker ? [q.speaker.mention] : [])),
    ...a.quotes.flatMap((q) => (q.cue ? [q.cue] : [])),
    ...a.messages.flatMap((m) => (m.start !== undefined && m.end !== undefined ? [{ start: m.start, end: m.end }] : [])),
  ];
}

function checkSpans(text: string): void {
  const annotation = annotate(text, { path: 'property' });
  expect(annotation.source.length).toBe(text.length);
  for (const span of spansOf(annotation)) {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
    expect(0 <= span.start && span.start <= span.end && span.end <= text.length).toBe(true);
    if (span.text !== undefined) expect(span.text).toBe(text.slice(span.start, span.end));
  }
}

// News-shaped pieces: quote marks of every kind, apostrophes, line and paragraph breaks, capitalised words
// (names and places to be), cue verbs, punctuation.
const piece = fc.oneof(
  fc.constantFrom('"', '\u201c', '\u201d', "'", '\u2018', '\u2019', '\u00ab', '\u00bb', '`', "''"),
  fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', ' ', '  ', '\t'),
  fc.constantFrom('said', 'says', 'told', 'according to', 'which', 'who', 'pledged', 'proposed', 'his', '758', 'he', 'she', 'they', 'Mr.', 'Dr.', 'President', "'s", 'n\u2019t', ',', '.', '?', '!', '\u2014', ':'),
  fc.stringMatching(/^[A-Z][a-z]{1,9}$/),
  fc.stringMatching(/^[a-z]{1,8}$/),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
);
const newsLike = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' ').replace(/ {2,}/g, (s) => (s.length % 2 ? ' ' : s)));

// The words of attributions with no source (src/quotes/sourceless.ts) among names, cue verbs and punctuation.
const sourcelessPiece = fc.oneof(
  fc.constantFrom('Asked', 'asked', 'When', 'when', 'being', 'whether', 'if', 'what', 'about', 'to', 'by', 'is', 'was', 'been', 'not', 'expected', 'seems', 'seemed', 'appears', 'appeared', 'reportedly', 'which', 'who', 'it', 'that'),
  fc.constantFrom('said', 'told', 'he', 'she', ',', '.', '?', '"', '\u201c', '\u201d', '\n', '\n\n', '\u2014'),
  fc.stringMatching(/^[A-Z][a-z]{1,9}$/),
  fc.stringMatching(/^[a-z]{1,8}$/),
);
const sourcelessLike = fc.array(sourcelessPiece, { maxLength: 50 }).map((parts) => parts.join(' '));

describe('annotate on arbitrary text', () => {
  it('never throws, spans in range and matching the text (random Unicode)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme-composite', maxLength: 100 })), (text) => {
        checkSpans(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, spans in range and matching the text (quotes, breaks, apostrophes, capitalised words)', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        checkSpans(text);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws, spans in range and matching the text (words of sourceless attributions)', () => {
    fc.assert(
      fc.property(sourcelessLike, (text) => {
        checkSpans(text);
      }),
      { numRuns: 400 },
    );
  });
});
