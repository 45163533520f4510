// Reading annotation sets back: what `onrecord extract` wrote, for the commands that look at annotations
// after the fact (review, diff, export, summary). Files, folders, or "-" for JSON Lines on standard input;
// one annotation at a time, so a corpus of any size streams.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { describeFsError } from '../batch/errors.js';
import { readJsonLines } from '../batch/jsonl.js';
import { rawMembers } from '../batch/raw-members.js';
import { walkInputs, type FileKinds } from '../batch/walk.js';
import type { AnnotatedQuote, Annotation } from './annotation.js';

/** A quote as read back: its kind may be one a later version added ("indirect", …), with fields of its own. */
export type ReadQuote = Omit<AnnotatedQuote, 'kind'> & { kind: string; group?: unknown };

/** An annotation as read back: as written by `extract`, quotes of any kind. */
export type ReadAnnotation = Omit<Annotation, 'quotes'> & { quotes: ReadQuote[] };

/**
 * One article's annotation as read, or why it could not be read.
 * - `key` names the article within its set, the same way in every run over the same inputs, so that two
 *   sets can be matched article by article: a file's path inside the folder given, without extension
 *   ("x/b" for OUT/x/b.json); a JSON Lines record's id, after that path when the file was found in a folder
 *   ("dump/42" for OUT/dump.jsonl's record 42); a file given by name: its name without extension.
 * - `where` is what messages name: the file, or "file.jsonl:LINE".
 * - `article` is how tables name the article: see articleKey.
 */
export type AnnotationEntry =
  | { ok: true; key: string; where: string; article: string; annotation: ReadAnnotation }
  | { ok: false; where: string; reason: string };

/** The files an annotation set is made of: one JSON file per article, or JSON Lines of annotations. */
export const ANNOTATION_FILES: FileKinds<'json' | 'jsonl'> = {
  classify: (name) => {
    const ext = extname(name).toLowerCase();
    return ext === '.json' ? 'json' : ext === '.jsonl' ? 'jsonl' : 'ignored';
  },
  accepted: '.json and .jsonl annotations',
};

/** Files that sit beside annotations in an output folder and are not articles. */
const NOT_ARTICLES = new Set(['run-summary.json', 'bench-results.json']);

/**
 * Every annotation under `inputs` (files and folders; folders walked recursively in sorted order, names
 * starting with "." passed over, other extensions skipped), one at a time, in a deterministic order.
 * A file or line that is not an annotation yields an `ok: false` entry and the walk goes on.
 * `skipFolder` (when given) is never walked into, e.g. the folder a command writes to.
 */
export async function* readAnnotations(inputs: string[], skipFolder: string | null = null): AsyncGenerator<AnnotationEntry> {
  for await (const entry of walkInputs(inputs, skipFolder, ANNOTATION_FILES)) {
    if (entry.kind === 'ignored') continue;
    if (entry.kind === 'error' || entry.kind === 'skipped') {
      yield { ok: false, where: entry.display, reason: entry.reason };
    } else if (entry.kind === 'json') {
      if (NOT_ARTICLES.has(entry.outStem.split('/').pop() + '.json')) continue;
      yield await readJsonFile(entry.file, entry.outStem);
    } else {
      const inFolder = !inputs.includes(entry.file);
      yield* readJsonLinesFile(entry.file, inFolder ? `${entry.outStem}/` : '');
    }
  }
}

/** A whole set in memory, keyed by article; a key met twice is a problem of the second entry. */
export interface AnnotationSet {
  articles: Map<string, { where: string; annotation: ReadAnnotation }>;
  problems: Array<{ where: string; reason: string }>;
}

export async function readAnnotationSet(inputs: string[], skipFolder: string | null = null): Promise<AnnotationSet> {
  const set: AnnotationSet = { articles: new Map(), problems: [] };
  for await (const entry of readAnnotations(inputs, skipFolder)) {
    if (!entry.ok) {
      set.problems.push({ where: entry.where, reason: entry.reason });
      continue;
    }
    const first = set.articles.get(entry.key);
    if (first) set.problems.push({ where: entry.where, reason: `article "${entry.key}" already read from ${first.where}` });
    else set.articles.set(entry.key, { where: entry.where, annotation: entry.annotation });
  }
  return set;
}

async function readJsonFile(file: string, key: string): Promise<AnnotationEntry> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    return { ok: false, where: file, reason: `cannot read: ${describeFsError(err)}` };
  }
  const parsed = parseAnnotation(text);
  return typeof parsed === 'string' ? { ok: false, where: file, reason: parsed } : { ok: true, key, where: file, article: articleKey(parsed, text), annotation: parsed };
}

async function* readJsonLinesFile(file: string, keyPrefix: string): AsyncGenerator<AnnotationEntry> {
  try {
    for await (const read of readJsonLines(file)) {
      const { number, line } = read;
      const where = `${file}:${number}`;
      if (line === null) {
        yield { ok: false, where, reason: 'reason' in read ? read.reason : 'unreadable line' };
        continue;
      }
      if (line.trim() === '') continue;
      const parsed = parseAnnotation(line);
      if (typeof parsed === 'string') yield { ok: false, where, reason: parsed };
      else yield { ok: true, key: keyPrefix + (recordId(parsed.source.path) ?? `line-${number}`), where, article: articleKey(parsed, line), annotation: parsed };
    }
  } catch (err) {
    yield { ok: false, where: file, reason: describeFsError(err) };
  }
}

/** The record id of a JSON Lines article ("dump.jsonl#42" -> "42"), or null for an article file. */
export function recordId(sourcePath: string | null): string | null {
  const at = sourcePath?.lastIndexOf('.jsonl#') ?? -1;
  return at < 0 ? null : sourcePath!.slice(at + '.jsonl#'.length);
}

/**
 * How tables name an article: its record id as text when it has one (a number as written in `json`, so
 * that an id beyond 2^53 keeps its digits), else its path.
 */
export function articleKey(annotation: ReadAnnotation, json: string): string {
  const { id, path } = annotation.source;
  if (typeof id === 'string') return id;
  if (typeof id !== 'number') return path ?? '';
  const source = rawMembers(json, new Set(['source'])).get('source');
  return (source && rawMembers(source, new Set(['id'])).get('id')) ?? String(id);
}

/**
 * An annotation from its JSON text, or the reason it is not one. Only what readers rely on is checked
 * (spans are whole numbers, names are strings); fields added by later versions are kept, and a quote
 * kind this version does not know is accepted as it is.
 */
export function parseAnnotation(json: string): ReadAnnotation | string {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return `invalid JSON (${(err as Error).message})`;
  }
  return checkAnnotation(value) ?? (value as ReadAnnotation);
}

type Check = (value: unknown, at: string) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOffset = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;

const span: Check = (v, at) => {
  if (!isObject(v)) return `${at} is not an object`;
  if (!isOffset(v.start) || !isOffset(v.end) || (v.end as number) < (v.start as number)) return `${at} has no valid start and end`;
  return v.text === undefined || typeof v.text === 'string' ? null : `${at}.text is not a string`;
};

const list = (item: Check): Check => (v, at) => {
  if (!Array.isArray(v)) return `${at} is not a list`;
  for (let i = 0; i < v.length; i++) {
    const problem = item(v[i], `${at}[${i}]`);
    if (problem) return problem;
  }
  return null;
};

const entity: Check = (v, at) => {
  if (!isObject(v)) return `${at} is not an object`;
  if (typeof v.id !== 'string' || typeof v.name !== 'string') return `${at} needs a string id and name`;
  return list(span)(v.mentions, `${at}.mentions`);
};

const quote: Check = (v, at) => {
  const problem = span(v, at);
  if (problem || !isObject(v)) return problem;
  if (typeof v.id !== 'string' || typeof v.kind !== 'string') return `${at} needs a string id and kind`;
  if (v.speaker !== null && !(isObject(v.speaker) && typeof v.speaker.name === 'string')) return `${at}.speaker is neither null nor {name, …}`;
  if (v.cue !== undefined && v.cue !== null && span(v.cue, `${at}.cue`)) return span(v.cue, `${at}.cue`);
  return null;
};

function checkAnnotation(v: unknown): string | null {
  if (!isObject(v)) return 'not an annotation (a JSON object with source, people, places and quotes)';
  const source = v.source;
  if (!isObject(source) || typeof source.sha256 !== 'string' || !isOffset(source.length) || !(source.path === null || typeof source.path === 'string')) {
    return 'not an annotation: "source" needs path, sha256 and length';
  }
  const problem = list(entity)(v.people, 'people') ?? list(entity)(v.places, 'places') ?? list(quote)(v.quotes, 'quotes');
  return problem ? `not an annotation: ${problem}` : null;
}
