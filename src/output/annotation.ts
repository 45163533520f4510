// Stage "write": the Document becomes the annotated JSON, the contract downstream tools read.
// Field names here are a contract (see schema/annotation.schema.json): add fields freely, rename none.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Document, Message, PlaceLink, Span, TextSpan, QuoteKind, QuoteMethod } from '../document.js';
import { VERSION } from '../version.js';

export interface SourceInfo {
  /** Where the text came from: a file path, or "file.jsonl#id" for a JSON Lines record; null when unknown. */
  path: string | null;
  /** A JSON Lines record's id exactly as the record gave it: a string or a number. */
  id?: string | number;
  /** The input fields kept with --keep-fields, as the record gave them. */
  fields?: Record<string, unknown>;
  /** SHA-256 of the text as read, encoded as UTF-8. */
  sha256: string;
  /** Length of the text in UTF-16 code units. */
  length: number;
}

export interface AnnotatedMention extends TextSpan {
  title?: string;
}

export interface AnnotatedPerson {
  id: string;
  name: string;
  titles: string[];
  gender?: 'male' | 'female';
  mentions: AnnotatedMention[];
}

export interface AnnotatedPlace extends Partial<PlaceLink> {
  id: string;
  name: string;
  mentions: TextSpan[];
}

export interface AnnotatedQuote extends TextSpan {
  id: string;
  kind: QuoteKind;
  /** For a segment of a quote that runs on over paragraphs: the id of its first segment. */
  group?: string;
  speaker: { entity?: string; name: string; role?: string; mention: TextSpan } | null;
  cue: TextSpan | null;
  method: QuoteMethod;
  confidence: number;
}

export interface Annotation {
  source: SourceInfo;
  version: string;
  paragraphs: Span[];
  sentences: Span[];
  people: AnnotatedPerson[];
  places: AnnotatedPlace[];
  quotes: AnnotatedQuote[];
  messages: Message[];
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(text)));
}

/** Where an annotated text came from, beyond the text itself. */
export interface SourceOptions {
  path?: string | null;
  id?: string | number;
  fields?: Record<string, unknown>;
}

export function toAnnotation(doc: Document, from: SourceOptions = {}): Annotation {
  const { path = null, id, fields } = from;
  return {
    source: { path, ...(id !== undefined ? { id } : {}), ...(fields ? { fields } : {}), sha256: sha256Hex(doc.text), length: doc.text.length },
    version: VERSION,
    paragraphs: doc.paragraphs.map(({ start, end }) => ({ start, end })),
    sentences: doc.sentences.map(({ start, end }) => ({ start, end })),
    people: doc.people.map((p) => ({
      id: p.id,
      name: p.name,
      titles: p.titles,
      ...(p.gender ? { gender: p.gender } : {}),
      mentions: p.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, ...(m.title ? { title: m.title } : {}) })),
    })),
    places: doc.places.map((p) => ({ id: p.id, name: p.name, ...p.link, mentions: p.mentions.map(plain) })),
    quotes: doc.quotes.map((q) => ({
      id: q.id,
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
      ...(q.group ? { group: q.group } : {}),
      speaker: q.speaker
        ? { ...(q.speaker.entity ? { entity: q.speaker.entity } : {}), name: q.speaker.name, ...(q.speaker.role ? { role: q.speaker.role } : {}), mention: plain(q.speaker.mention) }
        : null,
      cue: q.cue ? plain(q.cue) : null,
      method: q.method,
      confidence: roundConfidence(q.confidence),
    })),
    messages: doc.messages,
  };
}

const plain = (s: TextSpan): TextSpan => ({ start: s.start, end: s.end, text: s.text });

/** Two decimals: rules combine confidences by arithmetic, and 0.7000000000000001 beside 0.7 would split one level in two. */
const roundConfidence = (c: number): number => Math.round(c * 100) / 100;

/**
 * source.id and source.fields as JSON text, exactly as a JSON Lines record wrote them (white space outside
 * strings dropped): a numeric id beyond 2^53 keeps every digit, which a parsed JS number would not.
 */
export interface RawSource {
  id: string;
  fields?: Array<[name: string, json: string]>;
}

/**
 * The bytes of an output file: stable key order (built above), two-space indent, final newline; or with
 * `layout` "line", one JSON Lines line without the newline. `raw` writes source.id and source.fields from
 * their JSON text, right after source.path.
 */
export function serialize(annotation: Annotation, layout: Layout = 'pretty', raw?: RawSource): string {
  const json = layout === 'pretty' ? JSON.stringify(annotation, null, 2) + '\n' : JSON.stringify(annotation);
  if (!raw) return json;
  const path = pathHead(annotation.source.path, layout);
  if (!json.startsWith(path)) throw new Error('serialize: the source must come first and start with its path');
  return sourceHead(annotation.source.path, layout, raw) + json.slice(path.length);
}

export type Layout = 'pretty' | 'line';

/** Every output starts with its source's path: '{\n  "source": {\n    "path": <path>,' (or without the white space). */
const pathHead = (path: string | null, layout: Layout): string =>
  (layout === 'pretty' ? '{\n  "source": {\n    "path": ' : '{"source":{"path":') + JSON.stringify(path) + ',';

/**
 * The first bytes of the output of a text from `path` (and `raw`), up to the key of the source's hash:
 * what a resumed run compares, so that an output written with other kept fields (or none) is redone.
 */
export function outputHead(path: string | null, layout: Layout, raw?: RawSource): string {
  return sourceHead(path, layout, raw) + (layout === 'pretty' ? '\n    "sha256"' : '"sha256"');
}

/** The source's path, then its id and kept fields as written. */
function sourceHead(path: string | null, layout: Layout, raw?: RawSource): string {
  const head = pathHead(path, layout);
  if (!raw) return head;
  const [nl, pad, inner, colon] = layout === 'pretty' ? ['\n', '    ', '      ', ': '] : ['', '', '', ':'];
  let members = `${nl}${pad}"id"${colon}${raw.id},`;
  if (raw.fields) {
    const entries = raw.fields.map(([name, value]) => `${nl}${inner}${JSON.stringify(name)}${colon}${value}`);
    members += `${nl}${pad}"fields"${colon}{${entries.join(',')}${entries.length ? `${nl}${pad}` : ''}},`;
  }
  return head + members;
}
