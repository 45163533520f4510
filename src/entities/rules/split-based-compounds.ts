// "Rotterdam-based Kestrel Logistics" taken as one name: the place before "-based" is a place of its own,
// and what follows "based" keeps the tagger's type.
import type { RuleContext } from './rule.js';
import { cutRuns, type Cut, type TokenRun } from '../runs.js';
import { isKnownPlace } from '../../lexicons/world-places.js';

export function splitBasedCompounds({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  return cutRuns(runs, (run) => {
    const cuts: Cut[] = [];
    // "based" may be the token right after the run
    for (let t = run.first; t + 2 <= run.end && t + 2 < tokens.length; t++) {
      if (tokens[t + 1]!.text !== '-' || tokens[t + 2]!.norm !== 'based' || tokens[t]!.end !== tokens[t + 1]!.start) continue;
      if (isKnownPlace(tokens[t]!.norm)) cuts.push({ at: t, width: 3, insert: { type: 'LOC', first: t, end: t + 1 } });
    }
    return cuts;
  });
}
