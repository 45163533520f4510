// A quote with no cue in its own sentence takes its speaker from its neighbours: an earlier quote in the
// same paragraph, the sentence before it ("Smith argues that … . “…”"), a paragraph that introduces it
// with a colon ("Cruz continued:"), or the running speaker of the paragraph before.
import type { Quote } from '../document.js';
import { firstTokenAtOrAfter, isTerminator, sentenceEndingAt, type AttributionContext } from './context.js';
import { fromCueInWindow } from './cue-before.js';
import type { Decision } from './decision.js';

export function fromNeighbours(ctx: AttributionContext, q: Quote, qi: number): Decision | null {
  const { doc, tokens } = ctx;
  const prev = doc.quotes.slice(0, qi).reverse().find((p) => p.speaker && p.kind !== 'scare');
  if (prev && prev.paragraph === q.paragraph) return { ...carry(prev), method: 'same-paragraph', confidence: 0.8 };
  const first = firstTokenAtOrAfter(tokens, q.start);
  const before = first - 1;
  if (before >= 0 && tokens[before]!.paragraph === tokens[first]?.paragraph && isTerminator(ctx, before)) {
    const d = fromCueInWindow(ctx, sentenceEndingAt(ctx, before), 'previous-sentence', 0.7);
    if (d) return d;
  }
  const para = doc.paragraphs[q.paragraph]!;
  if (q.start !== para.start || before < 0) return null;
  if (doc.text.slice(tokens[before]!.start, para.start).trimEnd().endsWith(':')) {
    const d = fromCueInWindow(ctx, sentenceEndingAt(ctx, before), 'colon-introduction', 0.85);
    if (d) return d;
  }
  if (prev && prev.paragraph === q.paragraph - 1) return { ...carry(prev), method: 'continuation', confidence: 0.7 };
  // "Al-Masri said the country's water had run short. ¶ “Our rivers are shrinking…”"
  return fromCueInWindow(ctx, sentenceEndingAt(ctx, before), 'previous-paragraph', 0.6);
}

const carry = (p: Quote): Pick<Decision, 'speaker' | 'cue'> => ({ speaker: p.speaker!, cue: p.cue });
