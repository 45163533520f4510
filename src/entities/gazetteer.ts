// Name and place look-ups in compromise's lexicon, used as data only (compromise's tagger never runs
// here). Each lower-case word or phrase maps to the few lexicon classes that matter for telling people
// and places apart from everything else.
import nlp from 'compromise';
import { WORLD_REGIONS } from '../lexicons/world-regions.js';

const NAME_CLASSES = new Set([
  'MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'City', 'Country', 'Region', 'Place',
  'Demonym', 'Honorific', 'Organization', 'SportsTeam', 'Actor', 'Month', 'WeekDay',
]);

type LexiconValue = string | string[];
const model = nlp.model() as unknown as {
  one: { lexicon: Record<string, LexiconValue> };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
};
const lexicon = model.one.lexicon;

/** Longest phrase, in words, that `phraseClasses` is asked about. */
export const MAX_PHRASE_WORDS = 4;

const WORD: readonly string[] = Object.freeze(['Word']);

/** Built once at load: lexicon key -> its name classes, or ["Word"] for any other entry. */
const CLASSES: ReadonlyMap<string, readonly string[]> = new Map([
  ...Object.entries(lexicon).map(([key, value]): [string, readonly string[]] => {
    const classes = (Array.isArray(value) ? value : [value]).filter((t) => NAME_CLASSES.has(t));
    return [key, classes.length ? Object.freeze(classes) : WORD];
  }),
  ...[...WORLD_REGIONS].map((key): [string, readonly string[]] => [key, Object.freeze(['Region'])]),
]);
const NONE: readonly string[] = Object.freeze([]);

/** First words of the multi-word entries: a phrase look-up starts only at one of these. */
const PHRASE_STARTS: ReadonlySet<string> = new Set([...CLASSES.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));
export const mayStartPhrase = (word: string): boolean => PHRASE_STARTS.has(word);

/** Lexicon classes of a lower-case word or phrase: name classes as they are, any other entry as "Word". */
export const lexiconClasses = (key: string): readonly string[] => CLASSES.get(key) ?? NONE;

/** Words that end organisation names ("bank", "agency") and place names ("river", "bay"). */
export const isOrgWord = (w: string): boolean => Object.prototype.hasOwnProperty.call(model.two.orgWords, w);
export const isPlaceWord = (w: string): boolean => Object.prototype.hasOwnProperty.call(model.two.placeWords, w);

export function isMaleName(w: string): boolean {
  const c = lexiconClasses(w);
  return c.includes('MaleName') && !c.includes('FemaleName');
}

export function isFemaleName(w: string): boolean {
  const c = lexiconClasses(w);
  return c.includes('FemaleName') && !c.includes('MaleName');
}
