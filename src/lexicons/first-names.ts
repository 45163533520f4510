// Given names and their gender: compromise's first-name list first, then the wider list of
// first-name-genders.json (many non-Anglo names: Ngozi, Katarzyna, Tomasz), then the few names of
// given-name-genders.ts that neither knows. A name given to both
// genders has no gender but is still a given name.
import type { Gender } from '../document.js';
import FIRST_NAMES from './first-name-genders.json' with { type: 'json' };
import { GIVEN_NAME_GENDERS } from './given-name-genders.js';
import { isFemaleName, isMaleName, lexiconClasses } from './gazetteer.js';
import { sortedListHas } from './sorted-list.js';
import { remembered } from './memo.js';

/** Gender of a lower-case given name, where a list tells it. */
export function firstNameGender(norm: string): Gender | undefined {
  if (isMaleName(norm)) return 'male';
  if (isFemaleName(norm)) return 'female';
  // compromise knows the word as something else (a surname, a place): the wider list may be wrong there
  if (lexiconClasses(norm).some((c) => c !== 'Word' && c !== 'FirstName')) return undefined;
  const female = sortedListHas(FIRST_NAMES.female, norm);
  const male = sortedListHas(FIRST_NAMES.male, norm);
  if (female !== male) return female ? 'female' : 'male';
  return GIVEN_NAME_GENDERS.get(norm);
}

/** A lower-case word that some list knows as a given name (remembered: rules ask it of every name's words). */
export const isGivenName: (norm: string) => boolean = remembered((norm) => {
  const classes = lexiconClasses(norm);
  if (classes.includes('FirstName') || classes.includes('MaleName') || classes.includes('FemaleName')) return true;
  return sortedListHas(FIRST_NAMES.female, norm) || sortedListHas(FIRST_NAMES.male, norm) || GIVEN_NAME_GENDERS.has(norm);
}, 20_000);
