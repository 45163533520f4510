// The options of `onrecord extract`, parsed strictly: an unknown option or a bad value is a usage error
// (exit 2) with a message that says what was wrong, never a silent fallback to a default.
import { availableParallelism } from 'node:os';
import { constants as bufferConstants } from 'node:buffer';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_CHARS } from '../limits.js';

export type OutputFormat = 'json' | 'jsonl';

export interface ExtractOptions {
  inputs: string[];
  out: string;
  concurrency: number;
  workers: number;
  format: OutputFormat;
  textField: string;
  idField: string;
  timeoutSeconds: number;
  maxChars: number;
  force: boolean;
  quiet: boolean;
}

export type ParsedArgs =
  | { kind: 'run'; options: ExtractOptions }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: string };

export const DEFAULT_INPUT = 'corpus';
export const DEFAULT_OUT = 'output';
export const DEFAULT_CONCURRENCY = 8;
export const DEFAULT_TIMEOUT_SECONDS = 600;

export const EXTRACT_HELP = `Usage: onrecord extract [files or folders...] [options]

Annotates news articles: for each article, one JSON file with the paragraphs, sentences, people, places,
quotes and speakers it holds, every span with exact character offsets into the text.

Inputs (default: corpus/)
  file.txt, file.md   one article per file, UTF-8 (a leading BOM is dropped)
  file.jsonl          JSON Lines: one article per line, {"id": ..., "text": ...}; read line by line
  folder/             walked recursively in sorted order; .txt, .md and .jsonl are read, files and folders
                      whose name starts with "." are passed over, other extensions are skipped and
                      counted in the summary. The output folder is never read as input. Only
                      regular files are read (links followed): FIFOs and devices in a folder are
                      skipped and listed in the summary with the reason.

Outputs (default folder: output/)
  OUT/<name>.json             for an article file: same relative path as inside the folder given,
                              extension replaced by .json (corpus/x/b.md -> output/x/b.json)
  OUT/<stem>/<id>.json        for each JSON Lines record (id made safe as a file name)
  OUT/<stem>.jsonl            with --format jsonl: one annotated record per line, in input order
  OUT/run-summary.json        counts (read, written, skipped, failed), failures with reasons, time
  source.path in each annotation is the input path as given plus the path inside the folder; for a
  record, "file.jsonl#<id>". Two inputs that map to the same output: the second one fails.
  An output never replaces an input: --out equal to an input folder, or an output path that is an
  input (compared by real path, through links), is a usage error before anything is read.

Options
  --out DIR           output folder (default: output)
  --format json|jsonl json: one file per article (default); jsonl: one .jsonl per JSON Lines input
  --text-field NAME   field of a JSON Lines record that holds the text (default: text)
  --id-field NAME     field of a JSON Lines record that holds its id (default: id); a record with a
                      missing or duplicate id fails
  --workers N         threads that annotate in parallel, at most (default: number of cores); a thread
                      starts only when the others are busy, so one file starts one; 0 = no thread
  --concurrency N     files read or written at once (default: ${DEFAULT_CONCURRENCY})
  --timeout SECONDS   time one article may take in a worker before it is stopped and reported as a
                      failure (default: ${DEFAULT_TIMEOUT_SECONDS}); not applied with --workers 0
  --max-chars N       longest article, in characters (UTF-16 code units), default ${DEFAULT_MAX_CHARS}; a
                      longer one fails with its length, the others are annotated
  --force             annotate again even when an up-to-date output exists
  --quiet             no progress and no summary on the terminal (errors are still printed)
  --help, --version

Resuming
  Each output is written to a temporary file next to it and renamed into place, so an output is either
  complete or absent. A rerun skips an input whose output already holds the same text hash
  (source.sha256) and onrecord version; temporary files left by a killed run are removed. Ctrl-C (or
  SIGTERM) stops taking new articles, finishes those in progress, writes the summary and exits with 130;
  with --workers 0 it stops the article in progress, which fails. With --format jsonl an interrupted run
  leaves the previous output as it was and keeps its new lines in OUT/.<stem>.jsonl.partial; the next
  run copies every unchanged record from both (matched by source.path, wherever it now stands).
  A record counts as written only once its output is on disk (synced and renamed): a full disk fails
  the records that did not reach it.

Bad inputs (binary, invalid UTF-8, UTF-16, unreadable, not a regular file, over --max-chars, bad JSON
line, missing text) are reported as "onrecord: <path>: <reason>" on stderr (a JSON Lines record as
<path>:<line>) and listed in the summary; the run goes on. An empty or white-space-only file is not an
error: it is annotated, with no paragraphs, people, places or quotes.

Exit codes
  0   every input annotated or already up to date
  1   some input failed (see the summary), or the output folder cannot be created
  2   usage error (unknown option, bad value, an output that would replace an input)
  130 interrupted (Ctrl-C, SIGTERM)

Examples
  onrecord extract                                 corpus/ -> output/
  onrecord extract news/ extra.md --out annotated  a folder and a file
  onrecord extract dump.jsonl --format jsonl       -> output/dump.jsonl
  onrecord extract dump.jsonl --text-field body --id-field uuid --workers 4`;

const SPEC = {
  out: { type: 'string' },
  concurrency: { type: 'string' },
  workers: { type: 'string' },
  format: { type: 'string' },
  'text-field': { type: 'string' },
  'id-field': { type: 'string' },
  timeout: { type: 'string' },
  'max-chars': { type: 'string' },
  force: { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

class UsageError extends Error {}

export function parseExtractArgs(argv: string[]): ParsedArgs {
  let values: { [K in keyof typeof SPEC]?: (typeof SPEC)[K]['type'] extends 'string' ? string : boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, options: SPEC, allowPositionals: true, strict: true }));
  } catch (err) {
    return { kind: 'usage-error', message: (err as Error).message };
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  try {
    const workers = values.workers === undefined ? availableParallelism() : count('--workers', values.workers, 0);
    return {
      kind: 'run',
      options: {
        inputs: positionals.length > 0 ? positionals : [DEFAULT_INPUT],
        out: nonEmpty('--out', values.out ?? DEFAULT_OUT),
        concurrency: values.concurrency === undefined ? DEFAULT_CONCURRENCY : count('--concurrency', values.concurrency, 1),
        workers,
        format: format(values.format ?? 'json'),
        textField: nonEmpty('--text-field', values['text-field'] ?? 'text'),
        idField: nonEmpty('--id-field', values['id-field'] ?? 'id'),
        timeoutSeconds: values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : count('--timeout', values.timeout, 1, 86_400),
        // at most the longest string the runtime can hold
        maxChars: values['max-chars'] === undefined ? DEFAULT_MAX_CHARS : count('--max-chars', values['max-chars'], 1, bufferConstants.MAX_STRING_LENGTH),
        force: values.force ?? false,
        quiet: values.quiet ?? false,
      },
    };
  } catch (err) {
    if (err instanceof UsageError) return { kind: 'usage-error', message: err.message };
    throw err;
  }
}

const MAX_COUNT = 1024;

function count(name: string, raw: string, min: number, max = MAX_COUNT): number {
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new UsageError(`${name} needs a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function format(raw: string): OutputFormat {
  if (raw === 'json' || raw === 'jsonl') return raw;
  throw new UsageError(`--format must be "json" or "jsonl", got "${raw}"`);
}

function nonEmpty(name: string, raw: string): string {
  if (raw.trim() === '') throw new UsageError(`${name} needs a value, got an empty string`);
  return raw;
}
