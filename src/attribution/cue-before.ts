// Attributions that precede the quote in its own sentence: X said: "…" / X said "…" / X said that … "…"
// / according to X, "…" / X wrote, adding that "…" / a headline's "Name: ‘…’" / X told the crowd: "…".
import type { AttributionRule, Quote } from '../document.js';
import { textSpan } from '../document.js';
import { windowBefore, type AttributionContext, type Window } from './context.js';
import { isAccordingTo, isCue, isParticipleCue } from './cues.js';
import { clauseSubject, decide, type Decision } from './decision.js';
import { objectAfter, subjectBefore } from './speaker-phrase.js';
import { isTitleWord } from '../lexicons/titles.js';

export function fromCueBefore(ctx: AttributionContext, q: Quote): Decision | null {
  return fromCueInWindow(ctx, windowBefore(ctx, q), q.kind === 'partial' ? 'speaker-cue-partial' : 'speaker-cue-quote', q.kind === 'partial' ? 0.8 : 0.9);
}

/** The cue nearest the end of `win` whose speaker can be found, scanning backwards. */
export function fromCueInWindow(ctx: AttributionContext, win: Window, method: AttributionRule, confidence: number): Decision | null {
  const { tokens } = ctx;
  for (let v = win.to - 1; v >= win.from; v--) {
    if (ctx.quoteOf[v] !== -1) continue;
    if (isAccordingTo(tokens, v)) {
      const d = decide(ctx, objectAfter(ctx, v + 1, win), { first: v, last: v + 1 }, 'according-to', 0.9);
      if (d) return d;
      continue;
    }
    if (!isCue(tokens, v)) continue;
    // "…, saying that" / "…, adding": the participle's speaker is the subject of the clause it hangs
    // from ("Fiorina said, adding that"), or of the sentence
    if (isParticipleCue(tokens, v)) {
      // "with Sen. John McCain calling it “a Chinese menu”": a subject right before the participle
      const own = v - 1 >= win.from && ctx.mentionAt.get(v - 1);
      if (own) return decide(ctx, { kind: 'person', ref: own }, { first: v, last: v }, method, confidence);
      const d = fromCueInWindow(ctx, { from: win.from, to: v }, method, confidence);
      if (d) return { ...d, cue: textSpan(ctx.doc.text, tokens[v]!.start, tokens[v]!.end) };
    }
    // "Said Ellis: “…”": a cue opening the sentence has its speaker after it
    const ref = isParticipleCue(tokens, v) ? clauseSubject(ctx, win, v) : v === win.from ? objectAfter(ctx, v, win) : subjectBefore(ctx, v, win);
    const d = decide(ctx, ref, { first: v, last: v }, method, confidence);
    if (d) return d;
  }
  return null;
}

/** A headline's "Name: ‘…’" names its speaker before the colon. */
export function fromHeadlineColon(ctx: AttributionContext, q: Quote): Decision | null {
  const win = windowBefore(ctx, q);
  // title words before the name: "Dr. Ben Carson: …", "Senator Ruth Alvarez: …"
  let from = win.from;
  while (from < win.to && isTitleWord(ctx.tokens[from]!.norm)) from++;
  const head = ctx.mentionAt.get(from);
  if (!head || head.first !== from || ctx.tokens[head.last + 1]?.text !== ':' || head.last + 1 >= win.to) return null;
  const colon = head.last + 1;
  return decide(ctx, { kind: 'person', ref: head }, { first: colon, last: colon }, 'headline-colon', 0.7);
}

/**
 * No speech verb in the sentence: its subject is the likely source when the quote follows a colon
 * ("X returned to his familiar lines: “…”") or is quoted inside the clause ("Mr. Obama decried the “…”").
 */
export function fromClauseSubject(ctx: AttributionContext, q: Quote): Decision | null {
  const win = windowBefore(ctx, q);
  // "X returned to his lines: “…”" / "Trump issued a statement, “…”"
  const introduced = [':', ','].includes(ctx.tokens[win.to - 1]?.text ?? '');
  if (!introduced && q.kind !== 'partial') return null;
  return decide(ctx, clauseSubject(ctx, win, win.to), null, introduced ? 'colon-subject' : 'clause-subject', 0.55);
}
