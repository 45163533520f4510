// What the map knows of a place name: every country, first-level region and town (of at least
// `minPopulation` inhabitants) that bears it (src/lexicons/geo-names.json, built by
// scripts/build-lexicon-data.ts from GeoNames-derived packages). Indexed on first use, once per thread.
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

function load(): Loaded {
  const countries = GEO.countries.split('\n');
  const regions = GEO.regions.split('\n');
  const cities = GEO.cities.split('\n');
  const rowsByKey = new Map<string, number[]>();
  const add = (name: string, row: number): void => {
    const key = mapKey(name);
    const rows = rowsByKey.get(key);
    if (!rows) rowsByKey.set(key, [row]);
    else if (rows[rows.length - 1] !== row) rows.push(row); // "US" and "U.S." fold to one key
  };
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
  const [names, id, country, region, lat, lon, population] = cities[r - countries.length - regions.length]!.split('\t') as [string, string, string, string, string, string, string];
  return { kind: 'city', country, name: names.split('|')[0]!, geonamesId: +id, region, lat: +lat, lon: +lon, population: +population };
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
