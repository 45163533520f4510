// Scores one document's predictions against its gold facts, with the definitions of the reference scorer
// (../shared/eval/score.mjs): exact-span mentions; quoted segments matched one to one by the
// intersection-over-union of their cores; speakers judged on matched quotes. Counts are kept per document
// and summed, so per-document tables and corpus totals come from the same numbers.
import type { Span } from '../document.js';
import { namesAgree, PRONOUNS, sameName } from './names.js';
import type { GoldQuote, GoldRecord, GoldSpan, PredQuote, PredRecord } from './records.js';
import { scoreAllQuotes, scoreReported, type AllQuotesCounts, type ReportedCounts } from './reported.js';
import { QUOTE_MARKS } from '../lexicons/quote-marks.js';

/** Predicted kinds that are not speech and so are not scored as quotes. */
const NOT_SPEECH_KINDS: ReadonlySet<string> = new Set(['scare', 'term', 'title', 'indirect']);
const EDGE = /[\s,.;:!?—–-]/;
const MIN_IOU = 0.5;

export type MissKind =
  | 'person-missed' | 'person-extra' | 'place-missed' | 'place-extra'
  | 'quote-missed' | 'quote-extra' | 'speaker-wrong' | 'kind-wrong' | 'nonspeech-as-speech'
  | 'reported-missed' | 'reported-extra' | 'reported-speaker-wrong'
  | 'place-country-wrong' | 'place-unlinked';

/** One thing the pipeline got wrong, located in the source. */
export interface Miss extends Span {
  doc: string;
  kind: MissKind;
  text: string;
  /** What was expected or predicted instead, when that helps ("gold: Xi Jinping; predicted: none"). */
  detail?: string;
}

export interface EntityCounts {
  tp: number;
  pred: number;
  gold: number;
  /** Gold mentions that some prediction overlaps at all. */
  touched: number;
}

export interface QuoteCounts {
  gold: number;
  pred: number;
  tpLenient: number;
  tpExact: number;
  /** Matched quotes whose gold has a speaker: the denominator of speaker accuracy. */
  judged: number;
  speakerRight: number;
  predWithSpeaker: number;
  goldWithSpeaker: number;
  byType: Record<string, { gold: number; found: number }>;
  /** Project gold: matched quotes whose gold says direct or partial, and those whose kind the pipeline got right. */
  kindJudged: number;
  kindRight: number;
}

/** Gold place mentions that give a country: how the pipeline's place at the same span was linked. */
export interface PlaceLinkCounts {
  judged: number;
  right: number;
  wrong: number;
  /** Found as a place (same span) but given no country. */
  unlinked: number;
  /** Not found as a place at that span: counted by the places figures, not as a linking error. */
  notFound: number;
}

interface NonSpeechCounts {
  gold: number;
  asSpeech: number;
}

export interface DocCounts {
  id: string;
  people?: EntityCounts;
  places?: EntityCounts;
  placeLinks?: PlaceLinkCounts;
  quotes?: QuoteCounts;
  nonSpeech?: NonSpeechCounts;
  reported?: ReportedCounts;
  allQuotes?: AllQuotesCounts;
}

interface DocScore {
  counts: DocCounts;
  misses: Miss[];
}

const spanKey = (s: Span): string => `${s.start}:${s.end}`;
const overlapLength = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function iou(a: Span, b: Span): number {
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 ? overlapLength(a, b) / union : 0;
}

/** The content of a quoted span: quotation marks, white space and edge punctuation trimmed from both ends. */
export function quoteCore(text: string, span: Span): Span {
  const trimmable = (i: number): boolean => QUOTE_MARKS.has(text[i] ?? 'x') || EDGE.test(text[i] ?? 'x');
  let { start, end } = span;
  while (start < end && trimmable(start)) start++;
  while (end > start && trimmable(end - 1)) end--;
  return { start, end };
}

/**
 * The quoted segments a gold quote contributes: a direct quote is one segment; a mixed one (quoted words in
 * a reported clause) gives each double-quoted run, or each single-quoted run where it has no double quotes.
 */
export function quotedSegments(text: string, quote: GoldQuote): Span[] {
  if (quote.type === 'direct') return [{ start: quote.start, end: quote.end }];
  const clause = text.slice(quote.start, quote.end);
  const runs = /["“”«»]/.test(clause)
    ? /["“«][^"“”«»]{2,}?["”»]/g
    : /(?<![\p{L}\p{N}])['‘][^'‘’]{2,}?['’](?![\p{L}\p{N}])/gu;
  return [...clause.matchAll(runs)].map((m) => ({ start: quote.start + m.index, end: quote.start + m.index + m[0].length }));
}

/** Greedy, in gold order: the unused prediction of highest IoU (the first one on a tie), -1 below MIN_IOU. */
export function bestUnused(predCores: Span[], goldCore: Span, used: ReadonlySet<number>): number {
  let best = -1;
  let bestIou = 0;
  predCores.forEach((pc, i) => {
    if (used.has(i)) return;
    const v = iou(pc, goldCore);
    if (v > bestIou) [best, bestIou] = [i, v];
  });
  return bestIou >= MIN_IOU ? best : -1;
}

const isSpeech = (q: PredQuote): boolean => !NOT_SPEECH_KINDS.has(q.kind);

const hasSpeaker = (q: PredQuote): boolean => !!q.speaker && (!!q.speaker.name || q.speaker.start != null);

/** Right speaker: the predicted mention overlaps the gold one, or the predicted name agrees with the gold name. */
export function speakerRight(predicted: PredQuote['speaker'], gold: GoldQuote): boolean {
  if (!predicted) return false;
  if (gold.speakerStart != null && gold.speakerEnd != null && predicted.start != null && predicted.end != null &&
      overlapLength({ start: predicted.start, end: predicted.end }, { start: gold.speakerStart, end: gold.speakerEnd }) > 0) return true;
  const name = predicted.name;
  if (!name) return false;
  if (gold.speaker && namesAgree(name, gold.speaker)) return true;
  return !!gold.speakerMention && !PRONOUNS.has(gold.speakerMention.toLowerCase()) && sameName(name, gold.speakerMention);
}

function scoreEntities(doc: string, text: string, gold: GoldSpan[], pred: Span[], kind: 'person' | 'place', misses: Miss[]): EntityCounts {
  const goldKeys = new Set(gold.map(spanKey));
  const predKeys = new Set(pred.map(spanKey));
  let tp = 0;
  for (const k of predKeys) if (goldKeys.has(k)) tp++;
  const touched = gold.filter((g) => pred.some((p) => overlapLength(p, g) > 0)).length;
  const seen = new Set<string>();
  const note = (s: Span, miss: MissKind): void => {
    const key = `${miss}@${spanKey(s)}`;
    if (seen.has(key)) return;
    seen.add(key);
    misses.push({ doc, kind: miss, start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  };
  for (const g of gold) if (!predKeys.has(spanKey(g))) note(g, `${kind}-missed`);
  for (const p of pred) if (!goldKeys.has(spanKey(p))) note(p, `${kind}-extra`);
  return { tp, pred: predKeys.size, gold: goldKeys.size, touched };
}

function scoreQuotes(doc: string, text: string, goldQuotes: GoldQuote[], predicted: PredQuote[], misses: Miss[]): QuoteCounts {
  // one unit per distinct quoted segment; the first gold quote holding it supplies its speaker
  const units = new Map<string, Span & { quote: GoldQuote }>();
  for (const q of goldQuotes) {
    if (q.type !== 'direct' && q.type !== 'mixed') continue;
    for (const s of quotedSegments(text, q)) if (!units.has(spanKey(s))) units.set(spanKey(s), { ...s, quote: q });
  }
  const preds = predicted.filter(isSpeech);
  const c: QuoteCounts = {
    gold: units.size, pred: preds.length, tpLenient: 0, tpExact: 0, judged: 0, speakerRight: 0,
    predWithSpeaker: preds.filter(hasSpeaker).length, goldWithSpeaker: 0, byType: {}, kindJudged: 0, kindRight: 0,
  };
  const predCores = preds.map((p) => quoteCore(text, p));
  const used = new Set<number>();
  for (const unit of units.values()) {
    const gq = unit.quote;
    if (gq.speaker) c.goldWithSpeaker++;
    const type = (c.byType[gq.type] ??= { gold: 0, found: 0 });
    type.gold++;
    const goldCore = quoteCore(text, unit);
    const best = bestUnused(predCores, goldCore, used);
    const unitText = text.slice(unit.start, unit.end);
    if (best < 0) {
      misses.push({ doc, kind: 'quote-missed', start: unit.start, end: unit.end, text: unitText, detail: gq.speaker ? `speaker: ${gq.speaker}` : undefined });
      continue;
    }
    used.add(best);
    const p = preds[best]!;
    c.tpLenient++;
    type.found++;
    if (predCores[best]!.start === goldCore.start && predCores[best]!.end === goldCore.end) c.tpExact++;
    if (gq.kind === 'direct' || gq.kind === 'partial') {
      c.kindJudged++;
      if (p.kind === gq.kind) c.kindRight++;
      else misses.push({ doc, kind: 'kind-wrong', start: unit.start, end: unit.end, text: unitText, detail: `gold ${gq.kind}, predicted ${p.kind}` });
    }
    if (!gq.speaker) continue;
    c.judged++;
    if (speakerRight(p.speaker, gq)) c.speakerRight++;
    else misses.push({ doc, kind: 'speaker-wrong', start: unit.start, end: unit.end, text: unitText, detail: `gold: ${gq.speaker}${gq.speakerMention ? ` ("${gq.speakerMention}")` : ''}; predicted: ${describeSpeaker(text, p.speaker)}` });
  }
  preds.forEach((p, i) => {
    if (!used.has(i)) misses.push({ doc, kind: 'quote-extra', start: p.start, end: p.end, text: text.slice(p.start, p.end), detail: `${p.kind}, speaker: ${describeSpeaker(text, p.speaker)}` });
  });
  return c;
}

function describeSpeaker(text: string, s: PredQuote['speaker']): string {
  if (!s) return 'none';
  const mention = s.start != null && s.end != null ? text.slice(s.start, s.end) : '';
  return mention && mention !== s.name ? `${s.name ?? '?'} ("${mention}")` : (s.name ?? `"${mention}"`);
}

function scorePlaceLinks(doc: string, text: string, gold: GoldSpan[], pred: PredRecord['places'], misses: Miss[]): PlaceLinkCounts | undefined {
  const withCountry = gold.filter((g) => g.country);
  if (!withCountry.length) return undefined;
  const predicted = new Map(pred.map((p) => [spanKey(p), p.country ?? null]));
  const c: PlaceLinkCounts = { judged: withCountry.length, right: 0, wrong: 0, unlinked: 0, notFound: 0 };
  for (const g of withCountry) {
    const country = predicted.get(spanKey(g));
    const at = { doc, start: g.start, end: g.end, text: text.slice(g.start, g.end) };
    if (country === undefined) c.notFound++;
    else if (country === null) {
      c.unlinked++;
      misses.push({ ...at, kind: 'place-unlinked', detail: `gold country ${g.country}` });
    } else if (country === g.country) c.right++;
    else {
      c.wrong++;
      misses.push({ ...at, kind: 'place-country-wrong', detail: `gold ${g.country}, predicted ${country}` });
    }
  }
  return c;
}

/** Quoted text that is not speech (scare quotes, titles, terms) but which the pipeline counted as speech. */
function scoreNonSpeech(doc: string, text: string, gold: GoldSpan[], predicted: PredQuote[], misses: Miss[]): NonSpeechCounts {
  const speechCores = predicted.filter(isSpeech).map((p) => quoteCore(text, p));
  let asSpeech = 0;
  for (const g of gold) {
    const core = quoteCore(text, g);
    if (!speechCores.some((p) => iou(p, core) >= MIN_IOU)) continue;
    asSpeech++;
    misses.push({ doc, kind: 'nonspeech-as-speech', start: g.start, end: g.end, text: text.slice(g.start, g.end) });
  }
  return { gold: gold.length, asSpeech };
}

/** Counts and misses of one document; a layer the gold record lacks is not scored at all. */
export function scoreDocument(gold: GoldRecord, pred: PredRecord | undefined): DocScore {
  const misses: Miss[] = [];
  const counts: DocCounts = { id: gold.id };
  const { text } = gold;
  if (gold.people) counts.people = scoreEntities(gold.id, text, gold.people, pred?.people ?? [], 'person', misses);
  if (gold.places) counts.places = scoreEntities(gold.id, text, gold.places, pred?.places ?? [], 'place', misses);
  const placeLinks = gold.places && scorePlaceLinks(gold.id, text, gold.places, pred?.places ?? [], misses);
  if (placeLinks) counts.placeLinks = placeLinks;
  if (gold.quotes) counts.quotes = scoreQuotes(gold.id, text, gold.quotes, pred?.quotes ?? [], misses);
  if (gold.nonSpeech) counts.nonSpeech = scoreNonSpeech(gold.id, text, gold.nonSpeech, pred?.quotes ?? [], misses);
  const reported = scoreReported(gold.id, gold, pred?.quotes ?? [], misses);
  if (reported) counts.reported = reported;
  const all = scoreAllQuotes(gold, pred?.quotes ?? []);
  if (all) counts.allQuotes = all;
  return { counts, misses };
}

