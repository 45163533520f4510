// "Central Asia", "Middle East": a place wherever it stands, and never part of a person's name.
import type { RuleContext } from './rule.js';
import { WORLD_REGIONS } from '../../lexicons/world-regions.js';
import { MAX_PHRASE_WORDS, mayStartPhrase } from '../../lexicons/gazetteer.js';
import { heldByLonger, RunList, type TokenRun } from '../runs.js';
import { continuesPhraseAt, startsPhraseAt } from '../tagger/token-facts.js';

export function markWorldRegions({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const result = new RunList(runs);
  for (let i = 0; i < tokens.length; i++) {
    let key = tokens[i]!.norm;
    if (!startsPhraseAt(table, i)) continue; // the regions are lexicon phrases: most words start none
    // "southern Europe": a lower-case compass word stays outside the place, as CoNLL-2003 marks it
    if (tokens[i]!.text === key && /^[a-z]/.test(key)) continue;
    for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= tokens.length && table.segments[i + n - 1] === table.segments[i]; n++) {
      if (!continuesPhraseAt(table, i + n - 1) || (n > 2 && !mayStartPhrase(key))) break;
      key += ' ' + tokens[i + n - 1]!.norm;
      if (!WORLD_REGIONS.has(key)) continue;
      const region: TokenRun = { type: 'LOC', first: i, end: i + n };
      const overlapping = result.overlapping(region);
      // a shorter region inside a longer one just marked ("Eastern Europe" in "Central and Eastern Europe")
      if (heldByLonger(overlapping.filter((r) => r.type === 'LOC'), region)) continue;
      if (!keepsOtherName(overlapping, region)) result.replace(overlapping, region);
    }
  }
  return result.runs();
}

/** An organisation or event named after the region keeps its name ("Middle East Airlines"). */
const keepsOtherName = (overlapping: readonly TokenRun[], region: TokenRun): boolean =>
  overlapping.some((r) => r.type === 'ORG' || r.type === 'MISC') && !overlapping.some((r) => r.first === region.first && r.end === region.end);
