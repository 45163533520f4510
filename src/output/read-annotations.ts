// Reads sets of annotations, as `onrecord extract` writes them: annotation files (.json), JSON Lines of
// annotations (.jsonl, or "-" for standard input), and folders of either, walked in sorted order (names
// starting with "." passed over, so OUT/.onrecord/ is never read). One annotation at a time, so a corpus
// of any size streams.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { readJsonLines, STDIN } from '../batch/jsonl.js';
import { rawMembers } from '../batch/raw-members.js';
import type { Annotation } from './annotation.js';

export type AnnotationItem =
  /** `from`: the file, or "file:line" for a JSON Lines line; `article`: see articleKey. */
  | { kind: 'annotation'; annotation: Annotation; article: string; from: string }
  /** Something that is not an annotation (bad JSON, another kind of file): the reader goes on. */
  | { kind: 'problem'; from: string; reason: string };

export async function* readAnnotations(inputs: readonly string[]): AsyncGenerator<AnnotationItem> {
  for (const input of inputs) {
    if (input === STDIN) yield* fromJsonLines(STDIN, 'standard input');
    else if ((await stat(input)).isDirectory()) yield* fromFolder(input);
    else yield* fromFile(input);
  }
}

async function* fromFolder(folder: string): AsyncGenerator<AnnotationItem> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* fromFolder(path);
    else if (['.json', '.jsonl'].includes(extname(entry.name).toLowerCase())) yield* fromFile(path);
  }
}

async function* fromFile(path: string): AsyncGenerator<AnnotationItem> {
  if (extname(path).toLowerCase() === '.jsonl') return yield* fromJsonLines(path, path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    return yield { kind: 'problem', from: path, reason: `cannot read: ${(err as Error).message}` };
  }
  yield parse(text, path);
}

async function* fromJsonLines(file: string, name: string): AsyncGenerator<AnnotationItem> {
  try {
    for await (const { line, number } of readJsonLines(file)) if (line.trim() !== '') yield parse(line, `${name}:${number}`);
  } catch (err) {
    yield { kind: 'problem', from: name, reason: `cannot read: ${(err as Error).message}` };
  }
}

function parse(json: string, from: string): AnnotationItem {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return { kind: 'problem', from, reason: `invalid JSON (${(err as Error).message})` };
  }
  if (!isAnnotation(value)) return { kind: 'problem', from, reason: 'not an onrecord annotation (no source, people, places and quotes)' };
  return { kind: 'annotation', annotation: value, article: articleKey(value, json), from };
}

/** The shape every reader relies on; the rest is the schema's business. */
function isAnnotation(value: unknown): value is Annotation {
  const v = value as Partial<Record<keyof Annotation, unknown>> | null;
  return typeof v === 'object' && v !== null && typeof v.source === 'object' && v.source !== null && Array.isArray(v.people) && Array.isArray(v.places) && Array.isArray(v.quotes);
}

/**
 * How tables name an article: its record id as text when it has one (a number as written in `json`, so
 * that an id beyond 2^53 keeps its digits), else its path.
 */
export function articleKey(annotation: Annotation, json: string): string {
  const { id, path } = annotation.source;
  if (typeof id === 'string') return id;
  if (typeof id !== 'number') return path ?? '';
  const source = rawMembers(json, new Set(['source'])).get('source');
  return (source && rawMembers(source, new Set(['id'])).get('id')) ?? String(id);
}
