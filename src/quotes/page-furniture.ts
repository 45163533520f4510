// Quotes on lines that are page furniture rather than article text: a link label's line ("READ MORE:
// ‘We are out of beds’"), a photo caption, and a subhead that only repeats words quoted elsewhere in the
// article. Each is no one's statement here, whatever its words, so it is a scare quote with the reason.
import type { ScareReason, Span } from '../document.js';
import { CAPTION_LABELS, CAPTION_MARKERS, LINK_LABELS } from '../lexicons/page-furniture.js';
import { QUOTE_MARKS } from '../lexicons/quote-marks.js';

const LINK_LABEL = new RegExp(`^(?:${LINK_LABELS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})\\s*[:|]`, 'i');
/** A subhead is short: a line of a few words. */
const SUBHEAD_MAX_WORDS = 16;

/** The line that holds [start, end): from the line break before it to the one after it. */
export function lineAround(text: string, start: number, end: number): Span {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return { start: from, end: to === -1 ? text.length : to };
}

/** Why a quote on this line is page furniture ("page-label", "caption"), or null. */
export function furnitureOfLine(line: string): ScareReason | null {
  const trimmed = line.trim();
  if (LINK_LABEL.test(trimmed)) return 'page-label';
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
export function fillsItsLine(text: string, q: Span, line: Span): boolean {
  if (line.start === 0 || text.slice(0, line.start).trim() === '') return false;
  const rest = text.slice(line.start, q.start) + text.slice(q.end, line.end);
  if (/[\p{L}\p{N}]/u.test(rest)) return false;
  const words = comparableWords(text.slice(q.start, q.end)).split(' ').filter(Boolean);
  return words.length > 0 && words.length <= SUBHEAD_MAX_WORDS && QUOTE_MARKS.has(text[q.start]!);
}
