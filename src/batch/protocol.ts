// Messages between the batch engine and its annotate workers.

/** "pretty": serialize() bytes of one output file; "line": one JSON Lines record, no final newline. */
export type Layout = 'pretty' | 'line';

export interface AnnotateTask {
  id: number;
  text: string;
  path: string;
  layout: Layout;
}

export type AnnotateResult = { id: number; ok: true; output: string } | { id: number; ok: false; reason: string };
