// Runs the trained entity tagger over a tokenized document: one BIO label per token, then entity runs.
import type { Document } from '../document.js';
import { decode } from './decode.js';
import { buildTokenTable, staticFeatures, type TokenTable } from './features.js';
import { runsFromLabels, type TokenRun } from './labels.js';
import { ENTITY_MODEL } from './model.js';
import { harmonizeRuns } from './consistency.js';

export interface Tagged {
  table: TokenTable;
  labels: Uint8Array;
  runs: TokenRun[];
}

export function tagEntities(doc: Document): Tagged {
  const table = buildTokenTable(doc);
  const labels = decode(ENTITY_MODEL, table, staticFeatures(table));
  return { table, labels, runs: harmonizeRuns(table, runsFromLabels(labels)) };
}
