// The compiled data files are their sources compiled: a source edited without rebuilding its file fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileGeoIndex } from '../scripts/build-geo-index.js';
import { mapEntries, MAP_INDEX_URL } from '../src/geo/gazetteer.js';
import { indexRows, type MapJson } from '../src/geo/map-file.js';
import { mapKey } from '../src/geo/map-key.js';
import GEO from '../src/lexicons/geo-names.json' with { type: 'json' };

describe('geo-index.bin', () => {
  it('is geo-names.json compiled (run scripts/build-geo-index.ts after editing it)', () => {
    expect(Buffer.compare(readFileSync(MAP_INDEX_URL), compileGeoIndex())).toBe(0);
  });

  it('finds, for every key of the map, its rows in order', () => {
    const { rows, counts, rowsByKey } = indexRows(GEO as MapJson);
    const kind = (r: number): string => (r < counts[0] ? 'country' : r < counts[0] + counts[1] ? 'region' : 'city');
    for (const [key, list] of rowsByKey) {
      const found = mapEntries(key);
      expect(found.map((e) => e.kind)).toEqual(list.map(kind));
      expect(found.map((e) => e.country)).toEqual(list.map((r) => (kind(r) === 'country' ? rows[r]!.split('\t')[0] : kind(r) === 'region' ? rows[r]!.slice(0, 2) : rows[r]!.split('\t')[2])));
    }
    expect(mapEntries('no such place anywhere')).toEqual([]);
    // a place and its other names give the same object
    expect(mapEntries('U.S.')[0]).toBe(mapEntries('United States')[0]);
    expect(mapKey('U.S.')).toBe(mapKey('US'));
  });
});
