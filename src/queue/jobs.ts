// The jobs of the queue: one per article, read from the same inputs as `extract` (files, folders, JSON
// Lines, standard input) by the same readers. A job carries the article's text itself, not a path: the
// workers may run on other machines that cannot see the files, and the text is what the output's hash
// vouches for. An input that cannot be annotated (bad UTF-8, binary, too long, a bad JSON line) becomes
// a job that carries extract's reason instead, so that it shows among the queue's failures.
import { isAbsolute, join, relative, resolve } from 'node:path';
import { sha256Hex, type RawSource } from '../output/annotation.js';
import { checkRecord, maxLineBytesFor, readJsonLines, type RecordOptions } from '../batch/jsonl.js';
import { outputPathOf, recordOutputPath } from '../batch/overwrite-guard.js';
import { readArticleText } from '../batch/read-article.js';
import { describeFsError } from '../batch/errors.js';
import { ARTICLE_INPUTS, walkInputs } from '../batch/walk.js';

export interface ArticleJob {
  /** The annotation's source.path ("corpus/x/b.md", "dump.jsonl#id"), and the input named in messages. */
  source: string;
  /** The output file, relative to the worker's --out ("x/b.json"); null for an input with no output name. */
  output: string | null;
  /** SHA-256 of the text (also recorded in the output's source.sha256). */
  sha256?: string;
  /** The article; dropped from the job once its output is written, so completed jobs hold no text. */
  text?: string;
  /** A JSON Lines record's id and kept fields. */
  raw?: RawSource;
  /** Why this input cannot be annotated: the job fails with this reason, as `extract` would. */
  reason?: string;
}

/** Job names in BullMQ: every onrecord job is one article. */
export const JOB_NAME = 'annotate';

/**
 * The job id: a hash of the content (the text, or the reason an input fails) and the output name (the
 * source path when there is none), so that adding the same inputs again finds the jobs already there.
 * Hex only: BullMQ refuses custom ids that hold ":" or are whole numbers.
 */
export function jobId(job: ArticleJob): string {
  const content = job.sha256 ?? sha256Hex(`failed\n${job.reason ?? ''}`);
  return sha256Hex(`${content}\n${job.output ?? job.source}`).slice(0, 40);
}

/** What `queue add` reports beside the jobs: inputs passed over (a FIFO in a folder, another extension). */
export interface WalkNotes {
  skipped: (display: string, reason: string) => void;
  ignored: (extension: string) => void;
}

export type JobOptions = RecordOptions;

/**
 * Every article of `inputs`, in extract's order, as a job. Two inputs with the same output name (corpus/a.md
 * and corpus/a.txt): the second fails, as in extract.
 */
export async function* articleJobs(inputs: string[], options: JobOptions, notes: WalkNotes): AsyncGenerator<ArticleJob> {
  const claims = new Map<string, string>(); // output -> the input that has it
  const claimed = (job: ArticleJob): ArticleJob => {
    if (job.output === null) return job;
    const holder = claims.get(job.output);
    if (holder === undefined || holder === job.source) {
      claims.set(job.output, job.source);
      return job;
    }
    return { source: job.source, output: null, reason: `${holder} already writes ${job.output} in this run; rename one of them` };
  };
  for await (const entry of walkInputs(inputs, null, ARTICLE_INPUTS)) {
    switch (entry.kind) {
      case 'ignored':
        notes.ignored(entry.extension);
        break;
      case 'skipped':
        notes.skipped(entry.display, entry.reason);
        break;
      case 'error':
        yield { source: entry.display, output: null, reason: entry.reason };
        break;
      case 'article': {
        const output = outputPathOf(entry, { out: '', format: 'json' });
        const read = await readArticleText(entry.file, options.maxChars);
        yield claimed(read.ok ? withText({ source: entry.display, output }, read.text) : { source: entry.display, output, reason: read.reason });
        break;
      }
      case 'jsonl': {
        const firstLine = new Map<string, number>();
        try {
          for await (const line of readJsonLines(entry.file, maxLineBytesFor(options.maxChars))) {
            if (line.line !== null && line.line.trim() === '') continue;
            const record = checkRecord(entry.display, line, firstLine, options);
            if (!record.ok) yield { source: record.where, output: null, reason: record.reason };
            else yield claimed(withText({ source: record.sourcePath, output: recordOutputPath('', entry.outStem, record.id), raw: record.raw }, record.text));
          }
        } catch (err) {
          yield { source: entry.display, output: null, reason: describeFsError(err) };
        }
        break;
      }
    }
  }
}

function withText(job: ArticleJob, text: string): ArticleJob {
  return { ...job, sha256: sha256Hex(text), text };
}

/**
 * The job's output inside `out`, or null when its name would lead out of `out` (an absolute path, "..":
 * a job that `queue add` did not write).
 */
export function outputInside(out: string, output: string): string | null {
  const rel = relative(resolve(out), resolve(out, output));
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? null : join(out, output);
}
