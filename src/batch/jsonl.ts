// JSON Lines input: streamed line by line, split on the newline byte before decoding, so that a line
// with invalid UTF-8 fails that record alone and every other line is still read. Each line is one record
// holding an id and a text.
import { constants as bufferConstants } from 'node:buffer';
import { describeValue } from '../describe-value.js';
import { tooLongReason } from '../limits.js';
import { sha256Hex, type RawSource } from '../output/annotation.js';
import { readText } from '../text/read-text.js';
import { rawMembers } from './raw-members.js';
import { openRegular } from './regular-file.js';

/** The input name that stands for standard input. */
export const STDIN = '-';

/** A line of the file, decoded, or the reason it could not be (`line` null). */
export type JsonLine = {
  /** 1-based line number. */
  number: number;
  /** Bytes the line took in the file, newline included (for progress). */
  bytes: number;
} & ({ line: string } | { line: null; reason: string });

/** The longest line that can be held as one string at all. */
export const MAX_LINE_BYTES = bufferConstants.MAX_STRING_LENGTH;

/**
 * Lines of a UTF-8 file (a regular file: see openRegular; "-": standard input), read as a stream. A line
 * longer than `maxLineBytes` is passed over without being held in memory and reported. Throws
 * (mid-iteration) on a UTF-16 file or a read error.
 */
export async function* readJsonLines(file: string, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<JsonLine> {
  const handle = file === STDIN ? null : await openRegular(file);
  const chunks = (handle ? handle.createReadStream({ autoClose: false, start: 0 }) : process.stdin) as AsyncIterable<Buffer>;
  try {
    for await (const raw of byteLines(chunks, maxLineBytes)) {
      const { number, bytes } = raw;
      if (number === 1 && isUtf16(raw.head)) throw new Error('UTF-16 text (byte order mark FF FE or FE FF); onrecord reads UTF-8 only');
      if (!raw.complete) {
        yield { number, bytes, line: null, reason: `line of ${raw.length} bytes, longer than the ${maxLineBytes} bytes a record may take (see --max-chars)` };
        continue;
      }
      const read = readText(raw.head);
      yield read.ok ? { number, bytes, line: read.text } : { number, bytes, line: null, reason: read.reason };
    }
  } finally {
    await handle?.close();
  }
}

export interface ByteLine {
  number: number;
  /** Where the line starts in the file. */
  offset: number;
  /** Its length, without the newline (and a CR before it). */
  length: number;
  /** Bytes the line took, newline included. */
  bytes: number;
  /** The line's bytes, or its first `keep` bytes when it is longer (complete false). */
  head: Buffer;
  complete: boolean;
}

/** Lines of a byte stream, split on "\n" (a "\r" before it dropped), holding at most `keep` bytes of each. */
export async function* byteLines(chunks: AsyncIterable<Buffer>, keep: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let held = 0;
  let length = 0;
  let offset = 0;
  let number = 0;
  const take = (piece: Buffer): void => {
    length += piece.length;
    if (held >= keep) return;
    const kept = piece.subarray(0, keep - held);
    parts.push(kept);
    held += kept.length;
  };
  const end = (newline: number): ByteLine => {
    let head = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    const complete = length <= keep;
    let lineLength = length;
    if (complete && head.at(-1) === 0x0d && newline === 1) {
      head = head.subarray(0, head.length - 1);
      lineLength--;
    }
    const line = { number: ++number, offset, length: lineLength, bytes: length + newline, head, complete };
    offset += length + newline;
    parts = [];
    held = 0;
    length = 0;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      take(chunk.subarray(start, nl));
      start = nl + 1;
      yield end(1);
    }
    take(chunk.subarray(start));
  }
  if (length > 0) yield end(0);
}

const isUtf16 = (head: Buffer): boolean => head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));

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
    return { ok: false, reason: `a record must be a JSON object, got ${describeValue(value)}` };
  }
  const record = value as Record<string, unknown>;
  const id = record[idField];
  const text = record[textField];
  if (id === undefined || id === null || id === '') return { ok: false, reason: `missing id field "${idField}" (see --id-field)` };
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    return { ok: false, reason: `id field "${idField}" is ${describeValue(id)}, not a string or number` };
  }
  if (text === undefined) return { ok: false, reason: `missing text field "${textField}" (see --text-field)` };
  if (typeof text !== 'string') return { ok: false, reason: `text field "${textField}" is ${describeValue(text)}, not a string` };
  // Numbers and kept fields are copied from the line's own text, so that no digit is lost to parsing.
  const members = typeof id === 'number' || keepFields.length > 0 ? rawMembers(line, new Set([idField, ...keepFields])) : null;
  const idJson = typeof id === 'number' ? members!.get(idField)! : JSON.stringify(id);
  const raw: RawSource = { id: idJson };
  if (keepFields.length > 0) raw.fields = keepFields.filter((f) => members!.has(f)).map((f) => [f, members!.get(f)!]);
  return { ok: true, id: typeof id === 'number' ? idJson : id, text, raw };
}

/** The longest line to hold for a record under `maxChars`: a record may be escaped to six bytes a character, plus its other fields. */
export const maxLineBytesFor = (maxChars: number): number => Math.min(MAX_LINE_BYTES, 6 * maxChars + 1024 * 1024);

export interface RecordOptions {
  textField: string;
  idField: string;
  keepFields: readonly string[];
  maxChars: number;
}

/** A record to annotate, with its source.path ("file.jsonl#id"), or where ("file.jsonl:line") and why it fails. */
export type CheckedRecord = { ok: true; id: string; text: string; raw: RawSource; sourcePath: string } | { ok: false; where: string; reason: string };

/**
 * One line of the JSON Lines input `display` as a record: parsed, its id not already taken by an earlier
 * line of the same input (`firstLine`: id -> line, filled here) and its text within `maxChars`.
 */
export function checkRecord(display: string, line: JsonLine, firstLine: Map<string, number>, options: RecordOptions): CheckedRecord {
  const where = `${display}:${line.number}`;
  if (line.line === null) return { ok: false, where, reason: line.reason };
  const parsed = parseRecord(line.line, options.textField, options.idField, options.keepFields);
  if (!parsed.ok) return { ok: false, where, reason: parsed.reason };
  const seen = firstLine.get(parsed.id);
  if (seen !== undefined) return { ok: false, where, reason: `duplicate id "${parsed.id}" (first on line ${seen})` };
  firstLine.set(parsed.id, line.number);
  if (parsed.text.length > options.maxChars) return { ok: false, where, reason: tooLongReason(parsed.text.length, options.maxChars) };
  return { ...parsed, sourcePath: `${display}#${parsed.id}` };
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
