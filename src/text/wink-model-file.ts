// wink-eng-lite-web-model's core model compiled for loading (src/models/wink-core.bin, written by
// scripts/build-wink-binary.ts from the package's JSON). The package's JSON costs ~0.25 s per thread to
// load: parsing 3 MB, decoding 1.9 MB of base64 and hashing its 87,593 words. Here the binary tables are
// read as they are, the words are one string split once, and their look-up table is built at build time.
// Sections (src/binary-file.ts): the rest of the model as JSON, the lexeme words joined by NUL (both
// UTF-8), the lexicon and the expansions (uint32), the words' table.
import { bytesOf, findString, int32s, readSections, stringTable, uint32s, writeSections } from '../binary-file.js';

const MAGIC = 'OWK1';
const SEPARATOR = '\u0000';

/** The core model as the package's JSON holds it (lexicon and expansions in base64). */
export interface CoreJson {
  lexicon: string;
  xpansions: string;
  features: { lexeme: { list: string[] } } & Record<string, unknown>;
  [part: string]: unknown;
}

export interface CompiledCore {
  /** Everything but the four parts below, as the package's JSON (the lexeme feature without its list). */
  rest: string;
  words: string[];
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  /** The words' table (src/binary-file.ts). */
  table: Int32Array;
}

/** Index of `word` in the model's own words, or -1. */
export const findWord = ({ table, words }: CompiledCore, word: string): number => findString(table, word, (k, w) => words[k] === w);

export function encodeWinkCore(core: CoreJson, decodeBase64: (b64: string) => Uint8Array): Uint8Array {
  const words = core.features.lexeme.list;
  if (words.some((w) => w.includes(SEPARATOR))) throw new Error('wink model: a word holds the separator');
  const { lexicon, xpansions, ...rest } = core;
  const restJson = JSON.stringify({ ...rest, features: { ...core.features, lexeme: { ...core.features.lexeme, list: undefined } } });
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
  return writeSections(MAGIC, [utf8(restJson), utf8(words.join(SEPARATOR)), decodeBase64(lexicon), decodeBase64(xpansions), bytesOf(stringTable(words))]);
}

export function decodeWinkCore(input: Uint8Array): CompiledCore {
  const [rest, words, lexicon, xpansions, table] = readSections(MAGIC, input) as [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array];
  return { rest: new TextDecoder().decode(rest), words: decodeWords(words), lexicon: uint32s(lexicon), xpansions: uint32s(xpansions), table: int32s(table) };
}

const NON_ASCII = /[\x80-\xff]/;

/** The words, UTF-8 joined by NUL. All but a few hundred are ASCII: the section read as Latin-1 (one byte a
 * character) and split, then only the words holding a byte above 0x7f decoded again as UTF-8. Measured
 * against one UTF-8 decode of the whole section (its emoji make it a two-byte string): ~6 ms and ~1.8 MB
 * of heap less. */
function decodeWords(bytes: Uint8Array): string[] {
  const words = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1').split(SEPARATOR);
  const utf8 = new TextDecoder();
  for (let k = 0, at = 0; k < words.length; k++) {
    const end = at + words[k]!.length;
    if (NON_ASCII.test(words[k]!)) words[k] = utf8.decode(bytes.subarray(at, end));
    at = end + 1;
  }
  return words;
}
