// Attributions that follow the quote: "…," X said / "…," said X / "…," according to X, and the news
// convention that a name or pronoun right after a quote ending in a comma is its speaker ("…," he
// surmised / "…," Cecelia Purner, 67, a retired nurse, said).
import type { Quote } from '../document.js';
import { firstTokenAtOrAfter, windowAfter, type AttributionContext } from './context.js';
import { isAccordingTo, isCue } from './cues.js';
import { decide, type Decision } from './decision.js';
import { SPEAKER_PRONOUNS } from '../lexicons/pronouns.js';
import { objectAfter, subjectBefore } from './speaker-phrase.js';
import { CLOSING_CLASS } from '../lexicons/quote-marks.js';

/** Quoted words ending in a comma, a question or exclamation mark or a dash, then the closing marks. */
const HANDS_OVER_AFTER = new RegExp(`[,?!—–-][${CLOSING_CLASS}]*$`);

/** How many tokens after a quote its cue may stand: "…," X said is adjacent; "…," the head of X, Y, said, or
 * "…," since most cases were decided 5-to-4, said X, is near. */
export const ADJACENT = 5;
export const NEAR = 24;

export function fromCueAfter(ctx: AttributionContext, q: Quote, reach: number): Decision | null {
  const win = windowAfter(ctx, q);
  const { tokens } = ctx;
  for (let v = win.from; v < Math.min(win.to, win.from + reach); v++) {
    if (ctx.quoteOf[v] !== -1) break;
    if (isAccordingTo(tokens, v)) return decide(ctx, objectAfter(ctx, v + 1, win), { first: v, last: v + 1 }, 'according-to', 0.9);
    if (!isCue(tokens, v)) continue;
    const inverted = tokens.slice(win.from, v).every((t) => t.pos === 'PUNCT');
    // "…," since most cases were close, said X: a cue right after a comma, with no subject, names X after it
    const ref = inverted ? objectAfter(ctx, v, win) : (subjectBefore(ctx, v, win) ?? (tokens[v - 1]?.text === ',' ? objectAfter(ctx, v, win) : null));
    return decide(ctx, ref, { first: v, last: v }, inverted ? 'quote-cue-speaker' : 'quote-speaker-cue', 0.95);
  }
  return null;
}

/** A quote that ends in a comma (or ? or !) hands over to its speaker: the next words name them. */
export function fromQuoteComma(ctx: AttributionContext, q: Quote): Decision | null {
  if (!HANDS_OVER_AFTER.test(q.text)) return null;
  const win = windowAfter(ctx, q);
  const { tokens } = ctx;
  let k = win.from;
  if (tokens[k]?.text === ',') k++;
  // a person named within the first few words, after title words: "…," Texas delegate Bill Eastland, …
  for (let i = k; i < Math.min(win.to, k + 4); i++) {
    const person = ctx.mentionAt.get(i);
    if (person && person.first === i) return decide(ctx, { kind: 'person', ref: person }, null, 'quote-comma-name', 0.8);
    if (!/^\p{Lu}/u.test(tokens[i]!.text)) break;
  }
  // a personal pronoun, whatever the tagger made of the verb after it: "…," she elaborated
  if (tokens[k] && SPEAKER_PRONOUNS.has(tokens[k]!.norm) && tokens[k + 1] && /^\p{L}/u.test(tokens[k + 1]!.text)) {
    return decide(ctx, { kind: 'pronoun', token: k }, { first: k + 1, last: k + 1 }, 'quote-comma-verb', 0.75);
  }
  // a pronoun or noun phrase followed by any verb: "…," he surmised / "…," the nominee riffed; never past
  // a speech cue ("…," adding that its profit doubled: the cue's speaker stands before the quote)
  for (let i = k; i < Math.min(win.to - 1, k + 6); i++) {
    if (isCue(tokens, i)) return null;
    const next = tokens[i + 1]!;
    if (next.pos !== 'VERB') continue;
    const ref = subjectBefore(ctx, i + 1, win);
    return ref ? decide(ctx, ref, { first: i + 1, last: i + 1 }, 'quote-comma-verb', 0.75) : null;
  }
  return null;
}

/** "… “quoted words” …, according to X": the source named at the sentence's end outranks its subject. */
export function fromAccordingToAfter(ctx: AttributionContext, q: Quote): Decision | null {
  const win = windowAfter(ctx, q);
  for (let v = win.from; v < win.to - 1; v++) {
    if (ctx.quoteOf[v] === -1 && isAccordingTo(ctx.tokens, v)) return decide(ctx, objectAfter(ctx, v + 1, win), { first: v, last: v + 1 }, 'according-to', 0.85);
  }
  return null;
}

const BYLINE_DASHES = new Set(['—', '―', '–', '--']);
/** Words a name signed under a quote may run to: "— Edwin G. Monroy". */
const BYLINE_MAX_WORDS = 5;

/**
 * A quote signed on its own line, the way epigraphs and readers' comments are: “…” — Jane Doe. The dash
 * follows the closing mark, and the name is all that stands between it and the line's end.
 */
export function fromDashByline(ctx: AttributionContext, q: Quote): Decision | null {
  const { tokens, doc } = ctx;
  const dash = firstTokenAtOrAfter(tokens, q.end);
  const first = dash + 1;
  if (!tokens[first] || !BYLINE_DASHES.has(tokens[dash]!.text) || doc.text.slice(q.end, tokens[dash]!.start).includes('\n')) return null;
  let end = first;
  while (end < tokens.length && end - first < BYLINE_MAX_WORDS && /^\p{Lu}/u.test(tokens[end]!.text) && !lineBreakBefore(ctx, end, first)) end++;
  if (end === first) return null;
  const stop = tokens[end]?.text === '.' && !lineBreakBefore(ctx, end, first) ? end + 1 : end;
  // the name ends the line (or the text): "— Jane Doe, a nurse in Ohio" is a byline too, a sentence is not
  if (stop < tokens.length && !lineBreakBefore(ctx, stop, first) && tokens[stop]!.text !== ',') return null;
  const person = ctx.mentionAt.get(first);
  const ref = person && person.first === first && person.last < end ? ({ kind: 'person', ref: person } as const) : ({ kind: 'phrase', first, last: end - 1 } as const);
  return decide(ctx, ref, { first: dash, last: dash }, 'dash-byline', 0.85);
}

/** A line break stands between token t and the token before it (and t is not the first token looked at). */
const lineBreakBefore = (ctx: AttributionContext, t: number, first: number): boolean =>
  t > first && ctx.doc.text.slice(ctx.tokens[t - 1]!.end, ctx.tokens[t]!.start).includes('\n');
