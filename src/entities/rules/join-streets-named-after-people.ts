// Streets named after people: "Ted Turner Drive" is a place, not "Ted" and "Turner Drive". A person run
// that ends in, or runs up to, a capitalised street word after "on", "off", "along" and the like
// becomes one place with it.
import type { TokenTable } from '../tagger/features.js';
import type { RuleContext } from './rule.js';
import { heldByLonger, RunList, type TokenRun } from '../runs.js';
import { STREET_WORDS } from '../../lexicons/street-words.js';
import { isCapitalizedAt } from '../tagger/token-facts.js';

const STREET_PREPOSITIONS = new Set(['on', 'off', 'along', 'at', 'in', 'down', 'up', 'onto', 'near']);

/** "Drive", "St." and "St": an abbreviation's full stop is not part of the word. */
const isStreetWord = (norm: string): boolean => STREET_WORDS.has(norm) || (norm.length > 2 && norm.endsWith('.') && STREET_WORDS.has(norm.slice(0, -1)));

export function joinStreetsNamedAfterPeople({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const result = new RunList(runs);
  for (let s = 1; s < tokens.length; s++) {
    if (!isStreetWord(tokens[s]!.norm) || !isCapitalizedAt(table, s)) continue;
    const place = streetEndingAt(table, result, s);
    if (!place) continue;
    const overlapping = result.overlapping(place);
    if (heldByLonger(overlapping, place)) continue;
    result.replace(overlapping, place);
  }
  return result.runs();
}

/** The street whose name person runs cover up to the street word at s, or null. */
function streetEndingAt(table: TokenTable, runs: RunList, s: number): TokenRun | null {
  const same = (t: number) => t >= 0 && table.segments[t] === table.segments[s];
  const person = runs.overlapping({ first: s - 1, end: s + 1 }).find((r) => r.type === 'PER' && (r.end === s || (r.first < s && r.end === s + 1)));
  if (!person) return null;
  // back over the capitalised words the person runs beside it cover ("Ted" + "Turner Drive")
  let first = person.first;
  for (;;) {
    const before = runs.overlapping({ first: first - 1, end: first }).find((r) => r.type === 'PER' && r.end === first && same(r.first));
    if (!before) break;
    first = before.first;
  }
  // where a street stands: "on Ted Turner Drive", "off King Street"
  if (!same(first) || !same(first - 1) || !STREET_PREPOSITIONS.has(table.tokens[first - 1]!.norm)) return null;
  return { type: 'LOC', first, end: s + 1 };
}
