// Quotes on lines that are page furniture rather than article text: a link label's line ("READ MORE:
// ‘We are out of beds’"), a photo caption, and a subhead that only repeats words quoted elsewhere in the
// article. Each is no one's statement here, whatever its words, so it is a scare quote with the reason.
import type { ScareReason, Span } from '../document.js';
import { CAPTION_LABELS, CAPTION_MARKERS, LINK_LABELS, SOCIAL_NETWORKS } from '../lexicons/page-furniture.js';
import { QUOTE_MARKS } from '../lexicons/quote-marks.js';

const LINK_LABEL = new RegExp(`^(?:${LINK_LABELS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})\\s*[:|]`, 'i');
/** "Follow Jane Doe on Twitter @janedoe" (marks before it aside): the byline's social media line. */
const FOLLOW_LINE = new RegExp(`^[^\\p{L}]*(?:follow|like)\\b.{0,80}\\bon\\s+(?:${SOCIAL_NETWORKS.join('|')})\\b`, 'iu');
/** A subhead is short: a line of a few words. */
const SUBHEAD_MAX_WORDS = 16;
/** Furniture lines are short; a longer line is article text (and is never scanned again per quote). */
const FURNITURE_MAX_CHARS = 400;
/** How far from a subhead the words it repeats may stand: about an article's length. */
const REPEAT_REACH = 12_000;

/** The lines of a text, found once: each quote's line is then a binary search away. */
export class Lines {
  private readonly breaks: number[] = [];
  /** Offset of the first character that is not white space. */
  readonly contentStart: number;
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.breaks.push(i);
    this.contentStart = text.search(/\S/);
  }

  /** The line that holds [start, end): from the line break before `start` to the first one after `end`. */
  around(start: number, end: number): Span {
    const before = this.lastBreakBefore(start);
    let after = before + 1;
    while (after < this.breaks.length && this.breaks[after]! < end) after++;
    return { start: before === -1 ? 0 : this.breaks[before]! + 1, end: after < this.breaks.length ? this.breaks[after]! : this.text.length };
  }

  /** Index in `breaks` of the last line break before `offset`, or -1. */
  private lastBreakBefore(offset: number): number {
    let lo = 0;
    let hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

/** Why a quote on this line is page furniture ("page-label", "caption"), or null. */
export function furnitureOfLine(text: string, line: Span): ScareReason | null {
  if (line.end - line.start > FURNITURE_MAX_CHARS) return null;
  const trimmed = text.slice(line.start, line.end).trim();
  if (LINK_LABEL.test(trimmed) || FOLLOW_LINE.test(trimmed)) return 'page-label';
  const lower = trimmed.toLowerCase();
  return CAPTION_LABELS.some((m) => lower.startsWith(m)) || CAPTION_MARKERS.some((m) => lower.includes(m)) ? 'caption' : null;
}

/** The words of a quote as compared for repetition: lower case, letters and digits only. */
export const comparableWords = (s: string): string =>
  s.toLowerCase().replace(/[’']/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Whether the quote alone fills its line (marks and punctuation aside), in few words, on a line other than
 * the first (the headline, whose quotes the article's speakers own): the shape of a subhead or pull quote.
 */
export function fillsItsLine(text: string, lines: Lines, q: Span, line: Span): boolean {
  if (line.end - line.start > FURNITURE_MAX_CHARS || line.start <= lines.contentStart) return false;
  const rest = text.slice(line.start, q.start) + text.slice(q.end, line.end);
  if (/[\p{L}\p{N}]/u.test(rest)) return false;
  const words = comparableWords(text.slice(q.start, q.end)).split(' ').filter(Boolean);
  return words.length > 0 && words.length <= SUBHEAD_MAX_WORDS && QUOTE_MARKS.has(text[q.start]!);
}

/**
 * Whether quote i, a subhead or pull quote, repeats words quoted near it (within about an article) in a
 * sentence or at more length: `words` are the quotes' comparable words, `fills` whether each fills its line.
 */
export function repeatsAQuote(quotes: readonly Span[], words: readonly string[], fills: readonly boolean[], i: number): boolean {
  const own = words[i]!;
  const q = quotes[i]!;
  const repeats = (j: number): boolean => words[j]!.includes(own) && (!fills[j] || words[j]!.length > own.length);
  for (let j = i - 1; j >= 0 && quotes[j]!.start > q.start - REPEAT_REACH; j--) if (repeats(j)) return true;
  for (let j = i + 1; j < quotes.length && quotes[j]!.start < q.end + REPEAT_REACH; j++) if (repeats(j)) return true;
  return false;
}
