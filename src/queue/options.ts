// The options and help of `onrecord queue add`, `queue status` and `worker`, on the shared strict parser.
// The inputs and their reading options are extract's own (same names, same limits).
import { availableParallelism } from 'node:os';
import { constants as bufferConstants } from 'node:buffer';
import { nameList, nonEmpty, oneOf, parseOptions, UsageError, wholeNumber } from '../cli/args.js';
import { DEFAULT_TIMEOUT_SECONDS } from '../batch/options.js';
import { PER_WORKER } from '../batch/pool.js';
import { STDIN } from '../batch/jsonl.js';
import { DEFAULT_MAX_CHARS } from '../limits.js';
import { DEFAULT_QUEUE } from './connection.js';

export const DEFAULT_STALLED_SECONDS = 30;

/**
 * Jobs a worker holds per thread: the pool's own 2 (the one annotated, the next in the thread's queue)
 * and as many waiting in the pool, so that when an article is done the thread goes on at once while its
 * output is written and the next job comes from Redis (on a loaded machine those steps can take longer
 * than annotating one article).
 */
export const JOBS_PER_THREAD = 2 * PER_WORKER;

const REDIS_OPTION_HELP = `  --redis URL         the Redis server (redis://[user:password@]host[:port][/db], rediss:// for TLS);
                      required. Redis unreachable: one line on stderr and exit 2, within seconds
  --queue NAME        the queue (default: ${DEFAULT_QUEUE}); BullMQ keys "bull:NAME:*"`;

export const QUEUE_HELP = `Usage: onrecord queue add [files, folders or -] --redis URL [options]
       onrecord queue status --redis URL [--queue NAME] [--format text|json]

A shared queue of articles (BullMQ on Redis) for annotating on several machines: "queue add" puts
articles in, any number of "onrecord worker" processes, anywhere, take them out and write the
annotations. "onrecord extract" stays the way on one machine.

queue add
  Enqueues every article of the inputs, read exactly as "onrecord extract" reads them (files, folders,
  JSON Lines, - for JSON Lines on standard input), one job per article. A job carries the article's
  text, so workers need no access to these files, and its output name (x/b.json, dump/<id>.json:
  the names extract would write). The job id is a hash of the text and the output name: adding the
  same inputs again queues nothing new (jobs are kept after they complete, without their text). An
  input that cannot be annotated (binary, invalid UTF-8, longer than --max-chars, a bad JSON line, a
  duplicate id) is queued as a job that fails with extract's reason, so "queue status" lists it.
  Prints how many jobs were queued and how many were already there. Re-running failures: fix what
  failed (the disk, the input), then "queue add" the same inputs again (with --retry-failed for an
  unchanged input).

queue status
  Counts the jobs waiting (including those waiting to be tried again), active, completed and failed,
  and lists each failed job's input and reason. --format json prints one object with the keys
  waiting, active, completed, failed and failures ([{"input": ..., "reason": ...}]).

Options
${REDIS_OPTION_HELP}
  --text-field NAME   (add) field of a JSON Lines record that holds the text (default: text)
  --id-field NAME     (add) field of a JSON Lines record that holds its id (default: id)
  --keep-fields A,B   (add) fields of a record copied into source.fields, as with extract
  --max-chars N       (add) longest article, in characters (default ${DEFAULT_MAX_CHARS}); a longer one fails
  --retry-failed      (add) an input whose job failed is put back in the queue, to be tried again (its
                      output could not be written); a changed input is a new job anyway
  --format text|json  (status) output format (default: text)
  --help, --version

Exit codes
  0   done
  2   usage error (unknown option, an input that does not exist), or Redis unreachable or lost

Examples
  onrecord queue add news/ dump.jsonl --redis redis://queue.internal:6379
  onrecord queue status --redis redis://queue.internal:6379 --format json`;

export const WORKER_HELP = `Usage: onrecord worker --redis URL --out DIR [options]

Takes articles from the queue that "onrecord queue add" fills and writes each annotation into DIR,
under the name and with the bytes "onrecord extract" would write (DIR/x/b.json, DIR/dump/<id>.json),
atomically (a temporary file renamed into place). Runs until stopped: SIGTERM or Ctrl-C takes no new
job, finishes the jobs in hand and exits 0 (a second signal quits at once; those jobs go back to the
queue). Start as many workers as you like, on as many machines, with the same --redis and --queue.

A worker that dies (kill -9, a machine lost) holds its jobs only until their lock runs out
(--stalled-seconds): another worker then takes them over. An output already up to date (same text
hash, onrecord version and source, as extract checks) is not annotated again; otherwise a repeated job
writes the same bytes. A bad input (binary, invalid UTF-8, too long, a timeout) fails its job with the
reason extract gives and is not tried again; an output that cannot be written is tried 4 times, at 1,
2 and 4 s. Redis restarting: the worker says so, reconnects and goes on; no job is lost (with Redis
persistence on).

Options
${REDIS_OPTION_HELP}
  --out DIR           output folder (required)
  --workers N         threads that annotate, as with extract (default: number of cores); the worker
                      holds ${JOBS_PER_THREAD} jobs per thread, so that no thread waits for Redis
  --timeout SECONDS   time one article may take before it fails (default: ${DEFAULT_TIMEOUT_SECONDS})
  --stalled-seconds N a job whose worker stopped renewing its lock for N seconds is given to another
                      worker (default: ${DEFAULT_STALLED_SECONDS}; the same on every worker)
  --quiet             no line per failure and no final counts
  --help, --version

Exit codes
  0   stopped by SIGTERM or Ctrl-C after finishing its jobs
  1   an unexpected error
  2   usage error, or Redis unreachable when the worker starts
  130 stopped by a second signal

Example
  onrecord worker --redis redis://queue.internal:6379 --out /mnt/annotations --workers 8`;

const REDIS_PROTOCOLS = new Set(['redis:', 'rediss:']);

function redisUrl(raw: string | undefined): string {
  if (raw === undefined) throw new UsageError('--redis URL is required (e.g. --redis redis://127.0.0.1:6379)');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--redis needs a URL such as redis://host:6379, got "${raw}"`);
  }
  if (!REDIS_PROTOCOLS.has(url.protocol)) throw new UsageError(`--redis needs a redis:// or rediss:// URL, got "${raw}"`);
  return raw;
}

function queueName(raw: string | undefined): string {
  const name = nonEmpty('--queue', raw ?? DEFAULT_QUEUE);
  if (name.includes(':')) throw new UsageError(`--queue cannot contain ":", got "${name}"`);
  return name;
}

const MAX_COUNT = 1024;

export interface QueueTarget {
  redis: string;
  queue: string;
}

export type QueueCommand =
  | { kind: 'add'; target: QueueTarget; inputs: string[]; textField: string; idField: string; keepFields: string[]; maxChars: number; retryFailed: boolean }
  | { kind: 'status'; target: QueueTarget; format: 'text' | 'json' }
  | { kind: 'help' }
  | { kind: 'version' };

const QUEUE_SPEC = {
  redis: { type: 'string' },
  queue: { type: 'string' },
  'text-field': { type: 'string' },
  'id-field': { type: 'string' },
  'keep-fields': { type: 'string' },
  'max-chars': { type: 'string' },
  format: { type: 'string' },
  'retry-failed': { type: 'boolean' },
} as const;

export function parseQueueArgs(argv: string[]): QueueCommand {
  const { values, positionals } = parseOptions(argv, QUEUE_SPEC);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [action, ...inputs] = positionals;
  if (action !== 'add' && action !== 'status') throw new UsageError(action === undefined ? 'give "add" or "status"' : `unknown queue action "${action}" (add or status)`);
  const target = { redis: redisUrl(values.redis), queue: queueName(values.queue) };
  const only = (names: (keyof typeof QUEUE_SPEC)[], what: string): void => {
    const given = names.find((n) => values[n] !== undefined);
    if (given) throw new UsageError(`--${given} is an option of ${what}`);
  };
  if (action === 'status') {
    only(['text-field', 'id-field', 'keep-fields', 'max-chars', 'retry-failed'], '"queue add"');
    if (inputs.length > 0) throw new UsageError(`queue status takes no input, got "${inputs[0]}"`);
    return { kind: 'status', target, format: oneOf('--format', values.format ?? 'text', ['text', 'json'] as const) };
  }
  only(['format'], '"queue status"');
  if (inputs.length === 0) throw new UsageError('queue add needs inputs: files, folders, or "-" for JSON Lines on standard input');
  if (inputs.filter((p) => p === STDIN).length > 1) throw new UsageError('standard input ("-") can be read only once');
  return {
    kind: 'add',
    target,
    inputs,
    textField: nonEmpty('--text-field', values['text-field'] ?? 'text'),
    idField: nonEmpty('--id-field', values['id-field'] ?? 'id'),
    keepFields: values['keep-fields'] === undefined ? [] : nameList('--keep-fields', values['keep-fields']),
    maxChars: values['max-chars'] === undefined ? DEFAULT_MAX_CHARS : wholeNumber('--max-chars', values['max-chars'], 1, bufferConstants.MAX_STRING_LENGTH),
    retryFailed: values['retry-failed'] ?? false,
  };
}

export type WorkerCommand =
  | { kind: 'run'; target: QueueTarget; out: string; workers: number; timeoutSeconds: number; stalledSeconds: number; quiet: boolean }
  | { kind: 'help' }
  | { kind: 'version' };

const WORKER_SPEC = {
  redis: { type: 'string' },
  queue: { type: 'string' },
  out: { type: 'string' },
  workers: { type: 'string' },
  timeout: { type: 'string' },
  'stalled-seconds': { type: 'string' },
  quiet: { type: 'boolean' },
} as const;

export function parseWorkerArgs(argv: string[]): WorkerCommand {
  const { values, positionals } = parseOptions(argv, WORKER_SPEC);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (positionals.length > 0) throw new UsageError(`worker takes no input (its articles come from the queue), got "${positionals[0]}"`);
  if (values.out === undefined) throw new UsageError('--out DIR is required');
  return {
    kind: 'run',
    target: { redis: redisUrl(values.redis), queue: queueName(values.queue) },
    out: nonEmpty('--out', values.out),
    // at least one thread: annotating on the main thread would stop the lock renewals (and the job would be taken over)
    workers: values.workers === undefined ? availableParallelism() : wholeNumber('--workers', values.workers, 1, MAX_COUNT),
    timeoutSeconds: values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : wholeNumber('--timeout', values.timeout, 1, 86_400),
    stalledSeconds: values['stalled-seconds'] === undefined ? DEFAULT_STALLED_SECONDS : wholeNumber('--stalled-seconds', values['stalled-seconds'], 1, 86_400),
    quiet: values.quiet ?? false,
  };
}
