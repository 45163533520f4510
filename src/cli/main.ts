#!/usr/bin/env node
// onrecord's command line: one table of subcommands, each a thin module over the library. A usage error
// (UsageError) is one line and exit 2; any other error is one line and exit 1, never a stack trace.
import { VERSION } from '../version.js';
import { EXIT_USAGE, UsageError } from './args.js';

interface Command {
  summary: string;
  run: (argv: string[]) => Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  extract: {
    summary: 'annotate articles (files, folders, JSON Lines, stdin) into one JSON per article or JSON Lines',
    run: async (argv) => (await import('./extract.js')).runExtract(argv),
  },
  queue: {
    summary: 'queue articles for workers on several machines (add), or count what is done (status)',
    run: async (argv) => (await import('./queue.js')).runQueue(argv),
  },
  worker: {
    summary: 'annotate the queued articles into a folder, until stopped (BullMQ on Redis)',
    run: async (argv) => (await import('./worker.js')).runWorker(argv),
  },
  export: {
    summary: 'flat table of quotes, people or places from annotations (CSV or JSON Lines)',
    run: async (argv) => (await import('./export.js')).runExport(argv),
  },
  summary: {
    summary: 'the corpus at a glance: who is quoted most, people and places named most, totals',
    run: async (argv) => (await import('./summary.js')).runSummary(argv),
  },
  eval: {
    summary: 'score the pipeline against gold annotations (precision, recall, F1)',
    run: async (argv) => (await import('./eval.js')).runEval(argv),
  },
  review: {
    summary: 'write a static site to review annotations by eye (quotes coloured by speaker)',
    run: async (argv) => (await import('./review.js')).runReview(argv),
  },
  diff: {
    summary: 'compare two annotation sets article by article (exit 0 same, 1 different)',
    run: async (argv) => (await import('./diff.js')).runDiff(argv),
  },
};

const USAGE = `onrecord ${VERSION}: who is mentioned, which places, what was quoted and who said it.

Usage: onrecord <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
  .join('\n')}

Run "onrecord <command> --help" for the options of a command.
Options: --help, --version`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    console.log(VERSION);
    return 0;
  }
  if (name === undefined) {
    console.error(`onrecord: give a command (${Object.keys(COMMANDS).join(', ')}); "onrecord --help" lists them`);
    return EXIT_USAGE;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`onrecord: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')}; see "onrecord --help")`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`onrecord ${name}: ${err.message} (see "onrecord ${name} --help")`);
    return EXIT_USAGE;
  }
}

// A reader that stops early (`onrecord extract - --out - | head -1`) closes standard output: that ends
// the run quietly, as it would end cat or grep, instead of an unhandled EPIPE.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') console.error(`onrecord: cannot write to standard output: ${err.message}`);
  process.exit(err.code === 'EPIPE' ? 0 : 1);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`onrecord: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
