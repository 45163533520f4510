// What the map knows of a place name: every country, first-level region and town (of at least
// `minPopulation` inhabitants) that bears it (src/lexicons/geo-names.json, built by
// scripts/build-lexicon-data.ts from GeoNames-derived packages). Indexed on first use, once per thread.
// Smaller towns (src/lexicons/geo-towns.tsv) are read apart, only when first asked for, and searched as read.
import { readFileSync } from 'node:fs';
import GEO from '../lexicons/geo-names.json' with { type: 'json' };
import { mapKey } from './map-key.js';

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

/**
 * The map as loaded: its rows (countries, then regions, then towns, numbered in that order) and, per key,
 * the rows that bear a name with that key. A row becomes a MapEntry when first asked for, once: a place
 * and its other names ("US", "United States") give the same object.
 */
interface Loaded {
  countries: string[];
  regions: string[];
  cities: string[];
  rowsByKey: Map<string, number[]>;
  entries: (MapEntry | undefined)[];
  /** "Welsh" -> "GB". */
  demonyms: Map<string, string>;
}

let loaded: Loaded | undefined;

function addKey(rowsByKey: Map<string, number[]>, name: string, row: number): void {
  const key = mapKey(name);
  const rows = rowsByKey.get(key);
  if (!rows) rowsByKey.set(key, [row]);
  else if (rows[rows.length - 1] !== row) rows.push(row); // "US" and "U.S." fold to one key
}

/** A town's row: names (the first the usual one), GeoNames id, country, region, coordinates, population. */
function townEntry(row: string): MapEntry {
  const [names, id, country, region, lat, lon, population] = row.split('\t') as [string, string, string, string, string, string, string];
  return { kind: 'city', country, name: names.split('|')[0]!, geonamesId: +id, region, lat: +lat, lon: +lon, population: +population };
}

function load(): Loaded {
  const countries = GEO.countries.split('\n');
  const regions = GEO.regions.split('\n');
  const cities = GEO.cities.split('\n');
  const rowsByKey = new Map<string, number[]>();
  const add = (name: string, row: number): void => addKey(rowsByKey, name, row);
  const field = (row: string, n: number): string => row.split('\t', n + 1)[n]!;
  countries.forEach((row, r) => {
    for (const name of field(row, 4).split('|')) add(name, r);
  });
  regions.forEach((row, r) => add(field(row, 1), countries.length + r));
  const firstCity = countries.length + regions.length;
  cities.forEach((row, r) => {
    for (const name of row.slice(0, row.indexOf('\t')).split('|')) add(name, firstCity + r);
  });
  const demonyms = new Map(GEO.demonyms.split('\n').map((row) => row.split('\t') as [string, string]));
  return { countries, regions, cities, rowsByKey, entries: [], demonyms };
}

function entryOf(map: Loaded, r: number): MapEntry {
  const { countries, regions, cities } = map;
  if (r < countries.length) {
    const [country, id, lat, lon, names] = countries[r]!.split('\t') as [string, string, string, string, string];
    return { kind: 'country', country, name: names.split('|')[0]!, geonamesId: +id, lat: +lat, lon: +lon };
  }
  if (r < countries.length + regions.length) {
    const [code, name] = regions[r - countries.length]!.split('\t') as [string, string];
    return { kind: 'region', country: code.slice(0, 2), name, region: code };
  }
  return townEntry(cities[r - countries.length - regions.length]!);
}

/** Every country, region and town the map has under this name (none: an empty list). */
export function mapEntries(name: string): readonly MapEntry[] {
  const map = (loaded ??= load());
  const rows = map.rowsByKey.get(mapKey(name));
  return rows ? rows.map((r) => (map.entries[r] ??= entryOf(map, r))) : [];
}

/** The country whose people an adjective names ("Welsh": GB), as the map's entry for that country. */
export function demonymCountry(adjective: string): MapEntry | undefined {
  const map = (loaded ??= load());
  const code = map.demonyms.get(adjective);
  const row = code === undefined ? -1 : map.countries.findIndex((r) => r.startsWith(`${code}\t`));
  return row < 0 ? undefined : (map.entries[row] ??= entryOf(map, row));
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
  const bytes = readFileSync(new URL('../lexicons/geo-towns.tsv', import.meta.url));
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
