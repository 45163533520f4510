// Places taken for people: a single word the document never writes with a given name or a title, that
// stands elsewhere as a place ("in Savannah", "the people of Buchan", "Shanghai, Gdańsk and Tallinn") or
// that the tagger itself took for a place elsewhere in the document, is a place wherever it stands alone.
import type { RuleContext } from './rule.js';
import type { TokenRun } from '../runs.js';
import { isTitleWord } from '../../lexicons/titles.js';
import { hasLetter } from '../../text/shape.js';
import { sameSegment } from '../tagger/features.js';

const PLACE_PREPOSITIONS = new Set(['in', 'from', 'near', 'outside', 'across', 'throughout', 'toward', 'towards']);

export function relabelPlacesTakenForPeople({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const same = (a: number, b: number) => sameSegment(table, a, b);
  const owner = new Map<number, TokenRun>();
  for (const r of runs) for (let t = r.first; t < r.end; t++) owner.set(t, r);
  const isPlaceAt = (t: number) => owner.get(t)?.type === 'LOC';
  // words of a run, leaving out the marks the tagger sometimes takes in ("« Chad")
  const wordsOf = (r: TokenRun) => tokens.slice(r.first, r.end).filter((tok) => hasLetter(tok.text)).map((tok) => tok.norm);
  // names of people written in full or after a title: their words are people's
  const named = new Set<string>();
  for (const r of runs) {
    if (r.type !== 'PER') continue;
    if (wordsOf(r).length >= 2 || (r.first > 0 && isTitleWord(tokens[r.first - 1]!.norm))) for (const w of wordsOf(r)) named.add(w);
  }
  const placeEvidence = (t: number): boolean => {
    const before = same(t, t - 1) ? tokens[t - 1]!.norm : '';
    if (PLACE_PREPOSITIONS.has(before)) return true;
    if (before === 'of' && same(t, t - 2) && tokens[t - 2]!.norm === 'people') return true;
    // in a list between places: "Shanghai, X and Tallinn"
    const listBefore = (before === ',' || before === 'and') && isPlaceAt(t - 2);
    const after = same(t, t + 1) ? tokens[t + 1]!.norm : '';
    const listAfter = (after === ',' || after === 'and') && isPlaceAt(t + 2);
    return listBefore && listAfter;
  };
  const places = new Set<string>();
  for (const r of runs) {
    const words = wordsOf(r);
    if (r.type !== 'PER' || words.length !== 1) continue;
    const w = words[0]!;
    if (named.has(w) || places.has(w)) continue;
    if (tokens.some((tok, t) => tok.norm === w && ((isPlaceAt(t) && owner.get(t)!.end - owner.get(t)!.first === 1) || placeEvidence(t)))) places.add(w);
  }
  if (places.size === 0) return runs;
  return runs.map((r) => (r.type === 'PER' && wordsOf(r).length === 1 && places.has(wordsOf(r)[0]!) ? { ...r, type: 'LOC' } : r));
}
