// Look-ups in the word lists that depend on the key alone, remembered from one document to the next: the
// entity rules ask the same few hundred words of every article, and each answer is a binary search over
// a long string or a hashed key in a compiled table.

/** `look`, remembering its answer for each key; past `size` keys everything is forgotten, so that memory
 * stays bounded. An answer of `undefined` is not remembered. */
export function remembered<T>(look: (key: string) => T, size: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= size) memo.clear();
      value = look(key);
      memo.set(key, value);
    }
    return value;
  };
}
