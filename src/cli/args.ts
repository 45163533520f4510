// Shared by the commands that read annotations: strict option parsing (an unknown option or a missing
// value is a usage error, never ignored) and the one-line usage error with exit code 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

/** The options and positionals of `argv`, or the message of a usage error. */
export function parseStrict<const O extends Options>(argv: string[], options: O): Parsed<O> | string {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    return (err as Error).message;
  }
}

/** Prints "onrecord COMMAND: MESSAGE (see onrecord COMMAND --help)" and returns exit code 2. */
export function usageError(command: string, message: string): number {
  console.error(`onrecord ${command}: ${message} (see onrecord ${command} --help)`);
  return 2;
}
