// Stage "reported": reported speech without quotation marks ("Campbell said the repairs would cost $14
// million"), as quotes of kind "indirect" whose span is the content only, with speaker, cue, rule and
// confidence decided the way attribution decides them for quoted speech. They follow the quoted spans in
// `quotes`, numbered on from them, so the ids of quoted spans do not depend on reported speech.
import type { Document, Quote } from '../document.js';
import { textSpan } from '../document.js';
import { buildContext, firstTokenAtOrAfter } from '../attribution/context.js';
import { decide } from '../attribution/decision.js';
import { findReportedClauses } from '../quotes/reported-clauses.js';
import { findBeliefClauses } from '../quotes/belief-cues.js';
import { findThatClauses } from '../quotes/that-clauses.js';
import { findActClauses } from '../quotes/act-cues.js';

export function findReportedSpeech(doc: Document): void {
  const ctx = buildContext(doc);
  const spoken = findReportedClauses(ctx);
  const others = [...spoken, ...findBeliefClauses(ctx, spoken)];
  const found = [...others, ...findThatClauses(ctx, others)];
  const clauses = [...found, ...findActClauses(ctx, found)].sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  for (const clause of clauses) {
    const decision = decide(ctx, clause.speaker, clause.cue, clause.method, clause.confidence);
    if (!decision) continue;
    const q: Quote = {
      id: `q${doc.quotes.length + 1}`,
      ...textSpan(doc.text, clause.content.start, clause.content.end),
      kind: 'indirect',
      paragraph: ctx.tokens[firstTokenAtOrAfter(ctx.tokens, clause.content.start)]!.paragraph,
      ...decision,
    };
    doc.quotes.push(q);
  }
}
