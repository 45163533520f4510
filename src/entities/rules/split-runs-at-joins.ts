// Runs that swallow a lower-case "in" or "and": "Vistula Capital in Warsaw", "Ferrovias Ibericas and
// South Korea". "And" joins two names more often than it stands in one, and "in" after a complete
// organisation's name (one ending in "Capital", "Institute") says where it is ("Human Rights in China" is
// one name); the part that a gazetteer knows as a place is that place, the rest keeps the tagger's type.
import type { RuleContext } from './rule.js';
import type { TokenRun } from '../runs.js';
import { isOrganisationEnding } from '../../lexicons/organisation-endings.js';
import { isKnownPlace } from '../../lexicons/world-places.js';

const JOINS = new Set(['in', 'and']);

export function splitRunsAtJoins({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const key = (first: number, end: number) => tokens.slice(first, end).map((t) => t.norm).join(' ');
  return runs.flatMap((run): TokenRun[] => {
    if (run.type !== 'ORG' && run.type !== 'MISC') return [run];
    const join = tokens.findIndex((t, i) => i > run.first && i < run.end - 1 && JOINS.has(t.text));
    if (join < 0 || isKnownPlace(key(run.first, run.end))) return [run];
    if (tokens[join]!.text === 'in' && !isOrganisationEnding(tokens[join - 1]!.norm)) return [run];
    const before: TokenRun = { ...run, end: join };
    const after: TokenRun = { ...run, first: join + 1 };
    const beforePlace = tokens[join]!.text === 'and' && isKnownPlace(key(before.first, before.end));
    const afterPlace = isKnownPlace(key(after.first, after.end));
    if (!beforePlace && !afterPlace) return [run];
    return [beforePlace ? { ...before, type: 'LOC' } : before, afterPlace ? { ...after, type: 'LOC' } : after];
  });
}
