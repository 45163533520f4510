// Stage "write": the Document becomes the annotated JSON, the contract downstream tools read.
// Field names here are a contract (see schema/annotation.schema.json): add fields freely, rename none.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Document, Message, PlaceLink, Span, TextSpan, QuoteKind, QuoteMethod } from '../document.js';
import { VERSION } from '../version.js';

export interface SourceInfo {
  /** Where the text came from: a file path, or "file.jsonl#id" for a JSON Lines record; null when unknown. */
  path: string | null;
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
  speaker: { entity?: string; name: string; mention: TextSpan } | null;
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

export function toAnnotation(doc: Document, path: string | null = null): Annotation {
  return {
    source: { path, sha256: sha256Hex(doc.text), length: doc.text.length },
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
      speaker: q.speaker
        ? { ...(q.speaker.entity ? { entity: q.speaker.entity } : {}), name: q.speaker.name, mention: plain(q.speaker.mention) }
        : null,
      cue: q.cue ? plain(q.cue) : null,
      method: q.method,
      confidence: q.confidence,
    })),
    messages: doc.messages,
  };
}

const plain = (s: TextSpan): TextSpan => ({ start: s.start, end: s.end, text: s.text });

/** The bytes of an output file: stable key order (built above), two-space indent, final newline. */
export function serialize(annotation: Annotation): string {
  return JSON.stringify(annotation, null, 2) + '\n';
}
