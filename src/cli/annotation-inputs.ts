// The inputs of the commands that read annotations (export, summary): files, folders, or "-" for JSON
// Lines on standard input; none given: extract's default output folder. A path that does not exist is
// a usage error; something read that is not an annotation is reported and the command goes on.
import { STDIN } from '../batch/jsonl.js';
import { DEFAULT_OUT } from '../batch/options.js';
import { readAnnotations, type AnnotationEntry } from '../output/read-annotations.js';
import { existingPath, UsageError } from './args.js';

export const ANNOTATION_INPUTS_HELP = `Inputs (default: ${DEFAULT_OUT}/, where "onrecord extract" writes)
  FILE.json           one annotation, as "onrecord extract" writes it
  FILE.jsonl          JSON Lines of annotations ("onrecord extract --out -" or --format jsonl)
  -                   JSON Lines of annotations on standard input
  FOLDER/             its .json and .jsonl files, recursively, in sorted order; names starting with "."
                      (such as the run summaries in OUT/.onrecord/) are passed over
Anything read that is not an annotation is reported on standard error and counted in the exit code.`;

export function annotationInputs(positionals: string[]): string[] {
  if (positionals.length === 0) {
    try {
      return [existingPath('input', DEFAULT_OUT)];
    } catch {
      throw new UsageError(`no input given and no ${DEFAULT_OUT}/ folder here: name annotation files or folders, or "-" for standard input`);
    }
  }
  if (positionals.filter((p) => p === STDIN).length > 1) throw new UsageError('standard input ("-") can be read only once');
  return positionals.map((p) => (p === STDIN ? p : existingPath('input', p)));
}

type ReadEntry = Extract<AnnotationEntry, { ok: true }>;

/** Each annotation read, in order; problems go to standard error. `problems()` counts them. */
export function annotationsReporting(inputs: string[]): { items: AsyncGenerator<ReadEntry>; problems: () => number } {
  let problems = 0;
  async function* items(): AsyncGenerator<ReadEntry> {
    for await (const entry of readAnnotations(inputs)) {
      if (entry.ok) yield entry;
      else {
        problems++;
        console.error(`onrecord: ${entry.where}: ${entry.reason}`);
      }
    }
  }
  return { items: items(), problems: () => problems };
}
