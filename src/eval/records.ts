// The records the scorer compares: gold facts and predictions, in the shape of ../shared/eval's JSON Lines
// (and of the project's tests/gold/*.gold.json, which reuse it), so one scorer reads every gold source.
import type { Span } from '../document.js';
import type { Annotation } from '../output/annotation.js';

export interface GoldSpan extends Span {
  text?: string;
  /** Places, project gold: ISO 3166-1 alpha-2 code of the country the place is in. */
  country?: string;
}

export interface GoldQuote extends GoldSpan {
  /** "direct": the span is one quoted segment, marks included; "mixed": a clause holding quoted runs. */
  type: string;
  /** Project gold only: "direct" or "partial", the kind the pipeline should report. */
  kind?: string;
  /** The resolved speaker (or, in PolNeAR, the annotated source mention); null when unknowable. */
  speaker?: string | null;
  speakerStart?: number;
  speakerEnd?: number;
  speakerMention?: string;
  cue?: string;
}

interface NonSpeechSpan extends GoldSpan {
  kind?: string;
}

export interface GoldRecord {
  id: string;
  text: string;
  people?: GoldSpan[];
  places?: GoldSpan[];
  quotes?: GoldQuote[];
  nonSpeech?: NonSpeechSpan[];
  /** Reported speech without quotation marks (PolNeAR's name for it; another set calls it `indirect`). */
  indirectAttributions?: GoldQuote[];
  indirect?: GoldQuote[];
}

export interface PredQuote extends Span {
  kind: string;
  speaker: { name?: string; start?: number; end?: number } | null;
}

/** A prediction in the reference scorer's input format (one JSON Lines record). */
export interface PredRecord {
  id: string;
  people: Span[];
  /** `country`: the place's country where the pipeline linked it (the reference scorer ignores it). */
  places: Array<Span & { country?: string }>;
  quotes: PredQuote[];
}

/** What the pipeline's annotation claims, reduced to what the scorer compares. */
export function toPrediction(id: string, annotation: Annotation): PredRecord {
  const mentions = (entities: Array<{ mentions: Span[] }>): Span[] =>
    entities.flatMap((e) => e.mentions.map(({ start, end }) => ({ start, end })));
  return {
    id,
    people: mentions(annotation.people),
    places: annotation.places.flatMap((p) => p.mentions.map(({ start, end }) => (p.country ? { start, end, country: p.country } : { start, end }))),
    quotes: annotation.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      kind: q.kind,
      speaker: q.speaker ? { name: q.speaker.name, start: q.speaker.mention.start, end: q.speaker.mention.end } : null,
    })),
  };
}
