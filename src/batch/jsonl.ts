// JSON Lines input: streamed line by line (readline over a strict UTF-8 decoder, so a bad byte is an
// error rather than a silent U+FFFD), each line one record holding an id and a text.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Transform, pipeline, type TransformCallback } from 'node:stream';
import { sha256Hex, type RawSource } from '../output/annotation.js';
import { rawMembers } from './raw-members.js';

/** The input name that stands for standard input. */
export const STDIN = '-';

export interface JsonLine {
  /** 1-based line number. */
  number: number;
  line: string;
  /** Bytes the line took in the file, newline included (for progress). */
  bytes: number;
}

/** Lines of a UTF-8 file ("-": standard input), read as a stream. Throws (mid-iteration) on invalid UTF-8 or UTF-16 data. */
export async function* readJsonLines(file: string): AsyncGenerator<JsonLine> {
  const decoded = new StrictUtf8Decoder();
  let failure: Error | null = null;
  // pipeline forwards an open/read error of the file too, and closes the file on every path.
  pipeline(file === STDIN ? process.stdin : createReadStream(file), decoded, (err) => {
    if (err) failure = err;
  });
  const lines = createInterface({ input: decoded, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) {
      number++;
      yield { number, line, bytes: Buffer.byteLength(line, 'utf8') + 1 };
    }
  } finally {
    decoded.destroy(); // also when the caller stops early
  }
  if (failure) throw failure;
}

class StrictUtf8Decoder extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private offset = 0;

  constructor() {
    super({ readableObjectMode: false, decodeStrings: true, encoding: 'utf8' });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.offset === 0 && chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
      done(new Error('UTF-16 text (byte order mark FF FE or FE FF); onrecord reads UTF-8 only'));
      return;
    }
    try {
      const text = this.decoder.decode(chunk, { stream: true });
      this.offset += chunk.length;
      done(null, text);
    } catch {
      done(new Error(`invalid UTF-8 between bytes ${this.offset} and ${this.offset + chunk.length}`));
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      done(null, this.decoder.decode());
    } catch {
      done(new Error('invalid UTF-8 at the end of the file (truncated character)'));
    }
  }
}

/** id: the record's id as text (a number as written); raw: source.id and source.fields as JSON text. */
export type ParsedRecord = { ok: true; id: string; text: string; raw: RawSource } | { ok: false; reason: string };

export function parseRecord(line: string, textField: string, idField: string, keepFields: readonly string[] = []): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { ok: false, reason: `invalid JSON (${(err as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: `a record must be a JSON object, got ${describe(value)}` };
  }
  const record = value as Record<string, unknown>;
  const id = record[idField];
  const text = record[textField];
  if (id === undefined || id === null || id === '') return { ok: false, reason: `missing id field "${idField}" (see --id-field)` };
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    return { ok: false, reason: `id field "${idField}" is ${describe(id)}, not a string or number` };
  }
  if (text === undefined) return { ok: false, reason: `missing text field "${textField}" (see --text-field)` };
  if (typeof text !== 'string') return { ok: false, reason: `text field "${textField}" is ${describe(text)}, not a string` };
  // Numbers and kept fields are copied from the line's own text, so that no digit is lost to parsing.
  const members = typeof id === 'number' || keepFields.length > 0 ? rawMembers(line, new Set([idField, ...keepFields])) : null;
  const idJson = typeof id === 'number' ? members!.get(idField)! : JSON.stringify(id);
  const raw: RawSource = { id: idJson };
  if (keepFields.length > 0) raw.fields = keepFields.filter((f) => members!.has(f)).map((f) => [f, members!.get(f)!]);
  return { ok: true, id: typeof id === 'number' ? idJson : id, text, raw };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const SAFE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/**
 * An id as a file name: kept when already safe, otherwise unsafe characters become "_" and a short hash
 * of the id is appended, so two different ids never share a file ("a/b" and "a_b" stay apart).
 */
export function idToFileName(id: string): string {
  if (SAFE_NAME.test(id)) return id;
  const readable = id.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[.]+/, '_').slice(0, 100);
  return `${readable}-${sha256Hex(id).slice(0, 12)}`;
}
