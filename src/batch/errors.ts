// File system errors as short reasons a person can act on ("no such file or directory"), without the
// path and system call Node appends: the path is already at the start of every report line.
export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const described = /^[A-Z]+: ([^,]+)/.exec(e?.message ?? '');
  if (described && e.code) return `${described[1]} (${e.code})`;
  return e instanceof Error ? e.message : String(err);
}

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A path as it can stand in a one-line report: control characters (a newline in a file name) written as
 * escapes, so that every report stays one line.
 */
export function printablePath(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => NAMED_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
