#!/usr/bin/env node
// onrecord's command line: one table of subcommands, each a thin module over the library.
import { VERSION } from '../version.js';

interface Command {
  summary: string;
  run: (argv: string[]) => Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  extract: {
    summary: 'annotate articles (files, folders, JSON Lines) into one JSON per article',
    run: async (argv) => (await import('./extract.js')).runExtract(argv),
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
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    console.log(VERSION);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`onrecord: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`onrecord: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = 1;
  },
);
