// Writes src/models/wink-core.bin, wink-eng-lite-web-model's core model compiled for fast loading
// (src/text/wink-model-file.ts), from the installed package. Run it after updating that package;
// tests/wink-model.test.ts fails when the file and the package differ.
//   npx tsx scripts/build-wink-binary.ts
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { decodeBase64 } from '../src/base64.js';
import { encodeWinkCore, type CoreJson } from '../src/text/wink-model-file.js';

const OUT = path.resolve(import.meta.dirname, '../src/models/wink-core.bin');

/** The compiled file of the installed package's core model. */
export function compileWinkCore(): Uint8Array {
  const json = createRequire(import.meta.url).resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
  return encodeWinkCore(JSON.parse(fs.readFileSync(json, 'utf8')) as CoreJson, decodeBase64);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const bytes = compileWinkCore();
  fs.writeFileSync(OUT, bytes);
  console.log(`wrote ${OUT} (${(bytes.length / 1e6).toFixed(2)} MB)`);
}
