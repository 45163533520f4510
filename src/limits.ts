// How long a text onrecord annotates. Every stage is linear in the text's length, but memory is not free:
// a text past this limit fails with a clear message instead of running a worker out of memory.

/** Default longest text, in UTF-16 code units (a JavaScript string's length): far above any news article. */
export const DEFAULT_MAX_CHARS = 5_000_000;

/** The reason a text of `length` code units is refused under `maxChars`. */
export function tooLongReason(length: number, maxChars: number, limitName = '--max-chars'): string {
  return `text of ${length} characters is longer than the limit of ${maxChars} (see ${limitName})`;
}
