// Stage "quotes": quoted spans with their kind. Marks are paired by scanQuotes; the kind says whether the
// span is a statement on its own (direct), words quoted inside the writer's sentence (partial), or quoted
// text that is no speech: scare quotes, titles, terms (scare). Attribution may still turn a short
// partial quote that nobody is said to have spoken into a scare quote.
import { reporter, type Document, type Quote, type Span, type QuoteKind, type QuoteMethod, type ScareReason } from '../document.js';
import { scanQuotes, type QuotedSpan } from '../quotes/scan-marks.js';
import { NON_SPEECH_CUES } from '../lexicons/non-speech-cues.js';
import { CLOSING_MARKS, QUOTE_MARKS } from '../lexicons/quote-marks.js';
import { wordsOf } from '../text/words.js';
import { descriptorTest, namedBySomeone, namesATerm, nicknameTest } from '../quotes/terms.js';
import { comparableWords, fillsItsLine, furnitureOfLine, Lines, repeatsAQuote } from '../quotes/page-furniture.js';

export function findQuotes(doc: Document): void {
  const { text } = doc;
  const spans = scanQuotes(text, doc.paragraphs, reporter(doc, 'quotes')).filter((s) => /[\p{L}\p{N}]/u.test(text.slice(s.start, s.end)));
  // the segments of a running quote share the id of its first segment
  const groupOf = new Map<number, string>();
  const segments = new Map<number, number>();
  spans.forEach((s, i) => {
    if (s.runsFrom === undefined) return;
    if (!groupOf.has(s.runsFrom)) groupOf.set(s.runsFrom, `q${i + 1}`);
    segments.set(s.runsFrom, (segments.get(s.runsFrom) ?? 0) + 1);
  });
  const insideName = nicknameTest(doc.people);
  const beforeName = descriptorTest(doc.people);
  doc.quotes = spans.map((s, i): Quote => ({
    id: `q${i + 1}`,
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
    ...classifyQuote(text, s, paragraphStart(doc, s.start), insideName, beforeName),
    ...(s.runsFrom !== undefined && segments.get(s.runsFrom)! > 1 ? { group: groupOf.get(s.runsFrom)! } : {}),
    paragraph: paragraphIndex(doc, s.start),
    speaker: null,
    cue: null,
    confidence: 0,
  }));
  markPageFurniture(doc);
}

/** Quotes on a line of page furniture are no one's speech here: scare quotes, with the reason. */
function markPageFurniture(doc: Document): void {
  const { text } = doc;
  const lines = new Lines(text);
  const lineOf = doc.quotes.map((q) => lines.around(q.start, q.end));
  const fills = doc.quotes.map((q, i) => fillsItsLine(text, lines, q, lineOf[i]!));
  let words: string[] | null = null;
  doc.quotes.forEach((q, i) => {
    if (q.kind === 'scare') return;
    const reason = furnitureOfLine(text, lineOf[i]!);
    if (reason) Object.assign(q, scare(reason));
    else if (fills[i]) {
      // a subhead or pull quote repeats words the article quotes elsewhere
      words ??= doc.quotes.map((o) => ` ${comparableWords(o.text)} `);
      if (repeatsAQuote(doc.quotes, words, fills, i)) Object.assign(q, scare('subhead'));
    }
  });
}

function paragraphIndex(doc: Document, offset: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.paragraphs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const paragraphStart = (doc: Document, offset: number): number => doc.paragraphs[paragraphIndex(doc, offset)]?.start ?? 0;

/** The quoted words without their marks. */
function quoteContent(text: string, q: { start: number; end: number }): string {
  let { start, end } = q;
  while (start < end && QUOTE_MARKS.has(text[start]!)) start++;
  while (end > start && QUOTE_MARKS.has(text[end - 1]!)) end--;
  return text.slice(start, end).trim();
}

interface Classification {
  kind: QuoteKind;
  /** For a scare quote, why it is one ("scare:title"); "none" until attribution decides. */
  method: QuoteMethod;
}

const speech = (kind: QuoteKind): Classification => ({ kind, method: 'none' });
const scare = (why: ScareReason): Classification => ({ kind: 'scare', method: `scare:${why}` });

function classifyQuote(text: string, q: QuotedSpan, paraStart: number, insideName: (q: Span) => boolean, beforeName: (q: Span, text: string) => boolean): Classification {
  const content = quoteContent(text, q);
  const words = wordsOf(content);
  // Only the end of the text before the quote is read, so that the time spent does not grow with the
  // paragraph: a `$`-anchored regex over the whole lead would scan it all for every quote.
  const before = text.slice(paraStart, q.start).trimEnd();
  const prevChar = before.slice(-1);
  const prevWord = (lastMatch(before, /([\p{L}-]+)$/u)?.[1] ?? '').toLowerCase();
  const endsLikeSpeech = /[.,!?…—–-]$/.test(content);
  // a quote that opens a line opens a statement, whatever ends the line before (a signature, a label)
  const opensLine = opensItsLine(text, paraStart, q.start);
  const opensSentence = before === '' || opensLine || /[.!?:;—–(]/.test(prevChar) || (QUOTE_MARKS.has(prevChar) && !afterListedQuote(before));
  if (NON_SPEECH_CUES.has(prevWord) || /\bso-called$/i.test(before.slice(-10))) return scare('named-thing');
  // in a headline, where every word is capitalised, a quote between capitalised words is no nickname
  if (insideName(q) && !capitalisesEveryWord(wordsOf(`${before.slice(-80)} ${text.slice(q.end, q.end + 80).split('\n')[0]}`))) return scare('nickname');
  if (!opensSentence && namesATerm(before, text.slice(q.end, q.end + 40))) return scare('term');
  if (!opensSentence && beforeName(q, text)) return scare('named-thing');
  // a headline capitalises every word, so there title case says nothing about the quote
  if (!opensSentence && isTitleCase(words) && !isTitleCase(wordsOf(before.slice(-80))) && !namedBySomeone(before, text.slice(q.end, q.end + 40))) return scare('title');
  if (opensSentence) return words.length <= 2 && !endsLikeSpeech && !/^\p{Lu}/u.test(content) ? scare('short') : speech('direct');
  if (prevChar === ',' && /^\p{Lu}/u.test(content) && (endsLikeSpeech || words.length >= 4)) return speech('direct');
  return speech('partial');
}

/**
 * `pattern` (anchored at the end with `$`, no lookbehind) matched against the end of `s`: the same match
 * as `pattern.exec(s)`, in time bounded by the match's length. The window doubles while the match starts
 * at its first characters (where it might reach further back, or a surrogate pair might be cut).
 */
function lastMatch(s: string, pattern: RegExp): RegExpExecArray | null {
  for (let size = 64; ; size *= 2) {
    const from = Math.max(0, s.length - size);
    const match = pattern.exec(s.slice(from));
    if (from === 0 || !match || match.index > 1) return match;
  }
}

/** The text before ends with a quote closed after a comma or a word: `an "anchor baby,"` then `"unstable"`. */
const afterListedQuote = (before: string): boolean => CLOSING_MARKS.has(before.slice(-1)) && /[\p{L}\p{N},]/u.test(before.slice(-2, -1));

/** Only white space other than a newline stands between a newline and `at` (the start of a line). */
function opensItsLine(text: string, paraStart: number, at: number): boolean {
  let i = at;
  while (i > paraStart && /[^\S\n]/.test(text[i - 1]!)) i--;
  return i > paraStart && text[i - 1] === '\n';
}

/** Short words a title leaves in lower case: "Meet the Press", "Game of Thrones". */
const TITLE_FUNCTION_WORDS = new Set('a an the of and or in on at to for with by from as nor but vs de la le del van von'.split(' '));

/** Every word capitalised but the small ones: the title of a work ("The Lead with Jake Tapper"), not speech. */
function isTitleCase(words: string[]): boolean {
  return words.length <= 8 && capitalisesEveryWord(words);
}

/** Every word but the small ones starts with a capital or a digit (and there are two or more). */
function capitalisesEveryWord(words: string[]): boolean {
  const significant = words.filter((w) => !TITLE_FUNCTION_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
  return significant.length > 1 && significant.every((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w));
}
