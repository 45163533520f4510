// Pairs quotation marks into quoted spans, paragraph by paragraph. Double marks make quotes; single marks
// make quotes only outside double ones (British style), and only where they cannot be apostrophes.
// A quote that runs on (news convention: a paragraph left open, the next one reopened; or, where the
// paragraphs were joined onto one line, an opening mark after a sentence's end while the quote is open)
// is cut into segments, one per paragraph, that share `runsFrom`. A quote never closed ends at its
// paragraph's end and a message records the unbalanced mark.
import type { Report, Span } from '../document.js';
import { QUOTE_MARKS, type QuoteLevel } from '../lexicons/quote-marks.js';

export interface QuotedSpan extends Span {
  /** The span ends at a paragraph's end without a closing mark. */
  unclosed: boolean;
  /** For a segment of a quote that runs on: the start of its first segment, shared by all its segments. */
  runsFrom?: number;
  level: QuoteLevel;
}

interface Open {
  start: number;
  /** The mark that opened the quote (or this segment of it). */
  mark: string;
  level: QuoteLevel;
  runsFrom?: number;
  /** An inner quote is open inside this one (‘…’ inside “…”, or “…” inside British ‘…’). */
  inner: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/;
/** Characters after which an opening mark may stand. */
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/:;,]/;
/** A sentence's end: an opening mark right after it, space or none, opens a statement (`carpet."It's`). */
const SENTENCE_END = /[.!?…]/;
/** Common elisions that start with an apostrophe: ’90s, ’em, ’tis, rock ’n’ roll. */
const ELISION = /^(?:\d\d|em\b|tis\b|twas\b|n\b|cause\b|til\b|bout\b|round\b)/i;
/** Marks of one family close each other's quotes (typists mix "straight" and “curly”). */
const ENGLISH_DOUBLE = new Set(['"', '“', '”']);

/**
 * Two apostrophes stand for a double mark in some wire copy: ''like this'' (opens and closes, as ");
 * ’’ only closes (as ”). The mark they stand for, or undefined.
 */
function doubledApostrophe(text: string, i: number): string | undefined {
  if (text[i] === "'" && text[i + 1] === "'") return '"';
  if (text[i] === '’' && text[i + 1] === '’') return '”';
  return undefined;
}

/** Code units that may start a mark: each one-character mark (the doubled apostrophes start with one).
 * Every other character is passed over at once, without a look-up in QUOTE_MARKS. */
const MARK_START = (() => {
  const codes = new Set<number>();
  for (const c of QUOTE_MARKS.keys()) if (c.length === 1) codes.add(c.charCodeAt(0));
  return codes;
})();

export function scanQuotes(text: string, paragraphs: readonly Span[], report: Report): QuotedSpan[] {
  const quotes: QuotedSpan[] = [];
  const segment = (open: Open, end: number, unclosed: boolean, runsOn: boolean): void => {
    const runsFrom = open.runsFrom ?? (runsOn ? open.start : undefined);
    quotes.push({ start: open.start, end, unclosed, ...(runsFrom !== undefined ? { runsFrom } : {}), level: open.level });
  };
  let carried: Open | null = null;
  paragraphs.forEach((para, p) => {
    let open: Open | null = null;
    let i = para.start;
    if (carried) {
      // the previous paragraph left a quote open, and this one starts by reopening it
      const doubled = doubledApostrophe(text, para.start);
      open = { start: para.start, mark: doubled ?? text[para.start]!, level: carried.level, runsFrom: carried.runsFrom ?? carried.start, inner: false };
      i = para.start + (doubled ? 2 : 1);
      carried = null;
    }
    const singleCloses = lastSingleClose(text, para);
    for (; i < para.end; i++) {
      if (!MARK_START.has(text.charCodeAt(i))) continue;
      const doubled = !(open?.level === 'single') ? doubledApostrophe(text, i) : undefined;
      const c = doubled ?? text[i]!;
      const mark = QUOTE_MARKS.get(c);
      if (!mark) continue;
      const width = doubled ? 2 : 1;
      const prev = i > para.start ? text[i - 1]! : ' ';
      const next = i + width < para.end ? text[i + width]! : ' ';
      if (open) {
        if (doubled && open.inner) {
          // “He said ‘no’’ and left”: the apostrophes close the inner quote, not the outer one
          open.inner = false;
          i += width - 1;
          continue;
        }
        const at = i;
        if (doubled) i++;
        if (open.level === 'double' && mark.level === 'single') {
          if (mark.opens && canOpen(prev, next, c, text, i)) open.inner = true;
          else if (mark.closes && open.inner && canClose(prev, next, c, text, i, para.end)) open.inner = false;
          continue;
        }
        if (open.level === 'single' && (open.inner || (mark.level === 'double' && singleCloses > i))) {
          // British style: “…” inside ‘…’ is an inner quote when a single mark can still close the outer one;
          // single marks inside the inner quote are its apostrophes
          if (mark.level === 'double') open.inner = open.inner ? !(mark.closes && canClose(prev, next, c, text, i, para.end)) : mark.opens && canOpen(prev, next, c, text, i);
          if (mark.level === 'double' || open.inner) continue;
        }
        if (reopens(open, c, prev, next, text, at)) {
          // paragraphs joined onto one line: the quote runs on into a new segment
          let end = at;
          while (end > open.start && SPACE.test(text[end - 1]!)) end--;
          segment(open, end, false, true);
          open = { start: at, mark: c, level: open.level, runsFrom: open.runsFrom ?? open.start, inner: false };
          continue;
        }
        if (mark.level === open.level && closesQuoteOf(open.mark, c, prev, next) && canClose(prev, next, c, text, i, para.end)) {
          segment(open, i + 1, false, false);
          open = null;
        } else if (open.level === 'single' && mark.level === 'double') {
          // a double mark inside a "single quote" means the single mark was an apostrophe after all
          open = null;
          i -= width;
        }
        continue;
      }
      if (mark.opens && canOpen(prev, next, c, text, i)) {
        open = { start: i, mark: c, level: mark.level, inner: false };
        i += width - 1;
      } else {
        if (mark.level === 'double' && mark.closes && !mark.opens) {
          report('stray-closing-quote', `closing quotation mark ${c} at ${i} has no opening mark`, { start: i, end: i + width });
        }
        i += width - 1;
      }
    }
    if (!open) return;
    const following = paragraphs[p + 1];
    const reopening = following && QUOTE_MARKS.get(doubledApostrophe(text, following.start) ?? text[following.start]!);
    if (reopening && reopening.level === open.level && reopening.opens) {
      segment(open, para.end, false, true);
      carried = open;
    } else if (open.level === 'double') {
      segment(open, para.end, true, false);
      report('unbalanced-quote', `quotation mark at ${open.start} is not closed; the quote ends at the end of its paragraph (${para.end})`, { start: open.start, end: para.end });
    }
    // an unclosed single mark was an apostrophe: no quote, no message
  });
  return quotes;
}

/**
 * Whether mark `c` closes a quote opened by `opener`: its own closing mark; any closing mark of its level
 * unless the opener is one that only its own mark closes (« … "…" … »: the inner quote leaves the outer
 * one open); or an English opening glyph in a closing position, a typo for the closing one ("the best in
 * the world“ and").
 */
function closesQuoteOf(opener: string, c: string, prev: string, next: string): boolean {
  const own = QUOTE_MARKS.get(opener)!;
  if (own.closing === c) return true;
  if (own.strict) return false;
  if (QUOTE_MARKS.get(c)!.strict) return false;
  return QUOTE_MARKS.get(c)!.closes || (!SPACE.test(prev) && !LETTER_OR_DIGIT.test(next));
}

/**
 * An opening mark of the open quote's own kind after a sentence's end, before a word: the quote runs on
 * from a paragraph whose break was lost (“…we lost everything. “We had nothing…”).
 */
function reopens(open: Open, c: string, prev: string, next: string, text: string, i: number): boolean {
  const mark = QUOTE_MARKS.get(c)!;
  if (!mark.opens || mark.level !== open.level || !SPACE.test(prev) || !LETTER_OR_DIGIT.test(next)) return false;
  const sameKind = c === open.mark || (ENGLISH_DOUBLE.has(c) && ENGLISH_DOUBLE.has(open.mark));
  if (!sameKind || (open.level === 'single' && !canOpen(prev, next, c, text, i))) return false;
  let j = i;
  while (j > open.start && SPACE.test(text[j - 1]!)) j--;
  return j > open.start + 1 && SENTENCE_END.test(text[j - 1]!);
}

/** The last single mark in the paragraph that can close a quote (after a non-space, before no letter), or -1. */
function lastSingleClose(text: string, para: Span): number {
  for (let j = para.end - 1; j > para.start; j--) {
    if (!MARK_START.has(text.charCodeAt(j))) continue;
    const mark = QUOTE_MARKS.get(text[j]!);
    if (mark?.level === 'single' && mark.closes && !SPACE.test(text[j - 1]!) && !LETTER_OR_DIGIT.test(text[j + 1] ?? ' ')) return j;
  }
  return -1;
}

function canOpen(prev: string, next: string, c: string, text: string, i: number): boolean {
  if (SPACE.test(next)) return false;
  const mark = QUOTE_MARKS.get(c)!;
  const afterSentence = SENTENCE_END.test(prev) && UPPER.test(next);
  if (mark.level === 'double') return c !== '"' || BEFORE_OPEN.test(prev) || QUOTE_MARKS.has(prev) || afterSentence;
  // a single mark opens only where it cannot be an apostrophe: after a space or an opening mark, before a
  // letter, and not an elision such as ’90s
  if (!(BEFORE_OPEN.test(prev) || QUOTE_MARKS.has(prev) || afterSentence)) return false;
  if (!LETTER_OR_DIGIT.test(next)) return false;
  return !ELISION.test(text.slice(i + 1, i + 6));
}

function canClose(prev: string, next: string, c: string, text: string, i: number, paraEnd: number): boolean {
  if (QUOTE_MARKS.get(c)!.level === 'double') return c !== '"' || !SPACE.test(prev) || !LETTER_OR_DIGIT.test(next);
  if (SPACE.test(prev) || LETTER_OR_DIGIT.test(next)) return false;
  // "the players’ union": a plural possessive looks like a closing mark; prefer a later one after punctuation
  if (/s/i.test(prev) && next === ' ' && /\p{Ll}/u.test(text[i + 2] ?? '')) {
    for (let j = i + 1; j < paraEnd; j++) {
      if (QUOTE_MARKS.get(text[j]!)?.closes && QUOTE_MARKS.get(text[j]!)?.level === 'single' && /[.,!?;:]/.test(text[j - 1]!)) return false;
    }
  }
  return true;
}
