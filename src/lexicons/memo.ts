// Look-ups in the word lists that depend on the key alone, remembered from one document to the next: the
// entity rules ask the same few hundred words of every article, and each answer is a binary search over
// a long string or a hashed key in a compiled table.

/**
 * The key as a string of its own. V8 makes a slice of 13 characters or more (a mention's text, a name
 * trimmed out of it) a view of the whole string it was cut from, so a memo keeping such a key kept the
 * whole article: one worker thread after 1,000 articles held 238 articles' texts (2.3 MB) this way. The
 * joined string is flattened into a fresh copy before it is sliced, so its slice refers to that copy.
 */
const ownCopy = (key: string): string => (key.length < 13 ? key : (' ' + key).slice(1));

/** `look`, remembering its answer for each key; past `size` keys everything is forgotten, so that memory
 * stays bounded. An answer of `undefined` is not remembered. */
export function remembered<T>(look: (key: string) => T, size: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= size) memo.clear();
      value = look(key);
      memo.set(ownCopy(key), value);
    }
    return value;
  };
}
