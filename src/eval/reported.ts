// Reported speech and every attribution together, with the definitions of the reference scorer
// (../shared/eval/score.mjs, `reported` and `allQuotes`):
// - reported: the gold's reported statements (PolNeAR `indirectAttributions`, and quotes of type
//   `indirect`) matched one to one to predicted quotes of kind `indirect` whose cores overlap by IoU >= 0.5;
// - allQuotes: every gold attribution, quoted or reported, matched greedily to the speech prediction that
//   covers more than 30 % of it (the Gender Gap Tracker's protocol), speaker judged as for quotes.
import type { Span } from '../document.js';
import { bestUnused, quoteCore, speakerRight, type Miss } from './metrics.js';
import type { GoldQuote, GoldRecord, PredQuote } from './records.js';

export interface ReportedCounts {
  gold: number;
  pred: number;
  tp: number;
  /** Matched statements whose gold has a speaker. */
  judged: number;
  speakerRight: number;
  predWithSpeaker: number;
  goldWithSpeaker: number;
}

export interface AllQuotesCounts {
  tp: number;
  fp: number;
  fn: number;
  speakerRight: number;
}

/** Share of a gold span a prediction must cover to find it, in the all-attributions protocol. */
export const ALL_QUOTES_COVER = 0.3;
const NOT_SPEECH_KINDS: ReadonlySet<string> = new Set(['scare', 'term', 'title']);

const hasSpeaker = (q: PredQuote): boolean => !!q.speaker && (!!q.speaker.name || q.speaker.start != null);
const overlapLength = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The gold's reported statements; null when the record does not annotate reported speech at all. */
export function reportedGold(gold: GoldRecord): GoldQuote[] | null {
  const typed = (gold.quotes ?? []).filter((q) => q.type === 'indirect');
  if (!gold.indirectAttributions && !gold.indirect && typed.length === 0) return null;
  return [...(gold.indirectAttributions ?? []), ...(gold.indirect ?? []), ...typed];
}

export function scoreReported(doc: string, gold: GoldRecord, predicted: PredQuote[], misses: Miss[]): ReportedCounts | undefined {
  const statements = reportedGold(gold);
  if (!statements) return undefined;
  const { text } = gold;
  const preds = predicted.filter((q) => q.kind === 'indirect');
  const c: ReportedCounts = { gold: statements.length, pred: preds.length, tp: 0, judged: 0, speakerRight: 0, predWithSpeaker: preds.filter(hasSpeaker).length, goldWithSpeaker: 0 };
  const predCores = preds.map((p) => quoteCore(text, p));
  const used = new Set<number>();
  for (const g of statements) {
    if (g.speaker) c.goldWithSpeaker++;
    const goldCore = quoteCore(text, g);
    const best = bestUnused(predCores, goldCore, used);
    const gText = text.slice(g.start, g.end);
    if (best < 0) {
      misses.push({ doc, kind: 'reported-missed', start: g.start, end: g.end, text: gText, detail: `cue: ${g.cue ?? 'none'}; speaker: ${g.speaker ?? 'none'}` });
      continue;
    }
    used.add(best);
    c.tp++;
    if (!g.speaker) continue;
    c.judged++;
    if (speakerRight(preds[best]!.speaker, g)) c.speakerRight++;
    else misses.push({ doc, kind: 'reported-speaker-wrong', start: g.start, end: g.end, text: gText, detail: `gold: ${g.speaker}; predicted: ${preds[best]!.speaker?.name ?? 'none'}` });
  }
  preds.forEach((p, i) => {
    if (!used.has(i)) misses.push({ doc, kind: 'reported-extra', start: p.start, end: p.end, text: text.slice(p.start, p.end), detail: `speaker: ${p.speaker?.name ?? 'none'}` });
  });
  return c;
}

export function scoreAllQuotes(gold: GoldRecord, predicted: PredQuote[]): AllQuotesCounts | undefined {
  const attributions = [...(gold.quotes ?? []), ...(gold.indirectAttributions ?? []), ...(gold.indirect ?? [])];
  if (attributions.length === 0 && !gold.quotes) return undefined;
  const c: AllQuotesCounts = { tp: 0, fp: 0, fn: 0, speakerRight: 0 };
  let rest = predicted.filter((q) => !NOT_SPEECH_KINDS.has(q.kind));
  for (const g of attributions) {
    let best: PredQuote | null = null;
    let bestCover = 0;
    for (const p of rest) {
      const cover = overlapLength(g, p) / (g.end - g.start);
      if (cover > ALL_QUOTES_COVER && cover > bestCover) [best, bestCover] = [p, cover];
    }
    if (!best) {
      c.fn++;
      continue;
    }
    c.tp++;
    rest = rest.filter((p) => p !== best);
    if (best.speaker && speakerRight(best.speaker, g)) c.speakerRight++;
  }
  c.fp += rest.length;
  return c;
}
