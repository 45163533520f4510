// Word shapes: "Xi" -> "Xx", "O'Brien" -> "X'Xx", "U.S." -> "X.X.", "1996" -> "d". Runs of one character
// class collapse to one symbol so that the shape generalises over word length.
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (const ch of word) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch === '’' || ch === '‘' || ch === '`' ? "'" : ch;
    if (c !== last) shape += c;
    last = c;
  }
  return shape;
}

export const hasLetter = (word: string): boolean => word.toLowerCase() !== word.toUpperCase();

/** "XI", "LONDON": letters present and none of them lower case. */
export const isAllCaps = (word: string): boolean => hasLetter(word) && word === word.toUpperCase();

/** First letter upper case, as in "Xi", "McCain", "O'Brien". */
export const isCapitalized = (word: string): boolean => {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
};
