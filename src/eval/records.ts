// The records the scorer compares: gold facts and predictions, in the shape of ../shared/eval's JSON Lines
// (and of the project's tests/gold/*.gold.json, which reuse it), so one scorer reads every gold source.
import type { Span } from '../document.js';
import type { Annotation } from '../output/annotation.js';

export interface GoldSpan extends Span {
  text?: string;
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
}

export interface PredQuote extends Span {
  kind: string;
  speaker: { name?: string; start?: number; end?: number } | null;
}

/** A prediction in the reference scorer's input format (one JSON Lines record). */
export interface PredRecord {
  id: string;
  people: Span[];
  places: Span[];
  quotes: PredQuote[];
}

/** What the pipeline's annotation claims, reduced to what the scorer compares. */
export function toPrediction(id: string, annotation: Annotation): PredRecord {
  const mentions = (entities: Array<{ mentions: Span[] }>): Span[] =>
    entities.flatMap((e) => e.mentions.map(({ start, end }) => ({ start, end })));
  return {
    id,
    people: mentions(annotation.people),
    places: mentions(annotation.places),
    quotes: annotation.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      kind: q.kind,
      speaker: q.speaker ? { name: q.speaker.name, start: q.speaker.mention.start, end: q.speaker.mention.end } : null,
    })),
  };
}
