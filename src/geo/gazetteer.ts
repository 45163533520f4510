// What the map knows of a place name: every country, first-level region and town (of at least
// `minPopulation` inhabitants) that bears it (src/lexicons/geo-names.json, built by
// scripts/build-lexicon-data.ts from GeoNames-derived packages, and compiled with its index into
// src/lexicons/geo-index.bin by scripts/build-geo-index.ts). Read on first use, once per thread.
// Smaller towns (src/lexicons/geo-towns.tsv) are read apart, only when first asked for, and searched as read.
import { DATA_FILES, readDataFile } from '../data-file.js';
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

/** geo-towns.tsv, as bytes: "key\toffset,…" lines sorted by bytes, a blank line, town rows at those offsets. */
interface Minor {
  bytes: Buffer;
  /** End of the keys part; the rows start two bytes later. */
  keysEnd: number;
  entries: Map<number, MapEntry>;
}
let minor: Minor | undefined;

const NL = 0x0a;
const TAB = 0x09;

function loadMinor(): Minor {
  // a worker thread's is the pool's shared copy (5.6 MB once per process, not once per worker)
  const data = readDataFile('geoTowns');
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.length);
  return { bytes, keysEnd: bytes.indexOf('\n\n'), entries: new Map() };
}

/** Every town below the map's `minPopulation` (and of at least 1,000 people) under this name. */
export function smallerTowns(name: string): readonly MapEntry[] {
  const map = (minor ??= loadMinor());
  const { bytes, keysEnd } = map;
  const key = Buffer.from(mapKey(name));
  // binary search over the lines of the keys part, by byte position
  let [lo, hi] = [0, keysEnd];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = mid === 0 ? 0 : bytes.lastIndexOf(NL, mid - 1) + 1;
    const tab = bytes.indexOf(TAB, start);
    const end = bytes.indexOf(NL, tab);
    const order = Buffer.compare(bytes.subarray(start, tab), key);
    if (order === 0) {
      return bytes.toString('latin1', tab + 1, end).split(',').map((o) => {
        const at = keysEnd + 2 + +o;
        let entry = map.entries.get(at);
        if (!entry) map.entries.set(at, (entry = townEntry(bytes.toString('utf8', at, bytes.indexOf(NL, at)))));
        return entry;
      });
    }
    if (order < 0) lo = end + 1;
    else hi = start;
  }
  return [];
}
