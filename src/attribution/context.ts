// Token-level views of a Document that the attribution rules share: which quote holds a token, which
// person mention covers it, and the clause windows on either side of a quote.
import type { Document, Person, PersonMention, Quote, Token } from '../document.js';

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
}

const TERMINATORS = new Set(['.', '!', '?', '?!', '!?', '...', '…']);
export const isTerminator = (t: Token): boolean => TERMINATORS.has(t.text);

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
  return { doc, tokens, quoteOf, mentionAt, mentions };
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

/**
 * Tokens after the quote up to the end of its sentence, skipping over other quotes: where
 * "…," X said and "…," said X put their cue.
 */
export function windowAfter(ctx: AttributionContext, q: Quote): Window {
  const { tokens, quoteOf } = ctx;
  const from = firstTokenAtOrAfter(tokens, q.end);
  const paragraph = tokens[from]?.paragraph;
  let to = from;
  while (to < tokens.length && tokens[to]!.paragraph === paragraph && !(quoteOf[to] === -1 && isTerminator(tokens[to]!))) to++;
  return { from, to: tokens[from] && tokens[from]!.start >= q.end ? to : from };
}

/** Tokens before the quote back to the start of its sentence: where X said: "…" puts its cue. */
export function windowBefore(ctx: AttributionContext, q: Quote): Window {
  const { tokens, quoteOf } = ctx;
  const to = firstTokenAtOrAfter(tokens, q.start);
  const paragraph = tokens[to]?.paragraph ?? tokens[to - 1]?.paragraph;
  let from = to;
  while (from > 0 && tokens[from - 1]!.paragraph === paragraph && !(quoteOf[from - 1] === -1 && isTerminator(tokens[from - 1]!))) from--;
  return { from, to };
}
