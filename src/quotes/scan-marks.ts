// Pairs quotation marks into quoted spans, paragraph by paragraph. Double marks make quotes; single marks
// make quotes only outside double ones (British style), and only where they cannot be apostrophes.
// A quote left open at a paragraph's end continues when the next paragraph reopens it (news convention);
// otherwise it ends at the paragraph's end and a message records the unbalanced mark.
import type { Report, Span } from '../document.js';
import { QUOTE_MARKS, type QuoteLevel } from '../lexicons/quote-marks.js';

export interface QuotedSpan extends Span {
  /** The span ends at a paragraph's end without a closing mark. */
  unclosed: boolean;
  /** The quote runs over more than one paragraph. */
  multiParagraph: boolean;
  level: QuoteLevel;
}

interface Open {
  start: number;
  /** The mark that opened the quote. */
  mark: string;
  level: QuoteLevel;
  paragraphs: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
/** Characters after which an opening mark may stand. */
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/:;,]/;
/** Common elisions that start with an apostrophe: ’90s, ’em, ’tis, rock ’n’ roll. */
const ELISION = /^(?:\d\d|em\b|tis\b|twas\b|n\b|cause\b|til\b|bout\b|round\b)/i;

export function scanQuotes(text: string, paragraphs: readonly Span[], report: Report): QuotedSpan[] {
  const quotes: QuotedSpan[] = [];
  let carried: Open | null = null;
  paragraphs.forEach((para, p) => {
    let open: Open | null = null;
    let i = para.start;
    if (carried) {
      // the previous paragraph left a quote open, and this one starts by reopening it
      open = { ...carried, paragraphs: carried.paragraphs + 1 };
      i = para.start + (text.startsWith("''", para.start) ? 2 : 1);
      carried = null;
    }
    for (; i < para.end; i++) {
      // two apostrophes stand for a straight double mark in some wire copy: ''like this''
      const doubled = text[i] === "'" && text[i + 1] === "'";
      const c = doubled ? '"' : text[i]!;
      const mark = QUOTE_MARKS.get(c);
      if (!mark) continue;
      const width = doubled ? 2 : 1;
      const prev = i > para.start ? text[i - 1]! : ' ';
      const next = i + width < para.end ? text[i + width]! : ' ';
      if (doubled) i++;
      if (open) {
        // an opening glyph in a closing position ("the best in the world“ and") is a typo for the closing one
        const closes = mark.closes || QUOTE_MARKS.get(open.mark)?.closing === c || (!SPACE.test(prev) && !LETTER_OR_DIGIT.test(next));
        if (mark.level === open.level && closes && canClose(prev, next, c, text, i, para.end)) {
          quotes.push({ start: open.start, end: i + 1, unclosed: false, multiParagraph: open.paragraphs > 1, level: open.level });
          open = null;
        } else if (open.level === 'single' && mark.level === 'double') {
          // a double mark inside a "single quote" means the single mark was an apostrophe after all
          open = null;
          i -= width;
        }
        continue;
      }
      if (mark.opens && canOpen(prev, next, c, text, i)) {
        open = { start: i + 1 - width, mark: c, level: mark.level, paragraphs: 1 };
      } else if (mark.level === 'double' && mark.closes && !mark.opens) {
        report('stray-closing-quote', `closing quotation mark ${c} at ${i} has no opening mark`, { start: i, end: i + 1 });
      }
    }
    if (!open) return;
    const following = paragraphs[p + 1];
    const reopening = following && QUOTE_MARKS.get(text.startsWith("''", following.start) ? '"' : text[following.start]!);
    const reopens = reopening && reopening.level === open.level && reopening.opens;
    if (reopens) {
      carried = open;
    } else if (open.level === 'double') {
      quotes.push({ start: open.start, end: para.end, unclosed: true, multiParagraph: open.paragraphs > 1, level: 'double' });
      report('unbalanced-quote', `quotation mark at ${open.start} is not closed; the quote ends at the end of its paragraph (${para.end})`, { start: open.start, end: para.end });
    }
    // an unclosed single mark was an apostrophe: no quote, no message
  });
  return quotes;
}

function canOpen(prev: string, next: string, c: string, text: string, i: number): boolean {
  if (SPACE.test(next)) return false;
  const mark = QUOTE_MARKS.get(c)!;
  if (mark.level === 'double') return c !== '"' || BEFORE_OPEN.test(prev) || QUOTE_MARKS.has(prev);
  // a single mark opens only where it cannot be an apostrophe: after a space or an opening mark, before a
  // letter, and not an elision such as ’90s
  if (!(BEFORE_OPEN.test(prev) || QUOTE_MARKS.has(prev))) return false;
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
