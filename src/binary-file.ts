// The compiled data files (wink's core model, the map's index): a magic word, then sections, each a
// uint32 byte length and its bytes padded to 4, so that every section can be read in place as a typed
// array. Strings are found by an open-addressing table of 1 + their number (0: an empty slot), built
// when the file is written: loading hashes nothing.

export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const padded = (n: number): number => (n + 3) & ~3;

export function writeSections(magic: string, sections: readonly Uint8Array[]): Uint8Array {
  if (!LITTLE_ENDIAN) throw new Error(`${magic}: writing a compiled file needs a little-endian machine`);
  const bytes = new Uint8Array(4 + sections.reduce((sum, s) => sum + 4 + padded(s.length), 0));
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(magic), 0);
  let at = 4;
  for (const s of sections) {
    view.setUint32(at, s.length, true);
    bytes.set(s, at + 4);
    at += 4 + padded(s.length);
  }
  return bytes;
}

export function readSections(magic: string, input: Uint8Array): Uint8Array[] {
  if (!LITTLE_ENDIAN) throw new Error(`${magic}: compiled files are read on little-endian machines only`);
  // sections are read as typed-array views: they need the file at an offset that is a multiple of 4
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== magic) throw new Error(`not a ${magic} file`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sections: Uint8Array[] = [];
  for (let at = 4; at < bytes.length; ) {
    const length = view.getUint32(at, true);
    sections.push(bytes.subarray(at + 4, at + 4 + length));
    at += 4 + padded(length);
  }
  return sections;
}

export const bytesOf = (a: Uint32Array | Int32Array | Float32Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
export const uint32s = (s: Uint8Array): Uint32Array => new Uint32Array(s.buffer, s.byteOffset, s.length / 4);
export const int32s = (s: Uint8Array): Int32Array => new Int32Array(s.buffer, s.byteOffset, s.length / 4);

/** FNV-1a over UTF-16 code units: the slot a string starts its search at, in a table of mask + 1 slots. */
function slotOf(s: string, mask: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) & mask;
}

/** The table of `strings`: a string met twice keeps its last number. */
export function stringTable(strings: readonly string[]): Int32Array {
  let capacity = 1024;
  while (capacity < strings.length * 2) capacity *= 2;
  const mask = capacity - 1;
  const table = new Int32Array(capacity);
  strings.forEach((s, k) => {
    let slot = slotOf(s, mask);
    while (table[slot] !== 0 && strings[table[slot]! - 1] !== s) slot = (slot + 1) & mask;
    table[slot] = k + 1;
  });
  return table;
}

/** The number of `s` in the table, or -1; `is(k, s)` tells whether string number k is `s`. */
export function findString(table: Int32Array, s: string, is: (k: number, s: string) => boolean): number {
  const mask = table.length - 1;
  for (let slot = slotOf(s, mask); ; slot = (slot + 1) & mask) {
    const entry = table[slot]!;
    if (entry === 0) return -1;
    if (is(entry - 1, s)) return entry - 1;
  }
}
