// Places named after saints: "St. Simons Island", "St Bride’s", "Saint-Denis". The tagger often cuts the
// abbreviation off ("St." + "Anselm"); the saint's word and the name after it are one place, and a
// possessive ending is part of the name ("St James’s", a hospital or a church).
import type { RuleContext } from './rule.js';
import { heldByLonger, RunList, type TokenRun } from '../runs.js';
import { isCapitalizedAt } from '../tagger/token-facts.js';

const SAINT = /^(st|ste|saint)\.?$/;
export const isSaintWord = (norm: string): boolean => SAINT.test(norm);

/** "St." + a place run after it, or a place run "St." + the name after it: one place. */
export function joinSaintNames({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const result = new RunList(runs);
  for (let t = 0; t + 1 < tokens.length; t++) {
    if (!isSaintWord(tokens[t]!.norm) || !isCapitalizedAt(table, t) || !isCapitalizedAt(table, t + 1)) continue;
    if (table.segments[t + 1] !== table.segments[t]) continue;
    const after = result.overlapping({ first: t + 1, end: t + 2 }).find((r) => r.first === t + 1);
    const at = result.overlapping({ first: t, end: t + 1 }).find((r) => r.first === t && r.end === t + 1);
    if (!(after?.type === 'LOC' || (at?.type === 'LOC' && (!after || after.type === 'PER')))) continue;
    const place: TokenRun = { type: 'LOC', first: t, end: after ? after.end : t + 2 };
    const overlapping = result.overlapping(place);
    if (heldByLonger(overlapping, place) || overlapping.some((r) => r.type === 'ORG' || r.type === 'MISC')) continue;
    result.replace(overlapping, place);
  }
  return result.runs();
}
