// Runs the trained entity tagger over a tokenized document: one BIO label per token, then entity runs.
import { decode } from './decode.js';
import { staticFeatures, type TokenTable } from './features.js';
import { runsFromLabels } from './labels.js';
import { ENTITY_MODEL } from './model.js';
import type { TokenRun } from '../runs.js';

export const tagRuns = (table: TokenTable): TokenRun[] => runsFromLabels(decode(ENTITY_MODEL, table, staticFeatures(table)));
