// Stage "reported": reported speech without quotation marks ("Campbell said the repairs would cost $14
// million"), as quotes of kind "indirect" whose span is the content only, with speaker, cue, rule and
// confidence decided the way attribution decides them for quoted speech. They follow the quoted spans in
// `quotes`, numbered on from them, so the ids of quoted spans do not depend on reported speech.
import type { Document, Quote } from '../document.js';
import { textSpan } from '../document.js';
import type { AttributionContext } from '../attribution/context.js';
import type { ReportedClause } from '../quotes/reported-clauses.js';
import { buildContext, firstTokenAtOrAfter } from '../attribution/context.js';
import { decide } from '../attribution/decision.js';
import { findReportedClauses } from '../quotes/reported-clauses.js';
import { findBeliefClauses } from '../quotes/belief-cues.js';
import { findThatClauses } from '../quotes/that-clauses.js';
import { findActClauses } from '../quotes/act-cues.js';
import { findSourcelessClauses, unsourceQuestions } from '../quotes/sourceless.js';

export function findReportedSpeech(doc: Document): void {
  const ctx = buildContext(doc);
  const spoken = findReportedClauses(ctx);
  const others = [...spoken, ...findBeliefClauses(ctx, spoken)];
  const found = [...others, ...findThatClauses(ctx, others)];
  const sourced = unsourceQuestions(ctx, [...found, ...findActClauses(ctx, found)]);
  const clauses = [...sourced, ...findSourcelessClauses(ctx, sourced)].sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  for (const clause of clauses) {
    // an attribution with no source in the text ("is expected to", "reportedly") keeps its null speaker
    const decision = clause.method === 'reported-sourceless' ? unsourced(ctx, clause) : decide(ctx, clause.speaker, clause.cue, clause.method, clause.confidence);
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

/** The decision for an attribution with no source: its cue, no speaker. */
function unsourced(ctx: AttributionContext, clause: ReportedClause): Pick<Quote, 'speaker' | 'cue' | 'method' | 'confidence'> {
  const { tokens, doc } = ctx;
  return { speaker: null, cue: textSpan(doc.text, tokens[clause.cue.first]!.start, tokens[clause.cue.last]!.end), method: clause.method, confidence: clause.confidence };
}
