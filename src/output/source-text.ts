// The text an annotation was made from. Annotations carry offsets, not the article, so the text is read
// again from source.path (an article file, or "dump.jsonl#id": that record of a JSON Lines dump) and
// accepted only when its SHA-256 is the one recorded: offsets into any other text would be wrong.
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { describeFsError } from '../batch/errors.js';
import { parseRecord, readJsonLines } from '../batch/jsonl.js';
import { readText } from '../text/read-text.js';
import { sha256Hex, type SourceInfo } from './annotation.js';

export type SourceText = { ok: true; text: string } | { ok: false; reason: string };

export interface SourceTextOptions {
  /** Folder that relative source paths are read from (default: the current folder). */
  root?: string;
  /** Fields of a JSON Lines record, as given to `extract` (default: "text" and "id"). */
  textField?: string;
  idField?: string;
}

/** A reader of source texts that reads each JSON Lines dump once, however many of its records are asked for. */
export function sourceTextReader(options: SourceTextOptions = {}): (source: SourceInfo) => Promise<SourceText> {
  const root = options.root ?? '.';
  const dumps = new Map<string, Promise<Map<string, string> | string>>();
  const locate = (path: string): string => (isAbsolute(path) ? path : join(root, path));

  return async (source) => {
    if (source.path === null) return { ok: false, reason: 'the annotation does not say where its text came from (source.path is null)' };
    const at = source.path.lastIndexOf('.jsonl#');
    let text: string;
    if (at >= 0) {
      const dump = locate(source.path.slice(0, at + '.jsonl'.length));
      if (!dumps.has(dump)) dumps.set(dump, readDump(dump, options.textField ?? 'text', options.idField ?? 'id'));
      const records = await dumps.get(dump)!;
      if (typeof records === 'string') return { ok: false, reason: `${dump}: ${records}` };
      const id = source.path.slice(at + '.jsonl#'.length);
      const found = records.get(id);
      if (found === undefined) return { ok: false, reason: `${dump} has no record with id "${id}"` };
      text = found;
    } else {
      const file = locate(source.path);
      try {
        const read = readText(await readFile(file));
        if (!read.ok) return { ok: false, reason: `${file}: ${read.reason}` };
        text = read.text;
      } catch (err) {
        return { ok: false, reason: `${file}: cannot read: ${describeFsError(err)}` };
      }
    }
    if (sha256Hex(text) !== source.sha256) return { ok: false, reason: `${source.path} has changed since it was annotated (its SHA-256 differs)` };
    return { ok: true, text };
  };
}

async function readDump(file: string, textField: string, idField: string): Promise<Map<string, string> | string> {
  const records = new Map<string, string>();
  try {
    for await (const { line } of readJsonLines(file)) {
      if (line === null) continue; // a line that cannot be read holds no text to show
      const parsed = parseRecord(line, textField, idField);
      if (parsed.ok && !records.has(parsed.id)) records.set(parsed.id, parsed.text);
    }
  } catch (err) {
    return `cannot read: ${describeFsError(err)}`;
  }
  return records;
}
