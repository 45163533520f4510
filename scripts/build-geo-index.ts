// Writes src/lexicons/geo-index.bin, the map of src/lexicons/geo-names.json compiled with its index for
// fast loading (src/geo/map-file.ts). scripts/build-lexicon-data.ts runs it after writing geo-names.json;
// tests/gazetteer.test.ts fails when the two differ.
//   npx tsx scripts/build-geo-index.ts
import fs from 'node:fs';
import path from 'node:path';
import { encodeMap, type MapJson } from '../src/geo/map-file.js';

const LEXICONS = path.resolve(import.meta.dirname, '../src/lexicons');

/** The compiled file of geo-names.json as it is now. */
export function compileGeoIndex(jsonPath = path.join(LEXICONS, 'geo-names.json')): Uint8Array {
  return encodeMap(JSON.parse(fs.readFileSync(jsonPath, 'utf8')) as MapJson);
}

export function writeGeoIndex(binPath = path.join(LEXICONS, 'geo-index.bin')): void {
  const bytes = compileGeoIndex();
  fs.writeFileSync(binPath, bytes);
  console.log(`wrote ${binPath} (${(bytes.length / 1e6).toFixed(2)} MB)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) writeGeoIndex();
