// The inputs of a run, in a deterministic order: each path given, folders walked recursively with their
// entries sorted by name (code unit order, independent of locale). Yields one entry at a time, so a
// corpus of any size is never listed in memory at once.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { describeFsError } from './errors.js';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);
export const JSONL_EXTENSION = '.jsonl';

/** Which files a walk reads: each file's kind by its name, or "ignored"; `accepted` names them in messages. */
export interface FileKinds<K extends string> {
  classify: (name: string) => K | 'ignored';
  accepted: string;
}

/** The inputs of `extract`: articles (.txt, .md) and JSON Lines dumps of articles. */
export const ARTICLE_INPUTS: FileKinds<'article' | 'jsonl'> = {
  classify: (name) => {
    const ext = extname(name).toLowerCase();
    return ARTICLE_EXTENSIONS.has(ext) ? 'article' : ext === JSONL_EXTENSION ? 'jsonl' : 'ignored';
  },
  accepted: '.txt, .md and .jsonl',
};

/** A file to read: for `extract`, one article or a JSON Lines dump of many. */
export interface InputFile<K extends string = 'article' | 'jsonl'> {
  kind: K;
  /** Path to open. */
  file: string;
  /** The input path as given joined with the path inside the folder: source.path and messages. */
  display: string;
  /** Output path relative to the output folder, without extension ("x/b" for corpus/x/b.md). */
  outStem: string;
  size: number;
}

export type InputEntry<K extends string = 'article' | 'jsonl'> =
  | InputFile<K>
  | { kind: 'ignored'; extension: string }
  | { kind: 'error'; display: string; reason: string };

/** Every file of `inputs` that `kinds` reads; `outFolder` (when given) is never walked into. */
export async function* walkInputs<K extends string>(inputs: string[], outFolder: string | null, kinds: FileKinds<K>): AsyncGenerator<InputEntry<K>> {
  const outReal = outFolder === null ? null : await realpath(outFolder).catch(() => resolve(outFolder));
  for (const given of inputs) {
    let info;
    try {
      info = await stat(given);
    } catch (err) {
      yield { kind: 'error', display: given, reason: `cannot read: ${describeFsError(err)}` };
      continue;
    }
    if (info.isDirectory()) {
      yield* walkFolder(given, '', outReal, new Set(), kinds);
    } else {
      const kind = kinds.classify(given);
      if (kind === 'ignored') {
        yield { kind: 'error', display: given, reason: `unsupported file type "${extname(given)}" (onrecord reads ${kinds.accepted})` };
      } else {
        yield { kind, file: given, display: join(given), outStem: stem(basename(given)), size: info.size };
      }
    }
  }
}

async function* walkFolder<K extends string>(
  root: string,
  rel: string,
  outReal: string | null,
  ancestors: Set<string>,
  kinds: FileKinds<K>,
): AsyncGenerator<InputEntry<K>> {
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
      yield* walkFolder(root, childRel, outReal, inside, kinds);
      continue;
    }
    const kind = kinds.classify(entry.name);
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

/** "x/b.md" -> "x/b". */
const stem = (path: string): string => path.slice(0, path.length - extname(path).length);
