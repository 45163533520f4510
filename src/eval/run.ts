// Runs the pipeline over every document of a gold source and scores it.
import type { Span } from '../document.js';
import { annotate } from '../index.js';
import type { GoldSource } from './gold.js';
import { scoreDocument, type DocCounts, type Miss } from './metrics.js';
import { toPrediction, type PredRecord } from './records.js';
import { figures, summarize, type Figures, type Scores } from './summary.js';

export interface LocatedMiss extends Miss {
  /** The sentence the miss sits in, trimmed, with the span between ⟦ ⟧. */
  context: string;
}

interface DocResult {
  id: string;
  figures: Figures;
  counts: DocCounts;
}

export interface SourceResult {
  name: string;
  kind: GoldSource['kind'];
  path: string;
  docs: number;
  scores: Scores;
  figures: Figures;
  perDoc: DocResult[];
  misses: LocatedMiss[];
  problems: string[];
  /** Documents on which the pipeline threw: scored as if it had predicted nothing. */
  failures: Array<{ id: string; error: string }>;
  predictions: PredRecord[];
  seconds: number;
}

export function evaluateSource(source: GoldSource, { limit = Infinity } = {}): SourceResult {
  const began = performance.now();
  const counts: DocCounts[] = [];
  const perDoc: DocResult[] = [];
  const misses: LocatedMiss[] = [];
  const failures: SourceResult['failures'] = [];
  const predictions: PredRecord[] = [];
  const project = source.kind === 'project';
  for (const { record, path } of source.docs.slice(0, limit)) {
    let pred: PredRecord = { id: record.id, people: [], places: [], quotes: [] };
    let sentences: Span[] = [];
    try {
      const annotation = annotate(record.text, { path });
      // the shared JSON Lines gold (PolNeAR) marks a running quote as one span; the project's gold, per paragraph
      pred = toPrediction(record.id, annotation, project ? 'segments' : 'joined');
      sentences = annotation.sentences;
    } catch (err) {
      failures.push({ id: record.id, error: err instanceof Error ? err.message : String(err) });
    }
    predictions.push(pred);
    const scored = scoreDocument(record, pred);
    counts.push(scored.counts);
    perDoc.push({ id: record.id, counts: scored.counts, figures: figures(summarize([scored.counts], { project })) });
    for (const m of scored.misses) misses.push({ ...m, context: contextOf(record.text, sentences, m) });
  }
  const scores = summarize(counts, { project });
  return {
    name: source.name, kind: source.kind, path: source.path, docs: counts.length, scores, figures: figures(scores),
    perDoc, misses, problems: source.problems, failures, predictions, seconds: (performance.now() - began) / 1000,
  };
}

const CONTEXT_SIDE = 90;

/** The sentence(s) holding `span` (or a window of the text when there are no sentences), on one line. */
function contextOf(text: string, sentences: Span[], span: Span): string {
  const holding = sentences.filter((s) => s.start < Math.max(span.end, span.start + 1) && span.start < s.end);
  const naturalFrom = holding.length ? Math.min(span.start, holding[0]!.start) : 0;
  const naturalTo = holding.length ? Math.max(span.end, holding.at(-1)!.end) : text.length;
  const from = Math.max(naturalFrom, span.start - CONTEXT_SIDE);
  const to = Math.min(naturalTo, span.end + CONTEXT_SIDE);
  const oneLine = (s: string): string => s.replace(/\s+/g, ' ');
  const inner = span.end - span.start > 2 * CONTEXT_SIDE
    ? `${text.slice(span.start, span.start + CONTEXT_SIDE)} … ${text.slice(span.end - CONTEXT_SIDE, span.end)}`
    : text.slice(span.start, span.end);
  return oneLine(`${from > naturalFrom ? '…' : ''}${text.slice(from, span.start)}⟦${inner}⟧${text.slice(span.end, to)}${to < naturalTo ? '…' : ''}`);
}

/** The name under which every project gold source is scored together (thresholds use it too). */
export const ALL_PROJECT = 'project-all';

/**
 * Every project gold source (tests/gold, tests/gold-international, …) scored as one set, as the issues'
 * targets for "the project gold" are stated; null with fewer than two such sources.
 */
export function combineProjectSources(results: SourceResult[]): SourceResult | null {
  const parts = results.filter((r) => r.kind === 'project');
  if (parts.length < 2) return null;
  const perDoc = parts.flatMap((r) => r.perDoc);
  const scores = summarize(perDoc.map((d) => d.counts), { project: true });
  return {
    name: ALL_PROJECT, kind: 'project', path: parts.map((r) => r.path).join(' + '), docs: perDoc.length,
    scores, figures: figures(scores), perDoc, misses: [], problems: [], failures: [], predictions: [],
    seconds: parts.reduce((s, r) => s + r.seconds, 0),
  };
}
