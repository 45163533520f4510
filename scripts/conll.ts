// Reads the CoNLL-2003 JSON Lines from ../shared/eval (never copied into the project) and turns each
// document into tokens with gold BIO labels, through the project's own tokenize stage.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyDocument, type Document } from '../src/document.js';
import { tokenize } from '../src/stages/tokenize.js';
import { LABELS } from '../src/entities/tagger/labels.js';

export const EVAL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/eval');

interface GoldSpan {
  start: number;
  end: number;
  type?: string;
}

export interface GoldRecord {
  id: string;
  text: string;
  people?: GoldSpan[];
  places?: GoldSpan[];
  otherEntities?: GoldSpan[];
}

export function readJsonl(file: string): GoldRecord[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldRecord);
}

export interface LabelledDoc {
  doc: Document;
  labels: Uint8Array;
}

/** Tokens fully inside a gold span get its label: B- on the first, I- on the rest. */
export function labelDocument(record: GoldRecord): LabelledDoc {
  const doc = emptyDocument(record.text);
  tokenize(doc);
  const labels = new Uint8Array(doc.tokens.length);
  const spans = [
    ...(record.people ?? []).map((s) => ({ ...s, type: 'PER' })),
    ...(record.places ?? []).map((s) => ({ ...s, type: 'LOC' })),
    ...(record.otherEntities ?? []),
  ];
  for (const span of spans) {
    let first = true;
    doc.tokens.forEach((t, i) => {
      if (t.start < span.start || t.end > span.end) return;
      labels[i] = LABELS.indexOf(`${first ? 'B' : 'I'}-${span.type}`);
      first = false;
    });
  }
  return { doc, labels };
}
