// Names in a list of places: "covers Billingham, Thornaby, Yarm and Norton", "Jobs in Yeovil, Glastonbury
// and Midsomer Norton". The tagger reads each name of a list on its own and calls an unfamiliar town a
// person or a firm; in a list with more places than bodies, a name that the map knows as a place and that
// the document never gives a person is one more place, and so is a word no list knows where most of the
// list are places.
import type { RuleContext } from './rule.js';
import type { TokenRun } from '../runs.js';
import { isKnownPlace } from '../../lexicons/world-places.js';
import { mapEntries } from '../../geo/gazetteer.js';
import { lexiconClasses } from '../../lexicons/gazetteer.js';
import { isGivenName } from '../../lexicons/first-names.js';
import { isCapitalizedAt } from '../tagger/token-facts.js';

/** The words between two names of one list: ",", "and", "or", ", and", ", or". */
const isListJoin = (words: string[]): boolean =>
  (words.length === 1 && (words[0] === ',' || words[0] === 'and' || words[0] === 'or')) || (words.length === 2 && words[0] === ',' && (words[1] === 'and' || words[1] === 'or'));

export function relabelListedPlaces({ table, names }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const sorted = [...runs].sort((a, b) => a.first - b.first);
  const relabelled = new Map<TokenRun, TokenRun>();
  const key = (r: TokenRun) => tokens.slice(r.first, r.end).map((t) => t.text).join(' ');
  const isPlaceName = (r: TokenRun): boolean => {
    for (let t = r.first; t < r.end; t++) if (names.isPersonWord(t)) return false;
    return isKnownPlace(key(r).toLowerCase()) || mapEntries(key(r)).length > 0;
  };
  // words no list knows, taken for a person ("Knaresborough", "Ocho Rios") or, two or three of them, for a
  // firm ("Midsomer Norton"), where most of the list are places
  const isUnknownWord = (r: TokenRun): boolean => {
    if (!(r.type === 'PER' || (r.type === 'ORG' && r.end - r.first >= 2)) || r.end - r.first > 3) return false;
    for (let t = r.first; t < r.end; t++) {
      const norm = tokens[t]!.norm;
      // a name of two words records its own words as a person's: only another name's count
      if ((names.isPersonWord(t) && (r.end - r.first === 1 || personElsewhere(r, norm))) || (t === r.first && isGivenName(norm)) || lexiconClasses(norm).length > 0 || !isCapitalizedAt(table, t)) return false;
    }
    return true;
  };
  const personElsewhere = (r: TokenRun, norm: string): boolean =>
    runs.some((o) => o.type === 'PER' && key(o) !== key(r) && tokens.slice(o.first, o.end).some((t) => t.norm === norm));
  let list: TokenRun[] = [];
  const close = () => {
    const places = list.filter((r) => r.type === 'LOC').length;
    const bodies = list.filter((r) => r.type === 'ORG' || r.type === 'MISC').length;
    if (list.length >= 2 && places > bodies) {
      const known = list.filter((r) => r.type === 'LOC' || isPlaceName(r));
      const mostlyPlaces = known.length >= 2 && 2 * known.length > list.length;
      for (const r of list) if (r.type !== 'LOC' && (known.includes(r) || (mostlyPlaces && isUnknownWord(r)))) relabelled.set(r, { ...r, type: 'LOC' });
    }
    list = [];
  };
  for (const run of sorted) {
    const prev = list.at(-1);
    const joined = prev && prev.end < run.first && table.segments[prev.first] === table.segments[run.first] && isListJoin(tokens.slice(prev.end, run.first).map((t) => t.norm));
    if (!joined) close();
    list.push(run);
  }
  close();
  return relabelled.size === 0 ? runs : runs.map((r) => relabelled.get(r) ?? r);
}
