// Sums per-document counts into the scores of a gold source, in the shape score.mjs prints with --json
// (fractions 0..1), and flattens them into named percentages that quality/thresholds.json sets floors for.
import type { DocCounts, EntityCounts, PlaceLinkCounts, QuoteCounts } from './metrics.js';
import type { AllQuotesCounts, ReportedCounts } from './reported.js';

export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  pred: number;
  gold: number;
}

interface EntityScore {
  exact: Prf;
  goldTouched: number;
}

interface QuoteScore {
  quotesLenient: Prf;
  quotesExactCore: Prf;
  speakerAccuracy: number;
  speakerJudged: number;
  attributedQuotes: Prf;
  recallByKind: Record<string, number>;
}

/** Figures only the project's own gold can give. */
interface ProjectScore {
  /** Share of matched quotes whose kind (direct or partial) is right; null when no gold quote says. */
  kindAccuracy: number | null;
  kindJudged: number;
  nonSpeech: { gold: number; predictedAsSpeech: number };
}

/** Reported speech (quotes of kind `indirect`), in score.mjs's `reported` shape. */
export interface ReportedScore {
  found: Prf;
  speakerAccuracy: number;
  attributed: Prf;
}

/** Every attribution, quoted or reported, in score.mjs's `allQuotes` shape. */
export interface AllQuotesScore extends Prf {
  speakerAccuracy: number;
}

export interface Scores {
  people: EntityScore | null;
  places: EntityScore | null;
  /** Gold place mentions with a country: counts of right, wrong and missing links (project gold). */
  placeLinks: PlaceLinkCounts | null;
  quotes: QuoteScore | null;
  reported: ReportedScore | null;
  allQuotes: AllQuotesScore | null;
  project: ProjectScore | null;
}

export function prf(tp: number, pred: number, gold: number): Prf {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, pred, gold };
}

function sumEntities(docs: Array<EntityCounts | undefined>): EntityScore | null {
  const t = { tp: 0, pred: 0, gold: 0, touched: 0 };
  for (const d of docs) if (d) for (const k of Object.keys(t) as Array<keyof typeof t>) t[k] += d[k];
  return t.gold ? { exact: prf(t.tp, t.pred, t.gold), goldTouched: t.touched / t.gold } : null;
}

function sumQuotes(docs: Array<QuoteCounts | undefined>): { score: QuoteScore | null; kindJudged: number; kindRight: number } {
  const t = { gold: 0, pred: 0, tpLenient: 0, tpExact: 0, judged: 0, speakerRight: 0, predWithSpeaker: 0, goldWithSpeaker: 0, kindJudged: 0, kindRight: 0 };
  const byType: Record<string, { gold: number; found: number }> = {};
  for (const d of docs) {
    if (!d) continue;
    for (const k of Object.keys(t) as Array<keyof typeof t>) t[k] += d[k];
    for (const [type, v] of Object.entries(d.byType)) {
      const acc = (byType[type] ??= { gold: 0, found: 0 });
      acc.gold += v.gold;
      acc.found += v.found;
    }
  }
  const score: QuoteScore | null = t.gold
    ? {
        quotesLenient: prf(t.tpLenient, t.pred, t.gold),
        quotesExactCore: prf(t.tpExact, t.pred, t.gold),
        speakerAccuracy: t.judged ? t.speakerRight / t.judged : 0,
        speakerJudged: t.judged,
        attributedQuotes: prf(t.speakerRight, t.predWithSpeaker, t.goldWithSpeaker),
        recallByKind: Object.fromEntries(Object.entries(byType).map(([k, v]) => [k, v.found / v.gold])),
      }
    : null;
  return { score, kindJudged: t.kindJudged, kindRight: t.kindRight };
}

/** Field-by-field sum of the documents that have such counts; null when none has. */
function sumCounts<T extends object>(docs: Array<T | undefined>): T | null {
  const present = docs.filter((d): d is T => d !== undefined);
  if (present.length === 0) return null;
  const t = Object.fromEntries(Object.keys(present[0]!).map((k) => [k, 0])) as Record<string, number>;
  for (const d of present) for (const [k, v] of Object.entries(d)) t[k]! += v as number;
  return t as T;
}

function sumReported(docs: Array<ReportedCounts | undefined>): ReportedScore | null {
  const t = sumCounts(docs);
  if (!t) return null;
  return { found: prf(t.tp, t.pred, t.gold), speakerAccuracy: t.judged ? t.speakerRight / t.judged : 0, attributed: prf(t.speakerRight, t.predWithSpeaker, t.goldWithSpeaker) };
}

function sumAllQuotes(docs: Array<AllQuotesCounts | undefined>): AllQuotesScore | null {
  const t = sumCounts(docs);
  if (!t) return null;
  return { ...prf(t.tp, t.tp + t.fp, t.tp + t.fn), speakerAccuracy: t.tp ? t.speakerRight / t.tp : 0 };
}

/** `project`: the gold is the project's own, which also marks quote kinds and non-speech quotations. */
export function summarize(docs: DocCounts[], { project = false } = {}): Scores {
  const quotes = sumQuotes(docs.map((d) => d.quotes));
  const nonSpeech = { gold: 0, predictedAsSpeech: 0 };
  for (const d of docs) {
    nonSpeech.gold += d.nonSpeech?.gold ?? 0;
    nonSpeech.predictedAsSpeech += d.nonSpeech?.asSpeech ?? 0;
  }
  return {
    people: sumEntities(docs.map((d) => d.people)),
    places: sumEntities(docs.map((d) => d.places)),
    placeLinks: sumCounts(docs.map((d) => d.placeLinks)),
    quotes: quotes.score,
    reported: sumReported(docs.map((d) => d.reported)),
    allQuotes: sumAllQuotes(docs.map((d) => d.allQuotes)),
    project: project
      ? { kindAccuracy: quotes.kindJudged ? quotes.kindRight / quotes.kindJudged : null, kindJudged: quotes.kindJudged, nonSpeech }
      : null,
  };
}

/** Figure name -> percentage (null when the gold source cannot measure it): the keys thresholds use. */
export type Figures = Record<string, number | null>;

export const FIGURE_NAMES = [
  'peopleP', 'peopleR', 'peopleF1', 'placesP', 'placesR', 'placesF1', 'placeCountryRight', 'placeCountryWrong',
  'quotesP', 'quotesR', 'quotesF1', 'quotesExactF1', 'speakerAccuracy', 'attributedP', 'attributedR', 'attributedF1',
  'kindAccuracy', 'nonSpeechAvoided',
  'reportedP', 'reportedR', 'reportedF1', 'reportedSpeakerAccuracy', 'reportedAttributedF1', 'allQuotesP', 'allQuotesR', 'allQuotesF1',
] as const;

export function figures(s: Scores): Figures {
  const pc = (x: number | null | undefined): number | null => (x == null ? null : 100 * x);
  const prfFigures = (name: string, v: Prf | undefined): Figures => ({ [`${name}P`]: pc(v?.p), [`${name}R`]: pc(v?.r), [`${name}F1`]: pc(v?.f1) });
  const ns = s.project?.nonSpeech;
  return {
    ...prfFigures('people', s.people?.exact),
    ...prfFigures('places', s.places?.exact),
    // shares of all gold place mentions with a country, found or not, as the linking targets count them
    placeCountryRight: s.placeLinks ? pc(s.placeLinks.right / s.placeLinks.judged) : null,
    placeCountryWrong: s.placeLinks ? pc(s.placeLinks.wrong / s.placeLinks.judged) : null,
    ...prfFigures('quotes', s.quotes?.quotesLenient),
    quotesExactF1: pc(s.quotes?.quotesExactCore.f1),
    speakerAccuracy: pc(s.quotes?.speakerAccuracy),
    ...prfFigures('attributed', s.quotes?.attributedQuotes),
    kindAccuracy: pc(s.project?.kindAccuracy),
    nonSpeechAvoided: ns && ns.gold ? pc(1 - ns.predictedAsSpeech / ns.gold) : null,
    ...prfFigures('reported', s.reported?.found),
    reportedSpeakerAccuracy: pc(s.reported?.speakerAccuracy),
    reportedAttributedF1: pc(s.reported?.attributed.f1),
    ...prfFigures('allQuotes', s.allQuotes ?? undefined),
  };
}
