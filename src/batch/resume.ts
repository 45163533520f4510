// Resume: an existing output is up to date when it records the same text hash and onrecord version.
// Outputs are written atomically, so an existing file is complete; only its head needs reading.
import { open } from 'node:fs/promises';

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

/** The stamp of one annotated record on a JSON Lines output line, or null when it is not one. */
export function lineStamp(line: string): (OutputStamp & { path: string | null }) | null {
  try {
    const value = JSON.parse(line) as { source?: { sha256?: unknown; path?: unknown }; version?: unknown };
    const sha256 = value.source?.sha256;
    const path = value.source?.path;
    if (typeof sha256 !== 'string' || typeof value.version !== 'string') return null;
    return { sha256, version: value.version, path: typeof path === 'string' ? path : null };
  } catch {
    return null;
  }
}
