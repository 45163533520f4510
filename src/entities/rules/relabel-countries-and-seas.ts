// Countries and seas the tagger takes for something else (a person, a firm, or a word of a kind like
// "Lao", for "Laos"). A country's name is a place also where it
// stands for its national team ("Great Britain win the relay", as CoNLL-2003 labels it), so a run that is
// a country's whole name is no person, and no organisation unless a club's post or a firm's part follows
// ("England striker"); a sea named alone after "the" ("the Adriatic", "the Mediterranean warms") is a
// place unless a common noun makes the word an adjective ("the Mediterranean diet").
import type { RuleContext } from './rule.js';
import type { TokenRun } from '../runs.js';
import { lexiconClasses } from '../../lexicons/gazetteer.js';
import { isGivenName } from '../../lexicons/first-names.js';
import { mapEntries } from '../../geo/gazetteer.js';
import { remembered } from '../../lexicons/memo.js';
import { CLUB_OR_FIRM_NOUNS_AFTER } from '../../lexicons/company-cues.js';
import { hasLetter, isCapitalized } from '../../text/shape.js';
import { hasLetterAt, isCapitalizedAt } from '../tagger/token-facts.js';
import { WordQuestion } from '../tagger/word-answers.js';

/** Seas and oceans named by one word after "the". */
const SEAS: ReadonlySet<string> = new Set([
  'adriatic', 'aegean', 'atlantic', 'baltic', 'caribbean', 'mediterranean', 'pacific', 'caspian', 'ionian', 'tyrrhenian',
]);
/** Nouns after a sea's name that name a part of the sea itself ("the Adriatic coast"), not a thing it qualifies. */
const SEA_PARTS: ReadonlySet<string> = new Set(['coast', 'coasts', 'coastline', 'shore', 'shores', 'sea', 'waters', 'seabed', 'basin']);
const PERSON_CLASSES = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'];

/** A country's name, by its words joined with spaces (remembered across documents: countries are named often). */
const isCountryName = remembered((key: string): boolean => {
  // a single word that is also a person's name ("Jordan") is left to the tagger
  if (!key.includes(' ') && (isGivenName(key) || lexiconClasses(key).some((c) => PERSON_CLASSES.includes(c)))) return false;
  return lexiconClasses(key).includes('Country') || mapEntries(key).some((e) => e.kind === 'country');
}, 5_000);
/** A region's name of two words or more ("Scottish Borders"), taken for a word of a kind or a person (as a
 * firm's, it may be a team's: "New York 6 California 2"). */
const isRegionName = (words: string[]): boolean => words.length >= 2 && mapEntries(words.join(' ')).some((e) => e.kind === 'region');

/** isCountryName of one word, read by the word's number. */
const COUNTRY_WORD = new WordQuestion((norm) => isCountryName(withoutPossessive(norm)));
const withoutPossessive = (norm: string): string => norm.replace(/['’]s$/, '');

export function relabelCountriesAndSeas({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const at = (r: TokenRun, i: number) => (i >= 0 && i < tokens.length && table.segments[i] === table.segments[r.first] ? tokens[i]! : undefined);
  return runs.map((r) => {
    // a country's or a sea's name is four words at most ("Bosnia and Herzegovina")
    if (r.type === 'LOC' || r.end - r.first > 4) return r;
    const words: number[] = [];
    for (let t = r.first; t < r.end; t++) if (hasLetterAt(table, t)) words.push(t);
    if (words.length === 0 || !words.every((t) => isCapitalizedAt(table, t))) return r;
    const norms = words.map((t) => withoutPossessive(tokens[t]!.norm));
    const isCountry = (norms: string[]): boolean => (norms.length === 1 ? COUNTRY_WORD.at(table, words[0]!) : isCountryName(norms.join(' ')));
    let after = r.end;
    if (/^['’]s?$/.test(at(r, after)?.norm ?? '')) after++;
    const next = at(r, after);
    const nextLower = next && next.text === next.norm ? next.norm : '';
    if ((isCountry(norms) || (r.type !== 'ORG' && isRegionName(norms))) && !CLUB_OR_FIRM_NOUNS_AFTER.has(nextLower)) return { ...r, type: 'LOC' };
    if (norms.length === 1 && SEAS.has(norms[0]!) && at(r, r.first - 1)?.norm === 'the') {
      const adjective = next && next.pos === 'NOUN' && nextLower !== '' && !SEA_PARTS.has(nextLower);
      if (!adjective && !(next && isCapitalized(next.text) && hasLetter(next.text))) return { ...r, type: 'LOC' };
    }
    return r;
  });
}
