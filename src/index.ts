// Public API: a pure function from text to annotation. No file system, no global mutable state, so the
// same call serves the CLI, worker threads and a browser.
import { emptyDocument, type Document } from './document.js';
import { STAGES } from './pipeline.js';
import { toAnnotation, type Annotation } from './output/annotation.js';
import { describeValue } from './describe-value.js';
import { DEFAULT_MAX_CHARS, tooLongReason } from './limits.js';

export interface AnnotateOptions {
  /** Recorded as source.path in the annotation. */
  path?: string | null;
  /**
   * Longest text accepted, in UTF-16 code units (default DEFAULT_MAX_CHARS, 5,000,000): a longer one throws
   * a RangeError before any work. Infinity lifts the limit.
   */
  maxChars?: number;
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

/** Throws TypeError for a text that is not a string or bad options, RangeError for a text over `maxChars`. */
export function annotate(text: string, options: AnnotateOptions = {}): Annotation {
  if (typeof text !== 'string') throw new TypeError(`annotate(text): text must be a string, got ${describeValue(text)}`);
  if (typeof options !== 'object' || options === null) throw new TypeError(`annotate(text, options): options must be an object, got ${describeValue(options)}`);
  const { path = null, maxChars = DEFAULT_MAX_CHARS, id, fields } = options;
  if (path !== null && typeof path !== 'string') throw new TypeError(`annotate(text, options): options.path must be a string or null, got ${describeValue(path)}`);
  if (typeof maxChars !== 'number' || !(maxChars >= 0)) throw new TypeError(`annotate(text, options): options.maxChars must be a number of characters, got ${describeValue(maxChars)}`);
  if (text.length > maxChars) throw new RangeError(`annotate(text): ${tooLongReason(text.length, maxChars, 'options.maxChars')}`);
  return toAnnotation(analyze(text), { path, id, fields });
}

export { readText, type ReadResult } from './text/read-text.js';
export { serialize, sha256Hex, type Annotation, type RawSource } from './output/annotation.js';
export { VERSION } from './version.js';
export { DEFAULT_MAX_CHARS } from './limits.js';
export type * from './document.js';
