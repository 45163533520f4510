// The one option parser of every command: node's util.parseArgs, strict (an unknown option is an error),
// so `--opt value` and `--opt=value` mean the same everywhere. A bad value throws UsageError, which the
// command line prints as one line and turns into exit code 2.
import { statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const EXIT_USAGE = 2;

/** A problem with how the command was called: one line, exit 2, never a stack trace. */
export class UsageError extends Error {}

type Spec = NonNullable<ParseArgsConfig['options']>;
type Values<S extends Spec> = { [K in keyof S]?: S[K] extends { multiple: true } ? string[] : S[K]['type'] extends 'string' ? string : boolean };

/** Options every command takes besides its own. */
const COMMON = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export type Parsed<S extends Spec> = { values: Values<S & typeof COMMON>; positionals: string[] };

export function parseOptions<S extends Spec>(argv: string[], spec: S): Parsed<S> {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { ...spec, ...COMMON }, allowPositionals: true, strict: true });
    return { values: values as Values<S & typeof COMMON>, positionals };
  } catch (err) {
    // parseArgs explains well but at length ("... To specify a positional argument starting with a '-'"):
    // keep its first sentence.
    throw new UsageError((err as Error).message.split(/\.\s/)[0]!.replace(/\.$/, ''));
  }
}

/** --help or --version given: prints the answer and returns true (the command then exits 0). */
export function answeredHelpOrVersion(values: { help?: boolean; version?: boolean }, help: string, version: string): boolean {
  if (values.help) console.log(help);
  else if (values.version) console.log(version);
  return Boolean(values.help || values.version);
}

/** A whole number from `min` to `max`. */
export function wholeNumber(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new UsageError(`${name} needs a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

export function oneOf<T extends string>(name: string, raw: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  throw new UsageError(`${name} must be ${choices.map((c) => `"${c}"`).join(' or ')}, got "${raw}"`);
}

export function nonEmpty(name: string, raw: string): string {
  if (raw.trim() === '') throw new UsageError(`${name} needs a value, got an empty string`);
  return raw;
}

/** A path the command reads: missing is a usage error, not a failure discovered halfway through. */
export function existingPath(what: string, path: string): string {
  try {
    statSync(path);
  } catch {
    throw new UsageError(`${what} "${path}" does not exist`);
  }
  return path;
}

/** "a,b" -> ["a", "b"]: a comma-separated list of names, none empty. */
export function nameList(name: string, raw: string): string[] {
  const names = raw.split(',').map((n) => n.trim());
  if (names.some((n) => n === '')) throw new UsageError(`${name} needs comma-separated names, got "${raw}"`);
  return [...new Set(names)];
}
