// The options of `onrecord extract`, parsed strictly by the shared parser (src/cli/args.ts): an unknown
// option or a bad value is a usage error (exit 2) that says what was wrong, never a silent fallback.
import { availableParallelism } from 'node:os';
import { constants as bufferConstants } from 'node:buffer';
import { extname } from 'node:path';
import { nameList, nonEmpty, oneOf, parseOptions, UsageError, wholeNumber } from '../cli/args.js';
import { DEFAULT_MAX_CHARS } from '../limits.js';
import { STDIN } from './jsonl.js';
import { ARTICLE_EXTENSIONS } from './walk.js';

export type OutputFormat = 'json' | 'jsonl';

export interface ExtractOptions {
  inputs: string[];
  out: string;
  concurrency: number;
  workers: number;
  format: OutputFormat;
  textField: string;
  idField: string;
  /** Fields of a JSON Lines record copied into source.fields. */
  keepFields: string[];
  timeoutSeconds: number;
  maxChars: number;
  force: boolean;
  quiet: boolean;
}

export type ParsedArgs =
  | { kind: 'run'; options: ExtractOptions; /** no input was named: the default one is read */ defaultInput: boolean }
  | { kind: 'help' }
  | { kind: 'version' };

export const DEFAULT_INPUT = 'corpus';
export const DEFAULT_OUT = 'output';
/** The --out value that writes JSON Lines to standard output. */
export const STDOUT = '-';
export const DEFAULT_CONCURRENCY = 8;
export const DEFAULT_TIMEOUT_SECONDS = 600;

export const EXTRACT_HELP = `Usage: onrecord extract [files, folders or -] [options]

Annotates news articles: for each article, one JSON file with the paragraphs, sentences, people, places,
quotes and speakers it holds, every span with exact character offsets into the text.

Inputs (default: corpus/; none given and no corpus/ here is a usage error)
  file.txt, file.md   one article per file, UTF-8 (a leading BOM is dropped)
  file.jsonl          JSON Lines: one article per line, {"id": ..., "text": ...}; read line by line
  -                   JSON Lines read from standard input (outputs named "stdin")
  folder/             walked recursively in sorted order; .txt, .md and .jsonl are read, files and folders
                      whose name starts with "." are passed over, other extensions are skipped and
                      counted in the summary. The output folder is never read as input. Only
                      regular files are read (links followed): FIFOs and devices in a folder are
                      skipped and listed in the summary with the reason.
  An input that does not exist is a usage error: nothing is written.

Outputs (default folder: output/)
  OUT/<name>.json             for an article file: same relative path as inside the folder given,
                              extension replaced by .json (corpus/x/b.md -> output/x/b.json)
  OUT/<stem>/<id>.json        for each JSON Lines record (id made safe as a file name)
  OUT/<stem>.jsonl            with --format jsonl: one annotated record per line, in input order
  OUT/.onrecord/last-run.json     the summary of this run: counts (read, written, skipped, failed),
                                  failures with reasons, time
  OUT/.onrecord/run-summary.json  the summary of the last run without failures: a run that fails or is
                                  interrupted leaves it alone (OUT/*.json and OUT/**/*.json match
                                  annotations only)
  source.path in each annotation is the input path as given plus the path inside the folder; for a
  record, "file.jsonl#<id>" ("-#<id>" from standard input), and source.id is the record's id exactly
  as given: a string, or a number with every digit (beyond 2^53 too). Two inputs that map to the same
  output: the second one fails.
  An output never replaces an input: --out equal to an input folder, or an output path that is an
  input (compared by real path, through links), is a usage error before anything is read.

Standard output (--out -)
  The annotations as JSON Lines, one line per article in input order (JSON Lines records and article
  files alike), and nothing else: progress, messages and the summary go to standard error, no summary
  file is written, nothing is resumed. Lines are written as they are ready, at the reader's pace, so
  memory does not grow with the input; a reader that stops early (| head -1) ends the run quietly.

Options
  --out DIR|-         output folder (default: output), or - for JSON Lines on standard output
  --format json|jsonl json: one file per article (default); jsonl: one .jsonl per JSON Lines input (an
                      article file with --format jsonl is a usage error: use --out - > FILE.jsonl)
  --text-field NAME   field of a JSON Lines record that holds the text (default: text)
  --id-field NAME     field of a JSON Lines record that holds its id (default: id); a record with a
                      missing or duplicate id fails
  --keep-fields A,B   fields of a JSON Lines record copied as written into source.fields (a field the
                      record lacks is left out), so that annotations join back to their input
  --workers N         threads that annotate in parallel, at most (default: number of cores); a thread
                      starts only when the others are busy; one article file is annotated in
                      the main thread, with no thread to start; 0 = no thread
  --concurrency N     files read or written at once (default: ${DEFAULT_CONCURRENCY})
  --timeout SECONDS   time one article may take in a worker before it is stopped and reported as a
                      failure (default: ${DEFAULT_TIMEOUT_SECONDS}); not applied with --workers 0
  --max-chars N       longest article, in characters (UTF-16 code units), default ${DEFAULT_MAX_CHARS}; a
                      longer one fails with its length, the others are annotated
  --force             annotate again even when an up-to-date output exists
  --quiet             no progress and no summary on the terminal (errors are still printed)
  --help, --version
  Options take their value as "--out DIR" or "--out=DIR".

Resuming
  Each output is written to a temporary file next to it and renamed into place, so an output is either
  complete or absent. A rerun skips an input whose output already holds the same text hash
  (source.sha256), onrecord version, source path, id and kept fields; temporary files left by a killed
  run are removed. With --out - nothing is resumed. Ctrl-C (or SIGTERM) stops taking new articles,
  finishes those in progress, writes the summary and exits with 130; with --workers 0 it stops the
  article in progress, which fails. With --format jsonl an interrupted run leaves the previous output
  as it was and keeps its new lines in OUT/.<stem>.jsonl.partial; the next run copies every unchanged
  record from both (matched by source.path, wherever it now stands).
  A record counts as written only once its output is on disk (synced and renamed): a full disk fails
  the records that did not reach it.

Bad inputs (binary, invalid UTF-8, UTF-16, unreadable, not a regular file, over --max-chars, bad JSON
line, missing text) are reported as "onrecord: <path>: <reason>" on stderr (a JSON Lines record as
<path>:<line>) and listed in the summary; the run goes on. An empty or white-space-only file is not an
error: it is annotated, with no paragraphs, people, places or quotes.

Exit codes
  0   every input annotated or already up to date (also when a reader closes standard output early)
  1   some input failed (see the summary), or the output folder cannot be created
  2   usage error (unknown option, bad value, an input that does not exist, an output that would
      replace an input), one line on stderr
  130 interrupted (Ctrl-C, SIGTERM)

Examples
  onrecord extract                                 corpus/ -> output/
  onrecord extract news/ extra.md --out annotated  a folder and a file
  onrecord extract dump.jsonl --format jsonl       -> output/dump.jsonl
  onrecord extract dump.jsonl --text-field body --id-field uuid --keep-fields url,date --workers 4
  cat a.jsonl | onrecord extract - --out - > annotated.jsonl`;

const SPEC = {
  out: { type: 'string' },
  concurrency: { type: 'string' },
  workers: { type: 'string' },
  format: { type: 'string' },
  'text-field': { type: 'string' },
  'id-field': { type: 'string' },
  'keep-fields': { type: 'string' },
  timeout: { type: 'string' },
  'max-chars': { type: 'string' },
  force: { type: 'boolean' },
  quiet: { type: 'boolean' },
} as const;

const MAX_COUNT = 1024;

/** The options of `onrecord extract`; a bad one throws UsageError. Paths are checked by the command. */
export function parseExtractArgs(argv: string[]): ParsedArgs {
  const { values, positionals } = parseOptions(argv, SPEC);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const out = nonEmpty('--out', values.out ?? DEFAULT_OUT);
  const format = oneOf('--format', values.format ?? (out === STDOUT ? 'jsonl' : 'json'), ['json', 'jsonl'] as const);
  if (out === STDOUT && format !== 'jsonl') throw new UsageError('--out - writes JSON Lines: --format json needs an output folder');
  if (positionals.filter((p) => p === STDIN).length > 1) throw new UsageError('standard input ("-") can be read only once');
  const articleFile = positionals.find((p) => ARTICLE_EXTENSIONS.has(extname(p).toLowerCase()));
  if (format === 'jsonl' && out !== STDOUT && articleFile) throw articlesAsJsonLines(articleFile);
  return {
    kind: 'run',
    defaultInput: positionals.length === 0,
    options: {
      inputs: positionals.length > 0 ? positionals : [DEFAULT_INPUT],
      out,
      concurrency: values.concurrency === undefined ? DEFAULT_CONCURRENCY : wholeNumber('--concurrency', values.concurrency, 1, MAX_COUNT),
      workers: values.workers === undefined ? availableParallelism() : wholeNumber('--workers', values.workers, 0, MAX_COUNT),
      format,
      textField: nonEmpty('--text-field', values['text-field'] ?? 'text'),
      idField: nonEmpty('--id-field', values['id-field'] ?? 'id'),
      keepFields: values['keep-fields'] === undefined ? [] : nameList('--keep-fields', values['keep-fields']),
      timeoutSeconds: values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : wholeNumber('--timeout', values.timeout, 1, 86_400),
      // at most the longest string the runtime can hold
      maxChars: values['max-chars'] === undefined ? DEFAULT_MAX_CHARS : wholeNumber('--max-chars', values['max-chars'], 1, bufferConstants.MAX_STRING_LENGTH),
      force: values.force ?? false,
      quiet: values.quiet ?? false,
    },
  };
}

/**
 * --format jsonl writes one .jsonl per JSON Lines input; an article file (.txt, .md) has no such output,
 * and silently writing it elsewhere would surprise: a usage error that says what to do instead.
 */
export function articlesAsJsonLines(file: string): UsageError {
  return new UsageError(`--format jsonl writes one .jsonl per JSON Lines input, and ${file} is an article file; for articles as JSON Lines use --out - > FILE.jsonl`);
}
