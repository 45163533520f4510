// What the map knows of a place name: every country, first-level region and town (of at least
// `minPopulation` inhabitants) that bears it (src/lexicons/geo-names.json, built by
// scripts/build-lexicon-data.ts from GeoNames-derived packages, and compiled with its index into
// src/lexicons/geo-index.bin by scripts/build-geo-index.ts). Read on first use, once per thread.
// Smaller towns (src/lexicons/geo-towns.tsv) are read apart, only when first asked for: their keys whole,
// searched as read, and a town's row when it is asked for.
import { DATA_FILES, dataFileReader, readDataFile, type DataFileReader } from '../data-file.js';
import { decodeMap, type CompiledMap } from './map-file.js';
import { mapKey } from './map-key.js';
import { remembered } from '../lexicons/memo.js';

export type PlaceKind = 'country' | 'region' | 'city';

export interface MapEntry {
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country the place is in (of the country itself, for a country). */
  country: string;
  /** The place's usual English name. */
  name: string;
  /** GeoNames id, for countries and towns. */
  geonamesId?: number;
  /** ISO 3166-2 code, for regions ("US-GA"); a town's first-level region, as GeoNames codes it ("GA"). */
  region?: string;
  lat?: number;
  lon?: number;
  population?: number;
}

/** The compiled map (src/lexicons/geo-index.bin). */
export const MAP_INDEX_URL = DATA_FILES.mapIndex;

interface Loaded {
  map: CompiledMap;
  /** A row becomes a MapEntry when first asked for, once: a place and its other names ("US", "United States") give the same object. */
  entries: (MapEntry | undefined)[];
  /** Country code -> its row, built on the first demonym asked for. */
  countryRows?: Map<string, number>;
}

let loaded: Loaded | undefined;

const loadMap = (): Loaded => ({ map: decodeMap(readDataFile('mapIndex')), entries: [] });

/** A town's row: names (the first the usual one), GeoNames id, country, region, coordinates, population. */
function townEntry(row: string): MapEntry {
  const [names, id, country, region, lat, lon, population] = row.split('\t') as [string, string, string, string, string, string, string];
  return { kind: 'city', country, name: names.split('|')[0]!, geonamesId: +id, region, lat: +lat, lon: +lon, population: +population };
}

function entryOf({ countries, regions, row }: CompiledMap, r: number): MapEntry {
  if (r < countries) {
    const [country, id, lat, lon, names] = row(r).split('\t') as [string, string, string, string, string];
    return { kind: 'country', country, name: names.split('|')[0]!, geonamesId: +id, lat: +lat, lon: +lon };
  }
  if (r < countries + regions) {
    const [code, name] = row(r).split('\t') as [string, string];
    return { kind: 'region', country: code.slice(0, 2), name, region: code };
  }
  return townEntry(row(r));
}

/** Every country, region and town the map has under this name (none: an empty list). */
export const mapEntries: (name: string) => readonly MapEntry[] = remembered((name) => {
  const { map, entries } = (loaded ??= loadMap());
  // frozen: one list answers every later look-up of the name
  return Object.freeze(Array.from(map.rowsOf(mapKey(name)), (r) => (entries[r] ??= entryOf(map, r))));
}, 20_000);

/** The country whose people an adjective names ("Welsh": GB), as the map's entry for that country. */
export function demonymCountry(adjective: string): MapEntry | undefined {
  const state = (loaded ??= loadMap());
  const { map, entries } = state;
  const code = map.demonyms().get(adjective);
  if (code === undefined) return undefined;
  state.countryRows ??= countryRowsOf(map);
  const r = state.countryRows.get(code);
  return r === undefined ? undefined : (entries[r] ??= entryOf(map, r));
}

/** Country rows start with the country's code and a tab. */
function countryRowsOf(map: CompiledMap): Map<string, number> {
  const rows = new Map<string, number>();
  for (let r = 0; r < map.countries; r++) {
    const row = map.row(r);
    rows.set(row.slice(0, row.indexOf('\t')), r);
  }
  return rows;
}

/** geo-towns.tsv: "key\toffset,…" lines sorted by bytes, a blank line, town rows at those offsets. */
interface Minor {
  /** The keys part, read whole (1.6 MB); the rows (4.1 MB) are read one at a time as asked for. */
  keys: Buffer;
  read: DataFileReader;
  entries: Map<number, MapEntry>;
}
let minor: Minor | undefined;

const NL = 0x0a;
const TAB = 0x09;
/** Bytes read at a time: the keys part in pieces of this size until its end (one piece holds all of it,
 * so that a worker's keys stay a view of the shared copy); a row (at most ~100 bytes). */
const PIECE = 2 << 20;
const ROW_PIECE = 256;

function loadMinor(): Minor {
  // a worker thread reads the pool's shared copy (5.6 MB once per process, not once per worker)
  const read = dataFileReader('geoTowns');
  const pieces: Buffer[] = [];
  for (let at = 0; ; ) {
    const piece = read(at, PIECE);
    if (piece.length === 0) throw new Error('geo-towns.tsv: no blank line after the keys');
    // the blank line may straddle two pieces: it then starts at the last byte of the one before
    const straddles = pieces.length > 0 && piece[0] === NL && pieces.at(-1)!.at(-1) === NL;
    const found = straddles ? -1 : piece.indexOf('\n\n');
    pieces.push(piece);
    if (straddles || found >= 0) return { keys: (pieces.length === 1 ? piece : Buffer.concat(pieces)).subarray(0, at + found), read, entries: new Map() };
    at += piece.length;
  }
}

/** The town row at byte `at` of the file. */
function rowAt({ read }: Minor, at: number): string {
  for (let length = ROW_PIECE; ; length *= 2) {
    const piece = read(at, length);
    const nl = piece.indexOf(NL);
    if (nl >= 0 || piece.length < length) return piece.toString('utf8', 0, nl < 0 ? piece.length : nl);
  }
}

/** Every town below the map's `minPopulation` (and of at least 1,000 people) under this name. */
export function smallerTowns(name: string): readonly MapEntry[] {
  const map = (minor ??= loadMinor());
  const { keys: bytes } = map;
  const keysEnd = bytes.length;
  const key = Buffer.from(mapKey(name));
  // binary search over the lines of the keys part, by byte position
  let [lo, hi] = [0, keysEnd];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = mid === 0 ? 0 : bytes.lastIndexOf(NL, mid - 1) + 1;
    const tab = bytes.indexOf(TAB, start);
    let end = bytes.indexOf(NL, tab);
    if (end < 0) end = keysEnd;
    const order = Buffer.compare(bytes.subarray(start, tab), key);
    if (order === 0) {
      return bytes.toString('latin1', tab + 1, end).split(',').map((o) => {
        const at = keysEnd + 2 + +o;
        let entry = map.entries.get(at);
        if (!entry) map.entries.set(at, (entry = townEntry(rowAt(map, at))));
        return entry;
      });
    }
    if (order < 0) lo = end + 1;
    else hi = start;
  }
  return [];
}
