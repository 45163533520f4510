// wink-eng-lite-web-model's core model compiled for loading (src/models/wink-core.bin, written by
// scripts/build-wink-binary.ts from the package's JSON). The package's JSON costs ~0.25 s per thread to
// load: parsing 3 MB, decoding 1.9 MB of base64 and hashing its 87,593 words. Here the binary tables are
// read as they are, the words are one string split once, and their look-up table is built at build time.
// Sections (src/binary-file.ts): the rest of the model as JSON, the lexeme words joined by NUL (both
// UTF-8), the lexicon and the expansions (uint32), the words' table, and where each word starts in its
// section (uint32, one more than the words: the last is the section's length + 1), so that a word can be
// read alone: a run of one article reads a few hundred of the 87,593.
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
  /** Everything but the parts below, as the package's JSON (the lexeme feature without its list). */
  rest: string;
  /** How many words the model has. */
  size: number;
  /** Word number k (0 <= k < size), decoded when first asked for. */
  word(k: number): string;
  /** Every word, decoded at once when first asked for (one array for the thread: copy it to change it). */
  words(): readonly string[];
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  /** The words' table (src/binary-file.ts). */
  table: Int32Array;
}

/** Index of `word` in the model's own words, or -1. */
export const findWord = (core: CompiledCore, word: string): number => findString(core.table, word, (k, w) => core.word(k) === w);

export function encodeWinkCore(core: CoreJson, decodeBase64: (b64: string) => Uint8Array): Uint8Array {
  const words = core.features.lexeme.list;
  if (words.some((w) => w.includes(SEPARATOR))) throw new Error('wink model: a word holds the separator');
  const { lexicon, xpansions, ...rest } = core;
  const restJson = JSON.stringify({ ...rest, features: { ...core.features, lexeme: { ...core.features.lexeme, list: undefined } } });
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
  const starts = new Uint32Array(words.length + 1);
  for (let k = 0; k < words.length; k++) starts[k + 1] = starts[k]! + utf8(words[k]!).length + 1;
  return writeSections(MAGIC, [utf8(restJson), utf8(words.join(SEPARATOR)), decodeBase64(lexicon), decodeBase64(xpansions), bytesOf(stringTable(words)), bytesOf(starts)]);
}

export function decodeWinkCore(input: Uint8Array): CompiledCore {
  const [rest, wordBytes, lexicon, xpansions, table, startBytes] = readSections(MAGIC, input) as [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array?];
  if (!startBytes) throw new Error('wink model: the compiled file is cut short (run scripts/build-wink-binary.ts)');
  const starts = uint32s(startBytes);
  const bytes = Buffer.from(wordBytes.buffer, wordBytes.byteOffset, wordBytes.length);
  const one: string[] = new Array<string>(starts.length - 1);
  let all: string[] | undefined;
  return {
    rest: new TextDecoder().decode(rest),
    size: starts.length - 1,
    word: (k) => (one[k] ??= all ? all[k]! : bytes.toString('utf8', starts[k]!, starts[k + 1]! - 1)),
    words: () => (all ??= decodeWords(wordBytes)),
    lexicon: uint32s(lexicon),
    xpansions: uint32s(xpansions),
    table: int32s(table),
  };
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
