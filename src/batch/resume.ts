// Resume: an existing output is up to date when it records the same text hash and onrecord version.
// Outputs are written atomically, so an existing file is complete; only its head needs reading.
import { open } from 'node:fs/promises';
import { outputHead, type RawSource } from '../output/annotation.js';
import { VERSION } from '../version.js';

const HEAD_BYTES = 64 * 1024;
// serialize() writes two-space JSON with "source" first: its keys sit at four spaces, top-level keys at two.
const SHA256 = /\n {4}"sha256": "([0-9a-f]{64})"/;
const VERSION_KEY = /\n {2}"version": "((?:[^"\\]|\\.)*)"/;

export interface OutputStamp {
  sha256: string;
  version: string;
}

/** A pretty output's stamp and its first bytes (to compare with outputHead). */
export interface FileStamp extends OutputStamp {
  head: string;
}

/** The hash and version an existing pretty-printed output records, or null when absent or unreadable. */
export async function readOutputStamp(path: string): Promise<FileStamp | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return null;
  }
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8');
    const sha = SHA256.exec(head);
    const version = VERSION_KEY.exec(head);
    return sha && version ? { sha256: sha[1]!, version: JSON.parse(`"${version[1]!}"`) as string, head } : null;
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/**
 * Whether the pretty output at `outPath` is up to date: written by this version from a text of hash `sha256`
 * under the same source path, id and kept fields. Then annotating again would write the same bytes.
 */
export async function isUpToDate(outPath: string, sha256: string, sourcePath: string, raw?: RawSource): Promise<boolean> {
  const stamp = await readOutputStamp(outPath);
  return stamp !== null && stamp.version === VERSION && stamp.sha256 === sha256 && stamp.head.startsWith(outputHead(sourcePath, 'pretty', raw));
}

/**
 * The stamp at the head of one JSON Lines output line (`{"source":{…},"version":"…",…`, as written by
 * JSON.stringify), or null when it is not one. Only the head is read: a line may be megabytes long.
 */
export function lineStamp(head: string): (OutputStamp & { path: string | null }) | null {
  const start = '{"source":'.length;
  if (!head.startsWith('{"source":{')) return null;
  const end = objectEnd(head, start);
  const version = end < 0 ? null : /^,"version":("(?:[^"\\]|\\.)*")/.exec(head.slice(end));
  if (!version) return null;
  try {
    const source = JSON.parse(head.slice(start, end)) as { sha256?: unknown; path?: unknown };
    if (typeof source.sha256 !== 'string') return null;
    return { sha256: source.sha256, version: JSON.parse(version[1]!) as string, path: typeof source.path === 'string' ? source.path : null };
  } catch {
    return null;
  }
}

/** Index just past the JSON object or array that opens at `start`, or -1 when `text` ends first. */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return i + 1;
  }
  return -1;
}
