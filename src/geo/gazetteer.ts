// What the map knows of a place name: every country, first-level region and town (of at least
// `minPopulation` inhabitants) that bears it (src/lexicons/geo-names.json, built by
// scripts/build-lexicon-data.ts from GeoNames-derived packages, and compiled with its index into
// src/lexicons/geo-index.bin by scripts/build-geo-index.ts). Read on first use, once per thread.
import { DATA_FILES, readDataFile } from '../data-file.js';
import { decodeMap, type CompiledMap } from './map-file.js';
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

/** The compiled map (src/lexicons/geo-index.bin). */
export const MAP_INDEX_URL = DATA_FILES.mapIndex;

interface Loaded {
  map: CompiledMap;
  /** A row becomes a MapEntry when first asked for, once: a place and its other names ("US", "United States") give the same object. */
  entries: (MapEntry | undefined)[];
}

let loaded: Loaded | undefined;

function entryOf({ countries, regions, row }: CompiledMap, r: number): MapEntry {
  if (r < countries) {
    const [country, id, lat, lon, names] = row(r).split('\t') as [string, string, string, string, string];
    return { kind: 'country', country, name: names.split('|')[0]!, geonamesId: +id, lat: +lat, lon: +lon };
  }
  if (r < countries + regions) {
    const [code, name] = row(r).split('\t') as [string, string];
    return { kind: 'region', country: code.slice(0, 2), name, region: code };
  }
  const [names, id, country, region, lat, lon, population] = row(r).split('\t') as [string, string, string, string, string, string, string];
  return { kind: 'city', country, name: names.split('|')[0]!, geonamesId: +id, region, lat: +lat, lon: +lon, population: +population };
}

/** Every country, region and town the map has under this name (none: an empty list). */
export function mapEntries(name: string): readonly MapEntry[] {
  const { map, entries } = (loaded ??= { map: decodeMap(readDataFile('mapIndex')), entries: [] });
  return Array.from(map.rowsOf(mapKey(name)), (r) => (entries[r] ??= entryOf(map, r)));
}
