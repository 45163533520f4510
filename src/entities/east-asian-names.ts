// Surname-first names: a known East Asian surname before a given name that no Western list knows
// ("Park Seo-yeon", "Huang Zhiqiang", "Phan Minh Duc"), as opposed to "Lee Anderson" or "Kim Clijsters".
import { EAST_ASIAN_SURNAMES } from '../lexicons/east-asian-surnames.js';
import { lexiconClasses } from './gazetteer.js';
import { nameWords } from './names.js';

export const isEastAsianSurname = (norm: string): boolean => EAST_ASIAN_SURNAMES.has(norm);

/** The given-name part of a surname-first name: one to two words, each hyphenated syllables or a word
 * that no list knows as an English word or a Western name. */
export function isSurnameFirstName(name: string): boolean {
  const words = nameWords(name);
  if (words.length < 2 || words.length > 4 || !isEastAsianSurname(words[0]!)) return false;
  return words.slice(1).every((w) => w.includes('-') || isEastAsianSurname(w) || lexiconClasses(w).length === 0);
}
