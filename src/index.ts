// Public API: a pure function from text to annotation. No file system, no global mutable state, so the
// same call serves the CLI, worker threads and a browser.
import { emptyDocument, type Document } from './document.js';
import { STAGES } from './pipeline.js';
import { toAnnotation, type Annotation } from './output/annotation.js';

export interface AnnotateOptions {
  /** Recorded as source.path in the annotation. */
  path?: string | null;
}

/** Runs every stage over `text` and returns the Document (tokens and all), for tools and tests. */
export function analyze(text: string): Document {
  const doc = emptyDocument(text);
  for (const stage of STAGES) stage.run(doc);
  return doc;
}

export function annotate(text: string, options: AnnotateOptions = {}): Annotation {
  return toAnnotation(analyze(text), options.path ?? null);
}

export { readText, type ReadResult } from './text/read-text.js';
export { serialize, sha256Hex, type Annotation } from './output/annotation.js';
export { VERSION } from './version.js';
export type * from './document.js';
