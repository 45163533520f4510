// File system errors as short reasons a person can act on ("no such file or directory"), without the
// path and system call Node appends: the path is already at the start of every report line.
export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const described = /^[A-Z]+: ([^,]+)/.exec(e?.message ?? '');
  if (described && e.code) return `${described[1]} (${e.code})`;
  return e instanceof Error ? e.message : String(err);
}
