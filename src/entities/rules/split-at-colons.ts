// "Okafor: Ministry must…" tagged as one name: a colon ends a name (a work's title, MISC, may hold one).
import type { RuleContext } from './rule.js';
import { cutRuns, type TokenRun } from '../runs.js';

export function splitAtColons({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  return cutRuns(runs, (run) => {
    if (run.type === 'MISC') return [];
    const cuts = [];
    for (let t = run.first; t < run.end; t++) if (table.tokens[t]!.text === ':') cuts.push({ at: t, width: 1 });
    return cuts;
  });
}
