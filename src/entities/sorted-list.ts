// Membership in a long word list kept as one string, sorted by code unit and joined with "\n" (as
// scripts/build-lexicon-data.ts writes them): a binary search over the string itself, so that loading
// the list costs one string and no per-word objects.
export function sortedListHas(list: string, word: string): boolean {
  if (!word || word.includes('\n')) return false;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = list.lastIndexOf('\n', mid - 1) + 1;
    let end = list.indexOf('\n', start);
    if (end < 0) end = list.length;
    const entry = list.slice(start, end);
    if (entry === word) return true;
    if (entry < word) lo = end + 1;
    else hi = start;
  }
  return false;
}
