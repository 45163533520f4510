// The one typed document that flows through the stages. Every offset is a UTF-16 code unit index
// (a JavaScript string index) into `text`, end exclusive: `text.slice(start, end)` is the span.

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export interface Token extends Span {
  /** The token as it stands in the source. */
  text: string;
  /** Lower case, curly apostrophes folded to "'": the key for lexicon look-ups. */
  norm: string;
  /** Universal part of speech from wink-nlp (PROPN, NOUN, VERB, PUNCT, …). */
  pos: string;
  /** Index of the sentence that holds the token. */
  sentence: number;
  /** Index of the paragraph that holds the token. */
  paragraph: number;
}

export interface Sentence extends Span {
  paragraph: number;
  /** Tokens [firstToken, endToken) of this sentence. */
  firstToken: number;
  endToken: number;
}

export type Severity = 'info' | 'warning' | 'error';

/** A problem or remark about one document, never a thrown error (vfile's messages). */
export interface Message {
  /** Stage that raised it: "read", "quotes", "attribution", … */
  source: string;
  /** Stable identifier of the rule, e.g. "unbalanced-quote". */
  rule: string;
  severity: Severity;
  reason: string;
  start?: number;
  end?: number;
}

export type Gender = 'male' | 'female';

export interface PersonMention extends TextSpan {
  /** Title words outside the span that qualify it ("President", "Russian President"). */
  title?: string;
}

export interface Person {
  id: string;
  name: string;
  mentions: PersonMention[];
  titles: string[];
  gender?: Gender;
}

/**
 * What the map knows of a place (src/geo/): present only when the name and the document leave one choice.
 * A place the map does not list gets only `country`, where the document's other places lie mostly in one.
 */
export interface PlaceLink {
  kind?: 'country' | 'region' | 'city';
  /** ISO 3166-1 alpha-2 code of the country the place is in (its own, for a country). */
  country: string;
  /** ISO 3166-2 code of a region ("US-GA"). */
  region?: string;
  /** GeoNames id of a country or town. */
  geonamesId?: number;
  lat?: number;
  lon?: number;
}

export interface Place {
  id: string;
  name: string;
  mentions: TextSpan[];
  link?: PlaceLink;
}

export type QuoteKind = 'direct' | 'partial' | 'scare';

export interface Speaker {
  /** Id of a `people` entity when the speaker is a person the document names. */
  entity?: string;
  name: string;
  /** The words the attribution rests on: "he" in "he said", or the name. */
  mention: TextSpan;
}

export interface Quote extends TextSpan {
  id: string;
  kind: QuoteKind;
  /** Paragraph that holds the start of the quote. */
  paragraph: number;
  /** True when the quote opens in an earlier paragraph that never closed it (news convention). */
  continued?: boolean;
  speaker: Speaker | null;
  cue: TextSpan | null;
  /** The attribution rule that decided the speaker, or "none". */
  method: string;
  confidence: number;
}

export interface Document {
  text: string;
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
  people: Person[];
  places: Place[];
  quotes: Quote[];
  messages: Message[];
}

export function emptyDocument(text: string): Document {
  return { text, paragraphs: [], sentences: [], tokens: [], people: [], places: [], quotes: [], messages: [] };
}

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

export const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;


