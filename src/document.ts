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

/** Every message a stage may add, with its severity: the rule ids a reader of the output can rely on. */
export const MESSAGE_RULES = {
  'unbalanced-quote': 'warning',
  'stray-closing-quote': 'warning',
  'no-speaker': 'info',
} as const satisfies Record<string, Severity>;
export type MessageRule = keyof typeof MESSAGE_RULES;

/** A problem or remark about one document, never a thrown error (vfile's messages). */
export interface Message {
  /** Stage that raised it: "quotes", "attribution", … */
  source: string;
  /** Stable identifier of the rule, e.g. "unbalanced-quote". */
  rule: MessageRule;
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

/** `indirect`: reported speech without quotation marks, the span its content only. */
export type QuoteKind = 'direct' | 'partial' | 'scare' | 'indirect';

/** The attribution rules, each one way of finding a quote's speaker (src/attribution/). */
export type AttributionRule =
  | 'quote-speaker-cue' | 'quote-cue-speaker' | 'according-to' | 'quote-comma-name' | 'quote-comma-verb' | 'dash-byline'
  | 'speaker-cue-quote' | 'speaker-cue-partial' | 'headline-colon' | 'colon-subject' | 'clause-subject'
  | 'same-paragraph' | 'previous-sentence' | 'colon-introduction' | 'continuation' | 'previous-paragraph'
  // another segment of the same running quote (Quote.group) named the speaker
  | 'running-quote'
  // reported speech (src/quotes/reported-clauses.ts)
  | 'reported-speaker-cue' | 'reported-cue-speaker' | 'reported-before-cue' | 'reported-interrupted' | 'reported-according-to' | 'reported-as-cue' | 'reported-call-for' | 'reported-belief' | 'reported-act'
  // an attribution with no source in the text (src/quotes/sourceless.ts): the speaker is null
  | 'reported-sourceless';
/** How a speaker was found: the rule, marked ":pronoun" where the speaker is a pronoun's antecedent. */
export type AttributionMethod = AttributionRule | `${AttributionRule}:pronoun`;
/**
 * Why a quote is a scare quote: a named thing, a title, a few words, words nobody is said to speak, a term
 * nobody is said to coin ("known as the …") or words of a list cited as words, a nickname inside a name, or
 * page furniture (a link label's line, a photo caption, a subhead repeating words quoted elsewhere).
 */
export type ScareReason = 'named-thing' | 'title' | 'short' | 'unattributed' | 'term' | 'nickname' | 'page-label' | 'caption' | 'subhead';
export type QuoteMethod = 'none' | AttributionMethod | `scare:${ScareReason}`;

export interface Speaker {
  /** Id of a `people` entity when the speaker is a person the document names. */
  entity?: string;
  name: string;
  /** The words the attribution rests on: "he" in "he said", or the name. */
  mention: TextSpan;
  /** A descriptor written beside the name: "local shopkeeper" in "said local shopkeeper Tom Reyes". */
  role?: string;
}

export interface Quote extends TextSpan {
  id: string;
  kind: QuoteKind;
  /** Paragraph that holds the start of the quote. */
  paragraph: number;
  /**
   * For a segment of a quote that runs on over paragraphs (each reopened, only the last closed; news
   * convention): the id of its first segment, shared by all its segments, which share one speaker.
   */
  group?: string;
  speaker: Speaker | null;
  cue: TextSpan | null;
  /** The attribution rule that decided the speaker, why the quote is a scare quote, or "none". */
  method: QuoteMethod;
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

/** How a stage adds a message to the document (vfile's `file.message`): the rule's severity comes with it. */
export type Report = (rule: MessageRule, reason: string, span?: Span) => void;

/** The report function of one stage: its messages name it as their source. */
export function reporter(doc: Document, source: string): Report {
  return (rule, reason, span) => {
    doc.messages.push({ source, rule, severity: MESSAGE_RULES[rule], reason, ...(span ? { start: span.start, end: span.end } : {}) });
  };
}

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

export const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;


