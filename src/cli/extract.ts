// `onrecord extract`: the command line over the batch engine (src/batch). Parses options, wires Ctrl-C,
// prints the summary and turns the outcome into an exit code.
import { VERSION } from '../version.js';
import { EXTRACT_HELP, parseExtractArgs } from '../batch/options.js';
import { Progress } from '../batch/progress.js';
import { formatSummary } from '../batch/summary.js';

export const EXIT_OK = 0;
export const EXIT_FAILURES = 1;
export const EXIT_USAGE = 2;
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
    case 'usage-error':
      console.error(`onrecord extract: ${parsed.message}\nRun "onrecord extract --help" for the options.`);
      return EXIT_USAGE;
  }
  const { options } = parsed;
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
    if (!options.quiet) console.log(formatSummary(summary, summaryPath));
    if (summary.interrupted) return EXIT_INTERRUPTED;
    return summary.articles.failed > 0 || summary.failures.length > 0 || summaryPath === null ? EXIT_FAILURES : EXIT_OK;
  } catch (err) {
    if (err instanceof UnsafeOutputError) {
      console.error(`onrecord extract: ${err.message}`);
      return EXIT_USAGE;
    }
    if (err instanceof OutputFolderError) {
      console.error(`onrecord: ${options.out}: ${err.message}`);
      return EXIT_FAILURES;
    }
    throw err;
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
  }
}
