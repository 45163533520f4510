// Who speaks in an article: quotes grouped by speaker, each speaker with a colour of the palette (in order
// of first quote, so the same person keeps one colour through the page), and the counts the index shows.
import type { ReadAnnotation, ReadQuote } from '../output/read-annotations.js';
import { SPEAKER_COLOURS } from './style.js';

/** Quote kinds the site names; a kind a later version adds is shown under its own name. */
export const KIND_LABELS: Record<string, string> = {
  direct: 'direct quote',
  partial: 'partial quote',
  indirect: 'reported speech',
  scare: 'not speech (scare quotes, a title or a term)',
};

/** A kind as a label: known kinds by their description, any other by its own name. */
export const kindLabel = (kind: string): string => (Object.hasOwn(KIND_LABELS, kind) ? KIND_LABELS[kind]! : kind);

/** A kind in one word, for tags and columns ("reported" for indirect speech). */
export const shortKind = (kind: string): string => (kind === 'indirect' ? 'reported' : kind);

/** Kinds in the order of the index's columns; other kinds follow in name order. */
export const KIND_ORDER = ['direct', 'partial', 'indirect', 'scare'];

/** Scare quotes are quotation marks around something nobody said: no speaker is expected. */
export const isSpeech = (q: ReadQuote): boolean => q.kind !== 'scare';

/** Colours of the palette (.s0, .s1, … in style.ts); beyond that they repeat, the names tell apart. */
export const PALETTE_SIZE = SPEAKER_COLOURS.length;

export interface Speaker {
  key: string;
  name: string;
  colour: number;
  quotes: ReadQuote[];
}

export interface ArticleSpeakers {
  speakers: Speaker[];
  /** Speech that no rule attributed. */
  unattributed: ReadQuote[];
  /** Scare quotes, titles and terms. */
  notSpeech: ReadQuote[];
  speakerOf: (quote: ReadQuote) => Speaker | null;
}

/** The same person is one speaker: by the people entry when there is one, else by the name as written. */
const speakerKey = (q: ReadQuote): string | null =>
  q.speaker === null ? null : q.speaker.entity ? `entity:${q.speaker.entity}` : `name:${q.speaker.name.toLowerCase()}`;

export function speakersOf(annotation: ReadAnnotation): ArticleSpeakers {
  const byKey = new Map<string, Speaker>();
  const unattributed: ReadQuote[] = [];
  const notSpeech: ReadQuote[] = [];
  for (const q of [...annotation.quotes].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = speakerKey(q);
    if (key === null) {
      (isSpeech(q) ? unattributed : notSpeech).push(q);
      continue;
    }
    let speaker = byKey.get(key);
    if (!speaker) {
      speaker = { key, name: q.speaker!.name, colour: byKey.size % PALETTE_SIZE, quotes: [] };
      byKey.set(key, speaker);
    }
    speaker.quotes.push(q);
  }
  return { speakers: [...byKey.values()], unattributed, notSpeech, speakerOf: (q) => byKey.get(speakerKey(q) ?? '') ?? null };
}

export interface ArticleCounts {
  people: number;
  places: number;
  quotes: number;
  byKind: Record<string, number>;
  unattributed: number;
  speakers: number;
}

export function countsOf(annotation: ReadAnnotation): ArticleCounts {
  const { speakers, unattributed } = speakersOf(annotation);
  const byKind: Record<string, number> = {};
  for (const q of annotation.quotes) byKind[q.kind] = (byKind[q.kind] ?? 0) + 1;
  return {
    people: annotation.people.length,
    places: annotation.places.length,
    quotes: annotation.quotes.length,
    byKind,
    unattributed: unattributed.length,
    speakers: speakers.length,
  };
}

/** The kinds to show as columns: the known ones always, then any other kind found, sorted. */
export function kindColumns(counts: ArticleCounts[]): string[] {
  const others = new Set(counts.flatMap((c) => Object.keys(c.byKind)).filter((k) => !KIND_ORDER.includes(k)));
  return [...KIND_ORDER, ...[...others].sort()];
}
