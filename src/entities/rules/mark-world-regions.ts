// "Central Asia", "Middle East": a place wherever it stands, and never part of a person's name.
import type { RuleContext } from './rule.js';
import { WORLD_REGIONS } from '../../lexicons/world-regions.js';
import { MAX_PHRASE_WORDS, mayStartPhrase } from '../../lexicons/gazetteer.js';
import { heldByLonger, overlappingRuns, replaceRuns, type TokenRun } from '../runs.js';

export function markWorldRegions({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  let result = runs;
  for (let i = 0; i < tokens.length; i++) {
    let key = tokens[i]!.norm;
    if (!mayStartPhrase(key)) continue; // the regions are lexicon phrases: most words start none
    for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= tokens.length && table.segments[i + n - 1] === table.segments[i]; n++) {
      if (n > 2 && !mayStartPhrase(key)) break;
      key += ' ' + tokens[i + n - 1]!.norm;
      if (!WORLD_REGIONS.has(key)) continue;
      const region: TokenRun = { type: 'LOC', first: i, end: i + n };
      const overlapping = overlappingRuns(result, region);
      // a shorter region inside a longer one just marked ("Eastern Europe" in "Central and Eastern Europe")
      if (heldByLonger(overlapping.filter((r) => r.type === 'LOC'), region)) continue;
      if (!keepsOtherName(overlapping, region)) result = replaceRuns(result, overlapping, region);
    }
  }
  return result;
}

/** An organisation or event named after the region keeps its name ("Middle East Airlines"). */
const keepsOtherName = (overlapping: readonly TokenRun[], region: TokenRun): boolean =>
  overlapping.some((r) => r.type === 'ORG' || r.type === 'MISC') && !overlapping.some((r) => r.first === region.first && r.end === region.end);
