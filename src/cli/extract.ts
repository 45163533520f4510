// `onrecord extract`: the command line over the batch engine (src/batch). Parses options, checks the
// inputs exist, wires Ctrl-C, prints the summary and turns the outcome into an exit code.
import { VERSION } from '../version.js';
import { STDIN } from '../batch/jsonl.js';
import { articlesAsJsonLines, DEFAULT_INPUT, EXTRACT_HELP, parseExtractArgs, STDOUT, type ExtractOptions } from '../batch/options.js';
import { Progress } from '../batch/progress.js';
import { formatSummary } from '../batch/summary.js';
import { ARTICLE_INPUTS, walkInputs } from '../batch/walk.js';
import { existingPath, UsageError } from './args.js';

export const EXIT_OK = 0;
export const EXIT_FAILURES = 1;
export const EXIT_INTERRUPTED = 130;

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export async function runExtract(argv: string[]): Promise<number> {
  const parsed = parseExtractArgs(argv);
  switch (parsed.kind) {
    case 'help':
      console.log(EXTRACT_HELP);
      return EXIT_OK;
    case 'version':
      console.log(VERSION);
      return EXIT_OK;
  }
  const { options } = parsed;
  await checkInputs(options, parsed.defaultInput);
  const progress = Progress.forStream(process.stderr, options.quiet);

  // First Ctrl-C (or SIGTERM, as sent by kill, timeout and service managers): take no new article, finish
  // those in flight, write the summary. Second: quit now (outputs are atomic, so the next run resumes cleanly).
  let stop = false;
  const onSignal = (): void => {
    if (stop) process.exit(EXIT_INTERRUPTED);
    stop = true;
    progress.log('onrecord: stopping after the articles in progress (Ctrl-C again to quit now)');
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  // Loaded only now: the engine pulls in the NLP models, which --help and usage errors do not need.
  const { OutputFolderError, runBatch } = await import('../batch/engine.js');
  const { UnsafeOutputError } = await import('../batch/overwrite-guard.js');
  try {
    const { summary, summaryPath } = await runBatch(options, { progress, shouldStop: () => stop });
    const toStdout = options.out === STDOUT;
    // with --out -, standard output carries the annotations and nothing else
    if (!options.quiet) (toStdout ? console.error : console.log)(formatSummary(summary, summaryPath));
    if (summary.interrupted) return EXIT_INTERRUPTED;
    return summary.articles.failed > 0 || summary.failures.length > 0 || (summaryPath === null && !toStdout) ? EXIT_FAILURES : EXIT_OK;
  } catch (err) {
    if (err instanceof UnsafeOutputError) throw new UsageError(err.message);
    if (err instanceof OutputFolderError) {
      console.error(`onrecord: ${options.out}: ${err.message}`);
      return EXIT_FAILURES;
    }
    throw err;
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
  }
}

/**
 * Usage errors found before anything is written: an input that does not exist, and with --format jsonl
 * to a folder, an article file (found in a folder too), which has no JSON Lines output of its own.
 */
async function checkInputs(options: ExtractOptions, defaultInput: boolean): Promise<void> {
  for (const input of options.inputs) {
    if (input === STDIN) continue;
    if (defaultInput) {
      try {
        existingPath('input', input);
      } catch {
        throw new UsageError(`no input given and no ${DEFAULT_INPUT}/ folder here: name files or folders, or "-" for JSON Lines on standard input`);
      }
    } else existingPath('input', input);
  }
  if (options.format !== 'jsonl' || options.out === STDOUT) return;
  for await (const entry of walkInputs(options.inputs, options.out, ARTICLE_INPUTS)) {
    if (entry.kind === 'article') throw articlesAsJsonLines(entry.display);
  }
}
