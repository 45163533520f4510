// No output may ever be written over an input. Before anything is read, the inputs are listed and each
// output path is compared with every input, by real path (through symbolic links, both the link and what
// it points to), so that `extract dump.jsonl --out . --format jsonl` is refused rather than run.
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { idToFileName, STDIN } from './jsonl.js';
import { STDOUT, type ExtractOptions } from './options.js';
import { ARTICLE_INPUTS, walkInputs, type InputFile } from './walk.js';

/** A run that would write over its own inputs: a usage error, raised before any input is read. */
export class UnsafeOutputError extends Error {}

/** The one output of an input file: its JSON (article), its JSON Lines (--format jsonl), or the folder of its records. */
export function outputPathOf(entry: InputFile, options: Pick<ExtractOptions, 'out' | 'format'>): string {
  if (entry.kind === 'article') return join(options.out, `${entry.outStem}.json`);
  return join(options.out, options.format === 'jsonl' ? `${entry.outStem}.jsonl` : entry.outStem);
}

/** The output of one JSON Lines record written as its own file: OUT/<stem>/<id as a file name>.json. */
export function recordOutputPath(out: string, outStem: string, id: string): string {
  return join(out, outStem, `${idToFileName(id)}.json`);
}

/** Throws UnsafeOutputError when an output of the inputs, or one of `otherOutputs` (the run summary), is an input. */
export async function refuseOverwrites(options: ExtractOptions, otherOutputs: string[]): Promise<void> {
  if (options.out === STDOUT) return; // nothing is written to the file system
  const outReal = await realPaths(options.out);
  for (const given of options.inputs) {
    const isFolder = await stat(given).then((info) => info.isDirectory(), () => false);
    if (isFolder && outReal.includes(await realpath(given))) {
      throw new UnsafeOutputError(`--out ${options.out} is the input folder ${given}; outputs would mix with the inputs: give another --out`);
    }
  }
  const inputs = new Map<string, string>(); // real path of the entry, and of what a link points to -> input
  const outputs = [...otherOutputs];
  for await (const entry of walkInputs(options.inputs, options.out, ARTICLE_INPUTS)) {
    if ((entry.kind !== 'article' && entry.kind !== 'jsonl') || entry.file === STDIN) continue;
    for (const real of await realPaths(entry.file)) inputs.set(real, entry.display);
    outputs.push(outputPathOf(entry, options));
  }
  for (const output of outputs) {
    for (const real of await realPaths(output)) {
      const input = inputs.get(real);
      if (input !== undefined) throw new UnsafeOutputError(`the output ${output} would overwrite the input ${input}; give another --out`);
    }
  }
}

/** The path of the directory entry itself (its folder resolved) and, when it exists, what it resolves to. */
async function realPaths(path: string): Promise<string[]> {
  const entry = await realEntry(path);
  const target = await realpath(path).catch(() => entry);
  return target === entry ? [entry] : [entry, target];
}

/** `path` with its folder's real path: the existing part of the folder resolved, the rest appended. */
async function realEntry(path: string): Promise<string> {
  const absolute = resolve(path);
  const folder = dirname(absolute);
  if (folder === absolute) return absolute;
  const realFolder = await realpath(folder).catch(() => realEntry(folder));
  return join(realFolder, basename(absolute));
}
