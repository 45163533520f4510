// What the map knows of a place name: every country, first-level region and town (of at least
// `minPopulation` inhabitants) that bears it (src/lexicons/geo-names.json, built by
// scripts/build-lexicon-data.ts from GeoNames-derived packages). Parsed on first use, once per thread.
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

let index: Map<string, MapEntry[]> | undefined;

function add(key: string, entry: MapEntry): void {
  const entries = index!.get(key);
  if (!entries) index!.set(key, [entry]);
  else if (!entries.includes(entry)) entries.push(entry); // "US" and "U.S." fold to one key
}

function build(): Map<string, MapEntry[]> {
  index = new Map();
  for (const row of GEO.countries.split('\n')) {
    const [country, id, lat, lon, names] = row.split('\t') as [string, string, string, string, string];
    const all = names.split('|');
    const entry: MapEntry = { kind: 'country', country, name: all[0]!, geonamesId: +id, lat: +lat, lon: +lon };
    for (const name of all) add(mapKey(name), entry);
  }
  for (const row of GEO.regions.split('\n')) {
    const [code, name] = row.split('\t') as [string, string];
    add(mapKey(name), { kind: 'region', country: code.slice(0, 2), name, region: code });
  }
  for (const row of GEO.cities.split('\n')) {
    const [names, id, country, region, lat, lon, population] = row.split('\t') as [string, string, string, string, string, string, string];
    const all = names.split('|');
    const entry: MapEntry = { kind: 'city', country, name: all[0]!, geonamesId: +id, region, lat: +lat, lon: +lon, population: +population };
    for (const name of all) add(mapKey(name), entry);
  }
  return index;
}

/** Every country, region and town the map has under this name (none: an empty list). */
export function mapEntries(name: string): readonly MapEntry[] {
  return (index ?? build()).get(mapKey(name)) ?? [];
}
