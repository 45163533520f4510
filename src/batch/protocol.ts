// Messages between the batch engine and its annotate workers.
import type { Layout, RawSource } from '../output/annotation.js';

/** "pretty": serialize() bytes of one output file; "line": one JSON Lines record, no final newline. */
export type { Layout };

export interface AnnotateTask {
  id: number;
  text: string;
  path: string;
  layout: Layout;
  /** A JSON Lines record's id and kept fields, as JSON text. */
  raw?: RawSource;
}

export type AnnotateResult = { id: number; ok: true; output: string } | { id: number; ok: false; reason: string };
