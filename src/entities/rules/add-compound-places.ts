// Place names written as compounds: words joined by hyphens ("Emilia-Romagna", "Stockton-on-Tees",
// "Friuli-Venezia Giulia") or by "and" ("Dumfries and Galloway", "Trinidad and Tobago"). The tagger,
// trained on 1996 Reuters, reads the pieces of a compound it never saw as a person, a work or two names;
// where the map knows the whole compound (a town, a region or a country; for a name with "and", a region
// or a country only, since towns are rarely named so), the whole is one place.
import type { TokenTable } from '../tagger/features.js';
import type { RuleContext } from './rule.js';
import { heldByLonger, RunList, type TokenRun } from '../runs.js';
import { hasLetterAt, isNameCaseAt } from '../tagger/token-facts.js';
import { mapEntries } from '../../geo/gazetteer.js';

/** Longest compound looked up, in tokens ("Stockton - on - Tees" is five, "Friuli - Venezia Giulia" four). */
const MAX_COMPOUND_TOKENS = 9;
const HYPHENS = new Set(['-', '‐']);
/** Lower-case words that stand inside a hyphenated place name: "-on-", "-in-", "-la-", "-sur-". */
const PARTICLES = new Set(['on', 'in', 'upon', 'under', 'by', 'le', 'la', 'les', 'de', 'du', 'des', 'sur', 'en', 'am', 'an', 'der', 'im', 'di', 'del']);

/** English particles of towns' names ("-on-", "-upon-", "-in-", "-under-"), and last words that make such a
 * compound a title ("Commander-in-Chief"). */
const TOWN_PARTICLES = new Set(['on', 'upon', 'in', 'under']);
const NOT_PLACES_AFTER_PARTICLE = new Set(['chief', 'law', 'arms', 'waiting']);

const glued = (table: TokenTable, a: number, b: number): boolean => table.tokens[a]!.end === table.tokens[b]!.start;
const isNameWord = (table: TokenTable, t: number): boolean => isNameCaseAt(table, t);

export function addCompoundPlaces({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const result = new RunList(runs);
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(table, i) || table.capsLine[i]) continue;
    const end = longestKnownCompound(table, i);
    if (end < 0) continue;
    const place: TokenRun = { type: 'LOC', first: i, end };
    const overlapping = result.overlapping(place);
    // a body named after the place keeps its name ("Emilia-Romagna Regional Council")
    if (!heldByLonger(overlapping, place)) result.replace(overlapping, place);
    i = end - 1;
  }
  return result.runs();
}

/** End of the longest compound from token `first` that the map knows, or -1. */
function longestKnownCompound(table: TokenTable, first: number): number {
  const { tokens } = table;
  const same = (t: number) => t < tokens.length && table.segments[t] === table.segments[first];
  let best = -1;
  let hyphenated = false;
  let joined = false;
  let particle = false;
  let t = first + 1;
  while (same(t) && t - first < MAX_COMPOUND_TOKENS) {
    const tok = tokens[t]!;
    let next: number;
    if (HYPHENS.has(tok.text) && glued(table, t - 1, t) && same(t + 1) && glued(table, t, t + 1) && hasLetterAt(table, t + 1)) {
      // a hyphen inside one word: a particle ("on") must be followed by another hyphen
      if (!isNameWord(table, t + 1) && !(PARTICLES.has(tokens[t + 1]!.norm) && same(t + 2) && HYPHENS.has(tokens[t + 2]!.text))) break;
      if (!isNameWord(table, t + 1) && TOWN_PARTICLES.has(tokens[t + 1]!.norm)) particle = true;
      hyphenated = true;
      next = t + 2;
    } else if (tok.norm === 'and' && same(t + 1) && isNameWord(table, t + 1) && !joined) {
      joined = true;
      next = t + 2;
    } else if (isNameWord(table, t) && !glued(table, t - 1, t)) {
      next = t + 1;
    } else break;
    t = next;
    if (!isNameWord(table, t - 1) || (!hyphenated && !joined)) continue;
    // "Appleby-in-Westmorland", "Newcastle-under-Lyme": a town's name whatever the map knows
    if (particle && !joined && !NOT_PLACES_AFTER_PARTICLE.has(tokens[t - 1]!.norm)) best = t;
    const kinds = mapEntries(tokens.slice(first, t).map((k) => k.text).join(' ')).map((e) => e.kind);
    if (kinds.some((k) => k === 'region' || k === 'country') || (kinds.length > 0 && !joined)) best = t;
  }
  return best;
}
