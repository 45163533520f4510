// Stage "attribution": the speaker of each quote. Rules are tried in order, nearest evidence first; each
// decision records its cue, the rule that made it and a confidence. Where each pattern lives:
//   "…," X said / "…," said X / "…," according to X / “…” — X   -> attribution/cue-after.ts
//   X said: "…" / X said that … "…" / headline "X: ‘…’" -> attribution/cue-before.ts
//   same paragraph, sentence before, "X continued:", running speaker -> attribution/neighbours.ts
import { reporter, type Document, type Quote, type Speaker } from '../document.js';
import { buildContext, type AttributionContext } from '../attribution/context.js';
import type { Decision } from '../attribution/decision.js';
import { ADJACENT, NEAR, fromAccordingToAfter, fromCueAfter, fromDashByline, fromQuoteComma } from '../attribution/cue-after.js';
import { fromClauseSubject, fromCueBefore, fromHeadlineColon } from '../attribution/cue-before.js';
import { fromNeighbours } from '../attribution/neighbours.js';
import { wordsOf } from '../text/words.js';
import { inQuotedList, listCitesWords } from '../quotes/terms.js';
import { CLOSING_CLASS } from '../lexicons/quote-marks.js';

/** Words of this many or fewer, quoted mid-sentence with nobody said to speak them, are scare quotes. */
const SCARE_MAX_WORDS = 4;
/** The same for a quote that stands on its own with nobody said to speak it. */
const SCARE_MAX_WORDS_ALONE = 2;

/** Quoted words ending in a comma hand over to their source, as a statement does: “…,” X, a Y of Z, said. */
const HANDS_OVER = new RegExp(`,[${CLOSING_CLASS}]*$`);

export function attributeQuotes(doc: Document): void {
  const ctx = buildContext(doc);
  const report = reporter(doc, 'attribution');
  const segments = segmentsByGroup(doc.quotes);
  /** A quote no rule attributed: a few words are a scare quote, more are speech with no speaker found. */
  const settle = (q: Quote, carriedShort: boolean): void => {
    const words = wordsOf(q.text).length;
    if (!q.group && words <= (q.kind === 'partial' || carriedShort ? SCARE_MAX_WORDS : SCARE_MAX_WORDS_ALONE)) {
      q.kind = 'scare';
      q.method = 'scare:unattributed';
    } else {
      report('no-speaker', `quote ${q.id} at ${q.start}–${q.end} has no speaker`, q);
    }
  };
  const carriedShortOf = new Set<Quote>();
  doc.quotes.forEach((q, qi) => {
    const decision = q.kind === 'scare' ? null : findSpeaker(ctx, q, qi);
    // quoted words listed with nobody said to speak them, or introduced as words whatever the sentence's
    // subject ("Managers love words like “synergy”, “pivot” and “leverage”"), are words cited as words
    if (q.kind === 'partial' && inQuotedList(doc.text, doc.quotes, qi) && (!decision || (/^(?:clause|colon)-subject/.test(decision.method) && listCitesWords(doc.text, doc.quotes, qi)))) {
      Object.assign(q, { kind: 'scare', method: 'scare:term' });
      return;
    }
    // a few words carried over from an earlier paragraph's speaker are rarely a continued quote
    const carriedShort = !!decision?.method.startsWith('continuation') && wordsOf(q.text).length <= SCARE_MAX_WORDS;
    if (decision && !carriedShort) Object.assign(q, decision);
    if (carriedShort) carriedShortOf.add(q);
    const group = q.group ? segments.get(q.group)! : [q];
    // a running quote is settled at its last segment, so that later quotes carry its speaker
    if (q !== group[group.length - 1]) return;
    if (group.length > 1) shareSpeaker(group);
    for (const s of group) if (!s.speaker && s.kind !== 'scare') settle(s, carriedShortOf.has(s));
  });
}

/** The first rule that names the quote's speaker, nearest evidence first. */
function findSpeaker(ctx: AttributionContext, q: Quote, qi: number): Decision | null {
  // a partial quote sits inside the writer's clause, so the cue that governs it stands before it
  if (q.kind === 'partial') {
    return fromAccordingToAfter(ctx, q) ?? fromCueBefore(ctx, q) ?? fromCueAfter(ctx, q, HANDS_OVER.test(q.text) ? NEAR : ADJACENT) ?? fromHeadlineColon(ctx, q) ?? fromClauseSubject(ctx, q);
  }
  return (
    fromDashByline(ctx, q) ??
    fromCueAfter(ctx, q, NEAR) ??
    fromQuoteComma(ctx, q) ??
    fromCueBefore(ctx, q) ??
    fromHeadlineColon(ctx, q) ??
    fromNeighbours(ctx, q, qi) ??
    fromClauseSubject(ctx, q)
  );
}

/** The segments of each running quote, in order, by group id. */
function segmentsByGroup(quotes: readonly Quote[]): Map<string, Quote[]> {
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    if (!q.group) continue;
    const group = groups.get(q.group);
    if (group) group.push(q);
    else groups.set(q.group, [q]);
  }
  return groups;
}

/**
 * One speaker for every segment of a running quote: the most confident attribution any segment found
 * (the first, on a tie). A segment whose own rule named someone else, or no one, takes it as `running-quote`.
 */
function shareSpeaker(group: readonly Quote[]): void {
  let best: Quote | null = null;
  for (const s of group) if (s.speaker && (!best || s.confidence > best.confidence)) best = s;
  if (!best) return;
  for (const s of group) {
    if (s === best || (s.speaker && sameSpeaker(s.speaker, best.speaker!))) continue;
    Object.assign(s, { kind: s.kind === 'scare' ? 'direct' : s.kind, speaker: best.speaker, cue: best.cue, method: 'running-quote', confidence: best.confidence });
  }
}

const sameSpeaker = (a: Speaker, b: Speaker): boolean => (a.entity !== undefined && a.entity === b.entity) || a.name === b.name;
