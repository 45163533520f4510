// The inputs of a run, in a deterministic order: each path given, folders walked recursively with their
// entries sorted by name (code unit order, independent of locale). Yields one entry at a time, so a
// corpus of any size is never listed in memory at once.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { describeFsError } from './errors.js';
import { STDIN } from './jsonl.js';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);
export const JSONL_EXTENSION = '.jsonl';

/** A file to annotate: one article, or a JSON Lines dump of many. */
export interface InputFile {
  kind: 'article' | 'jsonl';
  /** Path to open. */
  file: string;
  /** The input path as given joined with the path inside the folder: source.path and messages. */
  display: string;
  /** Output path relative to the output folder, without extension ("x/b" for corpus/x/b.md). */
  outStem: string;
  size: number;
}

export type InputEntry = InputFile | { kind: 'ignored'; extension: string } | { kind: 'error'; display: string; reason: string };

export async function* walkInputs(inputs: string[], outFolder: string): AsyncGenerator<InputEntry> {
  const outReal = await realpath(outFolder).catch(() => resolve(outFolder));
  for (const given of inputs) {
    if (given === STDIN) {
      // JSON Lines from standard input; its outputs are named "stdin" (OUT/stdin/<id>.json, OUT/stdin.jsonl)
      yield { kind: 'jsonl', file: STDIN, display: STDIN, outStem: 'stdin', size: 0 };
      continue;
    }
    let info;
    try {
      info = await stat(given);
    } catch (err) {
      yield { kind: 'error', display: given, reason: `cannot read: ${describeFsError(err)}` };
      continue;
    }
    if (info.isDirectory()) {
      yield* walkFolder(given, '', outReal, new Set());
    } else {
      const kind = classify(given);
      if (kind === 'ignored') {
        yield { kind: 'error', display: given, reason: `unsupported file type "${extname(given)}" (onrecord reads .txt, .md and .jsonl)` };
      } else {
        yield { kind, file: given, display: join(given), outStem: stem(basename(given)), size: info.size };
      }
    }
  }
}

async function* walkFolder(root: string, rel: string, outReal: string, ancestors: Set<string>): AsyncGenerator<InputEntry> {
  const folder = join(root, rel);
  const real = await realpath(folder).catch(() => resolve(folder));
  if (real === outReal || ancestors.has(real)) return; // never read our own output; no symlink loops
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (err) {
    yield { kind: 'error', display: folder, reason: `cannot read folder: ${describeFsError(err)}` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const inside = new Set(ancestors).add(real);
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const childRel = rel === '' ? entry.name : join(rel, entry.name);
    const display = join(root, childRel);
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) isDir = await stat(display).then((info) => info.isDirectory(), () => false);
    if (isDir) {
      yield* walkFolder(root, childRel, outReal, inside);
      continue;
    }
    const kind = classify(entry.name);
    if (kind === 'ignored') {
      yield { kind: 'ignored', extension: extname(entry.name).toLowerCase() || '(none)' };
      continue;
    }
    try {
      const info = await stat(display); // follows symbolic links
      yield { kind, file: display, display, outStem: stem(childRel), size: info.size };
    } catch (err) {
      yield { kind: 'error', display, reason: `cannot read: ${describeFsError(err)}` };
    }
  }
}

function classify(name: string): 'article' | 'jsonl' | 'ignored' {
  const ext = extname(name).toLowerCase();
  return ARTICLE_EXTENSIONS.has(ext) ? 'article' : ext === JSONL_EXTENSION ? 'jsonl' : 'ignored';
}

/** "x/b.md" -> "x/b". */
const stem = (path: string): string => path.slice(0, path.length - extname(path).length);
