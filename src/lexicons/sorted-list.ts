// Membership in a long word list kept as one string, sorted by code unit and joined with "\n" (as
// scripts/build-lexicon-data.ts writes them): a binary search over the string itself, so that loading
// the list costs one string and no per-word objects, and a look-up allocates nothing.
export function sortedListHas(list: string, word: string): boolean {
  if (!word || word.includes('\n')) return false;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = list.lastIndexOf('\n', mid - 1) + 1;
    let end = list.indexOf('\n', start);
    if (end < 0) end = list.length;
    const order = compareEntry(list, start, end, word);
    if (order === 0) return true;
    if (order < 0) lo = end + 1;
    else hi = start;
  }
  return false;
}

/** Some word of the list starts with `prefix`: the first word not below it (a lower-bound search) does. */
export function sortedListHasPrefix(list: string, prefix: string): boolean {
  if (!prefix || prefix.includes('\n')) return false;
  let lo = 0;
  let hi = list.length;
  let first = -1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = list.lastIndexOf('\n', mid - 1) + 1;
    let end = list.indexOf('\n', start);
    if (end < 0) end = list.length;
    if (compareEntry(list, start, end, prefix) < 0) lo = end + 1;
    else {
      first = start;
      hi = start;
    }
  }
  return first >= 0 && list.startsWith(prefix, first);
}

/** list.slice(start, end) compared with `word` by code unit (<0, 0, >0), without making the slice. */
function compareEntry(list: string, start: number, end: number, word: string): number {
  const length = end - start;
  const common = Math.min(length, word.length);
  for (let i = 0; i < common; i++) {
    const d = list.charCodeAt(start + i) - word.charCodeAt(i);
    if (d !== 0) return d;
  }
  return length - word.length;
}
