// Writes src/models/entities.bin, the entity model compiled for fast loading, from src/models/entities.json
// (scripts/train-entities.ts runs it after training). tests/entities-tagger.test.ts fails when the two differ.
//   npx tsx scripts/build-entity-binary.ts
import fs from 'node:fs';
import path from 'node:path';
import { compile, encodeCompiled, type SerializedModel } from '../src/entities/tagger/model-file.js';

const MODELS = path.resolve(import.meta.dirname, '../src/models');

export function writeEntityBinary(jsonPath = path.join(MODELS, 'entities.json'), binPath = path.join(MODELS, 'entities.bin')): void {
  const model = JSON.parse(fs.readFileSync(jsonPath, 'utf8')) as SerializedModel;
  const bytes = encodeCompiled(compile(model));
  fs.writeFileSync(binPath, bytes);
  console.log(`wrote ${binPath} (${(bytes.length / 1e6).toFixed(2)} MB)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) writeEntityBinary();
