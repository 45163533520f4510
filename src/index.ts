// Public API: a pure function from text to annotation. No file system, no global mutable state, so the
// same call serves the CLI, worker threads and a browser.
import { emptyDocument, type Document } from './document.js';
import { STAGES } from './pipeline.js';
import { toAnnotation, type Annotation } from './output/annotation.js';

export interface AnnotateOptions {
  /** Recorded as source.path in the annotation. */
  path?: string | null;
  /** Recorded as source.id: the id of the record the text came from. */
  id?: string | number;
  /** Recorded as source.fields: fields of the input record to carry along (joins back to the input). */
  fields?: Record<string, unknown>;
}

/** Runs every stage over `text` and returns the Document (tokens and all), for tools and tests. */
export function analyze(text: string): Document {
  const doc = emptyDocument(text);
  for (const stage of STAGES) stage.run(doc);
  return doc;
}

export function annotate(text: string, options: AnnotateOptions = {}): Annotation {
  return toAnnotation(analyze(text), options);
}

export { readText, type ReadResult } from './text/read-text.js';
export { serialize, sha256Hex, type Annotation, type RawSource } from './output/annotation.js';
export { VERSION } from './version.js';
export type * from './document.js';
