// Token-level views of a Document that the attribution rules share: which quote holds a token, which
// person mention covers it, and the clause windows on either side of a quote.
import type { Document, Person, PersonMention, Quote, Token } from '../document.js';
import { ABBREVIATIONS } from '../lexicons/abbreviations.js';
import { CLOSING_CLASS } from '../lexicons/quote-marks.js';

const ENDS_WITH_CLOSING = new RegExp(`[${CLOSING_CLASS}]$`);
const FULL_STOP_THEN_CLOSING = new RegExp(`\\.[${CLOSING_CLASS}]*$`);

export interface MentionRef {
  person: Person;
  mention: PersonMention;
  first: number;
  last: number;
}

export interface AttributionContext {
  doc: Document;
  tokens: Token[];
  /** token index -> index in doc.quotes of the quote that holds it, or -1 */
  quoteOf: Int32Array;
  /** token index -> person mention covering it */
  mentionAt: Map<number, MentionRef>;
  /** every person mention, in document order */
  mentions: MentionRef[];
  /** token index -> 1 when the token ends a sentence */
  terminal: Uint8Array;
}

/** Whether token i ends a sentence: a full stop after "Pa" or "Rep" belongs to the abbreviation. */
function endsSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!isTerminalToken(t)) return false;
  const prev = tokens[i - 1];
  if (t.text !== '.' || !prev || prev.end !== t.start) return true;
  return !(ABBREVIATIONS.has(prev.norm) || /^\p{L}$/u.test(prev.text));
}

export const isTerminator = (ctx: AttributionContext, i: number): boolean => ctx.terminal[i] === 1;

const TERMINATORS = new Set(['.', '!', '?', '?!', '!?', '...', '…']);
const isTerminalToken = (t: Token): boolean => TERMINATORS.has(t.text);

export function buildContext(doc: Document): AttributionContext {
  const { tokens } = doc;
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  doc.quotes.forEach((q, qi) => {
    for (let t = firstTokenAtOrAfter(tokens, q.start); t < tokens.length && tokens[t]!.end <= q.end; t++) quoteOf[t] = qi;
  });
  const mentions: MentionRef[] = [];
  for (const person of doc.people) {
    for (const mention of person.mentions) {
      const first = firstTokenAtOrAfter(tokens, mention.start);
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1]!.end <= mention.end) last++;
      if (first < tokens.length && tokens[first]!.start < mention.end) mentions.push({ person, mention, first, last });
    }
  }
  mentions.sort((a, b) => a.first - b.first);
  const mentionAt = new Map<number, MentionRef>();
  for (const m of mentions) for (let t = m.first; t <= m.last; t++) mentionAt.set(t, m);
  const terminal = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) if (endsSentence(tokens, i)) terminal[i] = 1;
  return { doc, tokens, quoteOf, mentionAt, mentions, terminal };
}

/** Index of the first token that starts at or after `offset` (tokens.length if none). */
export function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A run of token indices [from, to) outside quotes, within one paragraph and one clause. */
export interface Window {
  from: number;
  to: number;
}

/** A line break right after a sentence's end or a closing mark ends the clause even without a blank line. */
function breaksLine(ctx: AttributionContext, before: number, after: number): boolean {
  const { tokens, doc } = ctx;
  const a = tokens[before]!;
  const b = tokens[after]!;
  return doc.text.slice(a.end, b.start).includes('\n') && (isTerminator(ctx, before) || ENDS_WITH_CLOSING.test(a.text));
}

/**
 * Tokens after the quote up to the end of its sentence, skipping over other quotes: where
 * "…," X said and "…," said X put their cue. A quote that ends with a full stop ends its sentence.
 */
export function windowAfter(ctx: AttributionContext, q: Quote): Window {
  const { tokens, quoteOf, doc } = ctx;
  const from = firstTokenAtOrAfter(tokens, q.end);
  const last = from - 1;
  const first = tokens[from];
  if (!first || last < 0 || first.paragraph !== tokens[last]!.paragraph || breaksLine(ctx, last, from)) return { from, to: from };
  if (FULL_STOP_THEN_CLOSING.test(doc.text.slice(q.start, q.end)) && /^\p{Lu}/u.test(first.text)) return { from, to: from };
  let to = from;
  while (to < tokens.length && tokens[to]!.paragraph === first.paragraph && !(quoteOf[to] === -1 && isTerminator(ctx, to))) {
    if (to > from && breaksLine(ctx, to - 1, to)) break;
    to++;
  }
  return { from, to };
}

/** Tokens before the quote back to the start of its sentence: where X said: "…" puts its cue. */
export function windowBefore(ctx: AttributionContext, q: Quote): Window {
  const to = firstTokenAtOrAfter(ctx.tokens, q.start);
  const prev = to - 1;
  const opensSentence = prev < 0 || ctx.tokens[prev]!.paragraph !== ctx.tokens[to]?.paragraph || (ctx.quoteOf[prev] === -1 && isTerminator(ctx, prev)) || breaksLine(ctx, prev, to);
  return opensSentence ? { from: to, to } : sentenceEndingAt(ctx, prev);
}

/**
 * The sentence (or clause) whose last token is `last`, within its paragraph: back to the previous
 * sentence end outside quotes, or a line break after one; the window is [from, last + 1).
 */
export function sentenceEndingAt(ctx: AttributionContext, last: number): Window {
  const { tokens, quoteOf } = ctx;
  const paragraph = tokens[last]!.paragraph;
  let from = last;
  while (from > 0 && tokens[from - 1]!.paragraph === paragraph && !(quoteOf[from - 1] === -1 && isTerminator(ctx, from - 1))) {
    if (breaksLine(ctx, from - 1, from)) break;
    from--;
  }
  return { from, to: last + 1 };
}
