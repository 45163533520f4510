// wink-eng-lite-web-model's core model compiled for loading (src/models/wink-core.bin, written by
// scripts/build-wink-binary.ts from the package's JSON). The package's JSON costs ~0.25 s per thread to
// load: parsing 3 MB, decoding 1.9 MB of base64 and hashing its 87,593 words. Here the binary tables are
// read as they are, the words are one string split once, and their look-up table is built at build time.
// Layout, little-endian: "OWK1", then sections, each a uint32 byte length and its bytes padded to 4:
// the rest of the model as JSON (UTF-8), the lexeme words joined by NUL (UTF-8), the lexicon (uint32),
// the expansions (uint32), the words' hash table (int32: 1 + word index, 0 for an empty slot).

const MAGIC = 'OWK1';
const SEPARATOR = '\u0000';
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

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
  /** Open addressing over `wordSlot`: 1 + the index of the word in `words`, 0 for an empty slot. */
  table: Int32Array;
}

/** FNV-1a over UTF-16 code units: the slot a word starts its search at, in a table of mask + 1 slots. */
export function wordSlot(word: string, mask: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return (h >>> 0) & mask;
}

/** Index of `word` in the words the table was built over, or -1. */
export function findWord(table: Int32Array, words: readonly string[], word: string): number {
  const mask = table.length - 1;
  for (let slot = wordSlot(word, mask); ; slot = (slot + 1) & mask) {
    const entry = table[slot]!;
    if (entry === 0) return -1;
    if (words[entry - 1] === word) return entry - 1;
  }
}

export function encodeWinkCore(core: CoreJson, decodeBase64: (b64: string) => Uint8Array): Uint8Array {
  if (!LITTLE_ENDIAN) throw new Error('wink model: writing the compiled model needs a little-endian machine');
  const words = core.features.lexeme.list;
  if (words.some((w) => w.includes(SEPARATOR))) throw new Error('wink model: a word holds the separator');
  let capacity = 1024;
  while (capacity < words.length * 2) capacity *= 2;
  const table = new Int32Array(capacity);
  words.forEach((word, k) => {
    let slot = wordSlot(word, capacity - 1);
    while (table[slot] !== 0 && words[table[slot]! - 1] !== word) slot = (slot + 1) & (capacity - 1);
    table[slot] = k + 1; // a repeated word keeps its last index, as wink's own hash does
  });
  const { lexicon, xpansions, ...rest } = core;
  const restJson = JSON.stringify({ ...rest, features: { ...core.features, lexeme: { ...core.features.lexeme, list: undefined } } });
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
  const sections = [utf8(restJson), utf8(words.join(SEPARATOR)), decodeBase64(lexicon), decodeBase64(xpansions), new Uint8Array(table.buffer)];
  const padded = (n: number): number => (n + 3) & ~3;
  const bytes = new Uint8Array(4 + sections.reduce((sum, s) => sum + 4 + padded(s.length), 0));
  const view = new DataView(bytes.buffer);
  bytes.set(utf8(MAGIC), 0);
  let at = 4;
  for (const s of sections) {
    view.setUint32(at, s.length, true);
    bytes.set(s, at + 4);
    at += 4 + padded(s.length);
  }
  return bytes;
}

export function decodeWinkCore(input: Uint8Array): CompiledCore {
  if (!LITTLE_ENDIAN) throw new Error('wink model: the compiled model is read on little-endian machines only');
  // the typed arrays below are views: they need the file at an offset that is a multiple of 4
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  if (text.decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error('wink model: not a compiled wink model file');
  let at = 4;
  const section = (): Uint8Array => {
    const length = view.getUint32(at, true);
    const s = bytes.subarray(at + 4, at + 4 + length);
    at += 4 + ((length + 3) & ~3);
    return s;
  };
  const u32 = (s: Uint8Array): Uint32Array => new Uint32Array(s.buffer, s.byteOffset, s.length / 4);
  const rest = text.decode(section());
  const words = text.decode(section()).split(SEPARATOR);
  const lexicon = u32(section());
  const xpansions = u32(section());
  const t = section();
  return { rest, words, lexicon, xpansions, table: new Int32Array(t.buffer, t.byteOffset, t.length / 4) };
}
