// The inputs of a run, in a deterministic order: each path given, folders walked recursively with their
// entries sorted by name (code unit order, independent of locale). Yields one entry at a time, so a
// corpus of any size is never listed in memory at once.
import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { describeFsError } from './errors.js';
import { STDIN } from './jsonl.js';

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

/**
 * ignored: another extension, counted; skipped: a file onrecord will not open (a FIFO, a device), reported
 * with its reason; error: an input that fails.
 */
export type InputEntry<K extends string = 'article' | 'jsonl'> =
  | InputFile<K>
  | { kind: 'ignored'; extension: string }
  | { kind: 'skipped'; display: string; reason: string }
  | { kind: 'error'; display: string; reason: string };

/** Why a path that is not a regular file (after following links) is not read, or null when it is one. */
export function notRegular(info: Stats): string | null {
  if (info.isFile()) return null;
  const type = info.isFIFO() ? 'a FIFO' : info.isCharacterDevice() ? 'a character device' : info.isBlockDevice() ? 'a block device' : info.isSocket() ? 'a socket' : 'not a file';
  return `not a regular file (${type}); onrecord reads regular files only`;
}

/** Every file of `inputs` that `kinds` reads; `outFolder` (when given) is never walked into. */
export async function* walkInputs<K extends string>(inputs: string[], outFolder: string | null, kinds: FileKinds<K>): AsyncGenerator<InputEntry<K>> {
  const outReal = outFolder === null ? null : await realpath(outFolder).catch(() => resolve(outFolder));
  for (const given of inputs) {
    if (given === STDIN) {
      // JSON Lines from standard input; its outputs are named "stdin" (OUT/stdin/<id>.json, OUT/stdin.jsonl)
      yield { kind: kinds.classify('stdin.jsonl'), file: STDIN, display: STDIN, outStem: 'stdin', size: 0 } as InputEntry<K>;
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
      yield* walkFolder(given, '', outReal, new Set(), kinds);
      continue;
    }
    const kind = kinds.classify(given);
    const special = notRegular(info);
    if (kind === 'ignored') {
      yield { kind: 'error', display: given, reason: `unsupported file type "${extname(given)}" (onrecord reads ${kinds.accepted})` };
    } else if (special) {
      yield { kind: 'error', display: given, reason: special }; // named on purpose: a failure, not a skip
    } else {
      yield { kind, file: given, display: join(given), outStem: stem(basename(given)), size: info.size };
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
  let raw: Dirent<Buffer>[];
  try {
    // raw bytes: a name that is not UTF-8 would otherwise be decoded into a path that does not exist
    raw = await readdir(folder, { withFileTypes: true, encoding: 'buffer' });
  } catch (err) {
    yield { kind: 'error', display: folder, reason: `cannot read folder: ${describeFsError(err)}` };
    return;
  }
  const entries = raw.map((entry) => ({ entry, name: utf8Name(entry.name) }));
  entries.sort((a, b) => (a.name.text < b.name.text ? -1 : a.name.text > b.name.text ? 1 : 0));
  const inside = new Set(ancestors).add(real);
  for (const { entry, name } of entries) {
    if (name.text.startsWith('.')) continue;
    const childRel = rel === '' ? name.text : join(rel, name.text);
    const display = join(root, childRel);
    if (!name.valid) {
      if (entry.isDirectory() || kinds.classify(name.text) !== 'ignored') yield { kind: 'error', display, reason: 'the name is not valid UTF-8; rename it to read it' };
      else yield { kind: 'ignored', extension: extname(name.text).toLowerCase() || '(none)' };
      continue;
    }
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) isDir = await stat(display).then((info) => info.isDirectory(), () => false);
    if (isDir) {
      yield* walkFolder(root, childRel, outReal, inside, kinds);
      continue;
    }
    const kind = kinds.classify(name.text);
    if (kind === 'ignored') {
      yield { kind: 'ignored', extension: extname(name.text).toLowerCase() || '(none)' };
      continue;
    }
    try {
      const info = await stat(display); // follows symbolic links
      const special = notRegular(info);
      if (special) yield { kind: 'skipped', display, reason: special };
      else yield { kind, file: display, display, outStem: stem(childRel), size: info.size };
    } catch (err) {
      yield { kind: 'error', display, reason: `cannot read: ${describeFsError(err)}` };
    }
  }
}

/** "x/b.md" -> "x/b". */
const stem = (path: string): string => path.slice(0, path.length - extname(path).length);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A file name's text; when its bytes are not UTF-8, a readable form (bad bytes as \xNN) and valid false. */
function utf8Name(bytes: Buffer): { text: string; valid: boolean } {
  try {
    return { text: strictUtf8.decode(bytes), valid: true };
  } catch {
    return { text: [...bytes].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join(''), valid: false };
  }
}
