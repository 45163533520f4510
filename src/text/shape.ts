// Word shapes: "Xi" -> "Xx", "O'Brien" -> "X'Xx", "U.S." -> "X.X.", "1996" -> "d". Runs of one character
// class collapse to one symbol so that the shape generalises over word length.
// Every function here runs on every token: ASCII characters are classified by code, and only other
// characters go through toLowerCase/toUpperCase (which allocate a string each).

/** Shape symbol of one character that is not ASCII. */
function symbolOf(ch: string): string {
  if (ch.toLowerCase() !== ch) return 'X';
  if (ch.toUpperCase() !== ch) return 'x';
  return ch === '’' || ch === '‘' ? "'" : ch;
}

/** Shape symbol of an ASCII character code. */
function asciiSymbol(code: number): string {
  if (code >= 48 && code <= 57) return 'd';
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  return code === 96 ? "'" : String.fromCharCode(code);
}

export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < word.length; ) {
    const code = word.charCodeAt(i);
    let c: string;
    if (code < 128) {
      c = asciiSymbol(code);
      i++;
    } else {
      const ch = String.fromCodePoint(word.codePointAt(i)!);
      c = symbolOf(ch);
      i += ch.length;
    }
    if (c !== last) shape += c;
    last = c;
  }
  return shape;
}

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Letters present: some character has an upper and a lower case. */
export function hasLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return word.toLowerCase() !== word.toUpperCase();
    if (isAsciiLetter(code)) return true;
  }
  return false;
}

/** "XI", "LONDON": letters present and none of them lower case. */
export function isAllCaps(word: string): boolean {
  let letter = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return hasLetter(word) && word === word.toUpperCase();
    if (code >= 97 && code <= 122) return false;
    if (code >= 65 && code <= 90) letter = true;
  }
  return letter;
}

/** First letter upper case, as in "Xi", "McCain", "O'Brien". */
export const isCapitalized = (word: string): boolean => {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = word.charAt(0);
  return first !== first.toLowerCase();
};
