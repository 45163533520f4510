// Places taken for organisations: the tagger learnt on CoNLL-2003, full of clubs and firms named after
// their towns, and reads "the Blackpool branch library" or "Buchan farmer Tom Gallagher" as a club or an
// adjective. A single word it tagged ORG or MISC is a place where the same document names it as a place
// in running text ("the town of Buchan", "the Mithi River" for "the Mithi") and the words around it are a
// place's: "in X", "along the X", "the X gate". The name of a club or firm stands elsewhere: "joined X",
// "X manager", "X's shares".
import type { TokenTable } from '../tagger/features.js';
import type { RuleContext } from './rule.js';
import { GEOGRAPHIC_HEADS } from '../../lexicons/geographic-heads.js';
import type { TokenRun } from '../runs.js';
import { hasLetter, isCapitalized } from '../../text/shape.js';
import { isTitleWord } from '../../lexicons/titles.js';
import { isWorldPlace } from '../../lexicons/world-places.js';
import { lexiconClasses } from '../../lexicons/gazetteer.js';

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'along', 'across', 'around', 'throughout']);

export function relabelPlacesTakenForBodies({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const words = (r: TokenRun) => tokens.slice(r.first, r.end).filter((t) => hasLetter(t.text)).map((t) => t.norm);
  const places = new Set<string>();
  for (const r of runs) {
    if (r.type !== 'LOC' || table.capsLine[r.first]) continue;
    const w = words(r);
    if (w.length === 1) places.add(w[0]!);
    // the short form of a natural feature: "the Mithi" for "the Mithi River"
    else if (w.length === 2 && GEOGRAPHIC_HEADS.has(w[1]!)) places.add(w[0]!);
  }
  return runs.map((r) => {
    if (r.type !== 'ORG' && r.type !== 'MISC') return r;
    const w = words(r);
    if (w.length !== 1) return r;
    if (places.has(w[0]!) && isPlaceContext(table, runs, r)) return { ...r, type: 'LOC' };
    // a town the gazetteer knows, where only a place can stand: "to visit Leeds next month", "in Blackpool"
    return isKnownTown(w[0]!) && VISIT.has(tokens[r.first - 1]?.norm ?? '') && table.segments[r.first - 1] === table.segments[r.first] ? { ...r, type: 'LOC' } : r;
  });
}

/** Words after which a known town's name is the town, never its club or firm. */
const VISIT = new Set(['visit', 'visited', 'visiting', 'visits']);

const isKnownTown = (w: string): boolean => isWorldPlace(w) || lexiconClasses(w).some((c) => c === 'City' || c === 'Country');

/** "in X", "along the X", "the X gate": the words around a run say it is a place. */
function isPlaceContext(table: TokenTable, runs: readonly TokenRun[], run: TokenRun): boolean {
  const { tokens } = table;
  const at = (i: number) => (i >= 0 && i < tokens.length && table.segments[i] === table.segments[run.first] ? tokens[i]! : undefined);
  let before = run.first - 1;
  const article = at(before)?.norm === 'the';
  if (article) before--;
  if (PLACE_PREPOSITIONS.has(at(before)?.norm ?? '')) return true;
  // "the Apapa gate", "the Blackpool branch library", "Buchan farmer Tom Gallagher": a common noun after
  // it, not a post ("X manager"), and the article before it or a person's name after the noun
  const next = at(run.end);
  if (!next || next.pos !== 'NOUN' || isCapitalized(next.text) || isTitleWord(next.norm)) return false;
  return article || runs.some((r) => r.type === 'PER' && r.first === run.end + 1);
}
