// Attributions that follow the quote: "…," X said / "…," said X / "…," according to X, and the news
// convention that a name or pronoun right after a quote ending in a comma is its speaker ("…," he
// surmised / "…," Cecelia Purner, 67, a retired nurse, said).
import type { Quote } from '../document.js';
import { windowAfter, type AttributionContext } from './context.js';
import { isAccordingTo, isCue } from './cues.js';
import { decide, type Decision } from './decision.js';
import { SPEAKER_PRONOUNS } from '../lexicons/pronouns.js';
import { objectAfter, subjectBefore } from './speaker-phrase.js';

/** How many tokens after a quote its cue may stand: "…," X said is adjacent; "…," the head of X, Y, said is near. */
export const ADJACENT = 5;
export const NEAR = 16;

export function fromCueAfter(ctx: AttributionContext, q: Quote, reach: number): Decision | null {
  const win = windowAfter(ctx, q);
  const { tokens } = ctx;
  for (let v = win.from; v < Math.min(win.to, win.from + reach); v++) {
    if (ctx.quoteOf[v] !== -1) break;
    if (isAccordingTo(tokens, v)) return decide(ctx, objectAfter(ctx, v + 1, win), { first: v, last: v + 1 }, 'according-to', 0.9);
    if (!isCue(tokens, v)) continue;
    const inverted = tokens.slice(win.from, v).every((t) => t.pos === 'PUNCT');
    const ref = inverted ? objectAfter(ctx, v, win) : subjectBefore(ctx, v, win);
    return decide(ctx, ref, { first: v, last: v }, inverted ? 'quote-cue-speaker' : 'quote-speaker-cue', 0.95);
  }
  return null;
}

/** A quote that ends in a comma (or ? or !) hands over to its speaker: the next words name them. */
export function fromQuoteComma(ctx: AttributionContext, q: Quote): Decision | null {
  if (!/[,?!—–-]["”»’']*$/.test(q.text)) return null;
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
  // a pronoun or noun phrase followed by any verb: "…," he surmised / "…," the nominee riffed
  for (let i = k; i < Math.min(win.to - 1, k + 6); i++) {
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
