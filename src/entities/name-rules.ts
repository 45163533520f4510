// Shapes of person names that the tagger, trained on 1996 Reuters, misses outside its world.
import type { TokenTable } from './features.js';
import { PLACE_CLASSES, isOrgWord, isPlaceWord, lexiconClasses } from './gazetteer.js';
import { firstNameGender, isGivenName } from './first-names.js';
import { isWorldPlace } from './world-places.js';
import type { TokenRun } from './labels.js';
import { isAllCaps, isCapitalized } from './shape.js';
import { isTitleToken } from './titles.js';

/** "Eze", "O'Brien": capitalised, and not a word in capitals ("LA PRESSE"). */
const isNameCased = (w: string): boolean => isCapitalized(w) && !isAllCaps(w);

const ARTICLES = new Set(['the', 'a', 'an']);

/** Classes that make a word something other than part of a person's name. */
const NOT_PERSON = [...PLACE_CLASSES, 'Organization', 'SportsTeam', 'Demonym', 'Month', 'WeekDay'];

/** "Ngozi Eze" taken for an organisation: two capitalised words, a given name of known gender and a word
 * that no list knows as anything but a surname. */
export function isGivenNameSurname(table: TokenTable, run: TokenRun): boolean {
  if (run.end - run.first !== 2) return false;
  const [given, surname] = [table.tokens[run.first]!, table.tokens[run.first + 1]!];
  if (!isNameCased(given.text) || !isNameCased(surname.text) || !/^\p{L}{3,}$/u.test(given.text)) return false;
  // a given name that is also an everyday word or a title ("Major", "Roman", "West") proves nothing
  const givenClasses = lexiconClasses(given.norm);
  if (!firstNameGender(given.norm) || isTitleToken(given) || givenClasses.some((c) => c === 'Word' || NOT_PERSON.includes(c))) return false;
  if (isOrgWord(surname.norm) || isPlaceWord(surname.norm) || isGivenName(surname.norm)) return false;
  // "Amica Wronki", "West Bromwich": a town's name stands in many team and company names
  if (isWorldPlace(surname.norm) || isWorldPlace(given.norm + ' ' + surname.norm)) return false;
  // "Bulls", "Rovers": a plural of an everyday word ends many team and company names
  if (surname.norm.endsWith('s') && lexiconClasses(surname.norm.slice(0, -1)).length > 0) return false;
  // "the Freedom Front": a person's name takes no article; "Gloria Bistrita 2", "Petra Drnovice (Czech)":
  // a team in a results table
  const inSegment = (t: number) => table.segments[t] === table.segments[run.first];
  const before = table.tokens[run.first - 1];
  if (before && inSegment(run.first - 1) && (ARTICLES.has(before.norm) || /^\d/.test(before.text))) return false;
  const after = table.tokens[run.end];
  if (after && inSegment(run.end) && /^[\d(]/.test(after.text)) return false;
  return lexiconClasses(surname.norm).every((c) => c === 'LastName');
}
