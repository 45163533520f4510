// Runs relabelled or dropped by what the document says elsewhere about the same words (recorded by
// record-document-names): a word of a name written in full is a person's wherever the tagger called it
// an organisation or an unknown place; "Georgia Smith" taken for a place is a person; a run that is a
// title alone, or a common word opening a line ("Well,"), is no name.
import { sameSegment, type TokenTable } from '../tagger/features.js';
import type { RuleContext } from './rule.js';
import type { TokenRun } from '../runs.js';
import { PLACE_CLASSES, hasLexiconClass, isOrgWord, isPlaceWord, lexiconClasses } from '../../lexicons/gazetteer.js';
import { firstNameGender, isGivenName } from '../../lexicons/first-names.js';
import { isWorldPlace } from '../../lexicons/world-places.js';
import { isTitleWord } from '../../lexicons/titles.js';
import { isAllCaps, isCapitalized } from '../../text/shape.js';
import { classesAt, hasLetterAt, isCapitalizedAt } from '../tagger/token-facts.js';

export function relabelByDocumentNames({ table, names }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const { isPersonWord } = names;
  // a place the lexicon knows ("Jordan") stays a place; an unknown word ("Takemura") is more likely a surname
  const overridesPlace = (t: number) => isPersonWord(t) && classesAt(table, t).length === 0;
  // "MaliVai Washington" written in full, then "Washington" alone where a person stands ("said Washington",
  // "Washington, who", "Washington … his"): the person's, and then every mention of the word is, unless the
  // document also puts it where places stand ("in Washington")
  const surnames = fullNameSurnames(table, runs);
  const personStand = new Map<string, number>();
  const placeStand = new Set<string>();
  runs.forEach((r) => {
    const w = tokens[r.first]!.norm;
    if (r.end - r.first !== 1 || !surnames.has(w)) return;
    if (isAfterPreposition(table, r.first)) placeStand.add(w);
    else if (standsForPerson(table, runs, r.first)) personStand.set(w, (personStand.get(w) ?? 0) + 1);
  });
  const isSurnameOnly = (t: number) => {
    const w = tokens[t]!.norm;
    if (!surnames.has(w) || placeStand.has(w)) return false;
    return (personStand.get(w) ?? 0) >= 2 || standsForPerson(table, runs, t);
  };
  const result: TokenRun[] = [];
  for (const run of runs) {
    const single = run.end - run.first === 1;
    if ((run.type === 'ORG' || run.type === 'MISC') && single && isPersonWord(run.first)) result.push({ ...run, type: 'PER' });
    else if (run.type === 'ORG' && isGivenNameSurname(table, run)) result.push({ ...run, type: 'PER' });
    else if (run.type === 'LOC' && single && (overridesPlace(run.first) || isSurnameOnly(run.first))) result.push({ ...run, type: 'PER' });
    else if (run.type === 'LOC' && !single && looksLikePersonName(table, run, names.anyPersonWords)) result.push({ ...run, type: 'PER' });
    else if (run.type === 'PER' && isTitleOnly(table, run)) continue;
    else if ((run.type === 'PER' || run.type === 'LOC') && single && isCommonWordOpening(table, run.first)) continue;
    else result.push(run);
  }
  return result;
}

/** "Georgia Smith": two words taken for a place, the second a surname (known, or found elsewhere as a
 * person's name) and no place of its own. */
function looksLikePersonName(table: TokenTable, run: TokenRun, personWords: ReadonlySet<string>): boolean {
  const last = table.tokens[run.end - 1]!.norm;
  const surname = personWords.has(last) || hasLexiconClass(last, ['LastName']);
  return run.end - run.first === 2 && surname && !hasLexiconClass(last, PLACE_CLASSES) && !isPlaceWord(table.tokens[run.first]!.norm);
}

/** "Well," opening a line ("PENCE: Well, look…"): a common word, never capitalised elsewhere but where a
 * line, sentence or quotation opens. */
function isCommonWordOpening(table: TokenTable, t: number): boolean {
  const { tokens } = table;
  const opens = (i: number) => table.initial[i] || tokens[i - 1]?.text === ':';
  const classes = classesAt(table, t);
  if (!opens(t) || classes.length !== 1 || classes[0] !== 'Word') return false;
  return !tokens.some((tok, i) => tok.norm === tokens[t]!.norm && !opens(i) && isCapitalizedAt(table, i));
}

const isTitleOnly = (table: TokenTable, run: TokenRun): boolean => {
  for (let t = run.first; t < run.end; t++) if (!isTitleWord(table.tokens[t]!.norm) && hasLetterAt(table, t)) return false;
  return true;
};

/** "Eze", "O'Brien": capitalised, and not a word in capitals ("LA PRESSE"). */
const isNameCased = (w: string): boolean => isCapitalized(w) && !isAllCaps(w);

const ARTICLES = new Set(['the', 'a', 'an']);

/** Classes that make a word something other than part of a person's name. */
const NOT_PERSON = [...PLACE_CLASSES, 'Organization', 'SportsTeam', 'Demonym', 'Month', 'WeekDay'];

/** "Ngozi Eze" taken for an organisation: two capitalised words, a given name of known gender and a word
 * that no list knows as anything but a surname. */
function isGivenNameSurname(table: TokenTable, run: TokenRun): boolean {
  if (run.end - run.first !== 2) return false;
  const [given, surname] = [table.tokens[run.first]!, table.tokens[run.first + 1]!];
  if (!isNameCased(given.text) || !isNameCased(surname.text) || !/^\p{L}{3,}$/u.test(given.text)) return false;
  // a given name that is also an everyday word or a title ("Major", "Roman", "West") proves nothing
  const givenClasses = lexiconClasses(given.norm);
  if (!firstNameGender(given.norm) || isTitleWord(given.norm) || givenClasses.some((c) => c === 'Word' || NOT_PERSON.includes(c))) return false;
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

/** Last words of people's names written in full, a given name first ("MaliVai Washington"). */
function fullNameSurnames(table: TokenTable, runs: TokenRun[]): Set<string> {
  const { tokens } = table;
  // the first word a given name, or at least no place's and no title ("MaliVai")
  const given = (w: string) => isGivenName(w) || (!isPlaceWord(w) && !isTitleWord(w) && lexiconClasses(w).every((c) => c === 'LastName'));
  const full = runs.filter((r) => r.type === 'PER' && r.end - r.first >= 2 && isNameCased(tokens[r.first]!.text) && given(tokens[r.first]!.norm));
  return new Set(full.map((r) => tokens[r.end - 1]!.norm).filter((w) => /^\p{L}{3,}$/u.test(w)));
}

/** Prepositions of place: "lost to X", "before X" stand before people too. */
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'near', 'into', 'across', 'outside', 'inside', 'throughout', 'via']);

const isAfterPreposition = (table: TokenTable, t: number): boolean => sameSegment(table, t, t - 1) && PLACE_PREPOSITIONS.has(table.tokens[t - 1]!.norm);

const SAID = new Set(['said', 'says', 'told']);
const PERSONAL_PRONOUNS = new Set(['he', 'his', 'him', 'she', 'her']);

/** The name at token t stands where a person does: next to "said", before ", who", or followed in its
 * sentence by "he"/"his"/"she"/"her" with no other person named between. */
function standsForPerson(table: TokenTable, runs: TokenRun[], t: number): boolean {
  const { tokens } = table;
  const at = (i: number) => (sameSegment(table, t, i) ? tokens[i]!.norm : '');
  if (SAID.has(at(t - 1)) || SAID.has(at(t + 1)) || (at(t + 1) === ',' && at(t + 2) === 'who')) return true;
  const nextPerson = runs.find((r) => r.type === 'PER' && r.first > t)?.first ?? tokens.length;
  for (let i = t + 1; i < nextPerson && tokens[i]!.sentence === tokens[t]!.sentence; i++) if (PERSONAL_PRONOUNS.has(tokens[i]!.norm)) return true;
  return false;
}
