// The map compiled for loading (src/lexicons/geo-index.bin, written by scripts/build-geo-index.ts from
// geo-names.json): importing the JSON and indexing its 30,000 rows by key cost ~0.15 s and ~7 MB of heap
// per thread. Here a look-up finds its key in a table built at build time and decodes only the rows it
// returns. Sections (src/binary-file.ts): the rows (countries, then regions, then towns, as geo-names.json
// has them, UTF-8) and where each starts (uint32, one more for the end); the keys (UTF-8, one string) and
// where each starts (uint32, in UTF-16 units, one more for the end); the keys' table; per key where its
// rows start (uint32, one more for the end) and the row numbers (uint32); the demonyms as geo-names.json
// has them (UTF-8).
import { bytesOf, findString, int32s, readSections, stringTable, uint32s, writeSections } from '../binary-file.js';
import { mapKey } from './map-key.js';

const MAGIC = 'OGM1';

/** geo-names.json: rows of tab-separated fields, one string per kind. */
export interface MapJson {
  countries: string;
  regions: string;
  cities: string;
  /** "adjective\tcountry code" lines. */
  demonyms: string;
}

/** Rows as geo-names.json holds them, and per key the rows that bear a name with that key, in the order met. */
export function indexRows({ countries, regions, cities }: MapJson): { rows: string[]; counts: [number, number]; rowsByKey: Map<string, number[]> } {
  const c = countries.split('\n');
  const r = regions.split('\n');
  const t = cities.split('\n');
  const rowsByKey = new Map<string, number[]>();
  const add = (name: string, row: number): void => {
    const key = mapKey(name);
    const rows = rowsByKey.get(key);
    if (!rows) rowsByKey.set(key, [row]);
    else if (rows[rows.length - 1] !== row) rows.push(row); // "US" and "U.S." fold to one key
  };
  const field = (row: string, n: number): string => row.split('\t', n + 1)[n]!;
  c.forEach((row, k) => {
    for (const name of field(row, 4).split('|')) add(name, k);
  });
  r.forEach((row, k) => add(field(row, 1), c.length + k));
  const firstCity = c.length + r.length;
  t.forEach((row, k) => {
    for (const name of row.slice(0, row.indexOf('\t')).split('|')) add(name, firstCity + k);
  });
  return { rows: [...c, ...r, ...t], counts: [c.length, r.length], rowsByKey };
}

export function encodeMap(json: MapJson): Uint8Array {
  const { rows, counts, rowsByKey } = indexRows(json);
  const encoder = new TextEncoder();
  const rowBytes = rows.map((row) => encoder.encode(row));
  const rowStarts = new Uint32Array(rows.length + 1);
  rowBytes.forEach((b, k) => (rowStarts[k + 1] = rowStarts[k]! + b.length));
  const allRows = new Uint8Array(rowStarts[rows.length]!);
  rowBytes.forEach((b, k) => allRows.set(b, rowStarts[k]!));
  const keys = [...rowsByKey.keys()];
  const keyStarts = new Uint32Array(keys.length + 1);
  keys.forEach((key, k) => (keyStarts[k + 1] = keyStarts[k]! + key.length));
  const listStarts = new Uint32Array(keys.length + 1);
  const lists = [...rowsByKey.values()];
  lists.forEach((list, k) => (listStarts[k + 1] = listStarts[k]! + list.length));
  const header = new Uint32Array(counts);
  return writeSections(MAGIC, [
    bytesOf(header),
    allRows,
    bytesOf(rowStarts),
    encoder.encode(keys.join('')),
    bytesOf(keyStarts),
    bytesOf(stringTable(keys)),
    bytesOf(listStarts),
    bytesOf(new Uint32Array(lists.flat())),
    encoder.encode(json.demonyms),
  ]);
}

export interface CompiledMap {
  countries: number;
  regions: number;
  /** The text of row number r. */
  row(r: number): string;
  /** The row numbers of the places bearing a name with this key (none: an empty array). */
  rowsOf(key: string): Uint32Array;
  /** "Welsh" -> "GB". */
  demonyms(): Map<string, string>;
}

export function decodeMap(input: Uint8Array): CompiledMap {
  const [header, rows, rowStarts, keyBytes, keyStarts, table, listStarts, lists, demonymBytes] = readSections(MAGIC, input).map((s, k) => (k === 1 || k === 3 || k === 8 ? s : uint32s(s))) as [
    Uint32Array,
    Uint8Array,
    Uint32Array,
    Uint8Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint8Array,
  ];
  let demonyms: Map<string, string> | undefined;
  const text = new TextDecoder();
  const keys = text.decode(keyBytes);
  const keyTable = int32s(bytesOf(table));
  const isKey = (k: number, key: string): boolean => keyStarts[k + 1]! - keyStarts[k]! === key.length && keys.startsWith(key, keyStarts[k]!);
  return {
    countries: header[0]!,
    regions: header[1]!,
    row: (r) => text.decode(rows.subarray(rowStarts[r]!, rowStarts[r + 1]!)),
    rowsOf: (key) => {
      const k = findString(keyTable, key, isKey);
      return k < 0 ? new Uint32Array(0) : lists.subarray(listStarts[k]!, listStarts[k + 1]!);
    },
    demonyms: () => (demonyms ??= new Map(text.decode(demonymBytes).split('\n').map((row) => row.split('\t') as [string, string]))),
  };
}
