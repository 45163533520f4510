// Name and place look-ups in compromise's lexicon, used as data only: the table that
// scripts/build-compromise-lexicon.ts extracts from compromise, so that compromise itself (and its tagger)
// is never loaded here. Each lower-case word or phrase maps to the few lexicon classes that matter for
// telling people and places apart from everything else.
import LEXICON from './compromise-lexicon.json' with { type: 'json' };
import { WORLD_REGIONS } from './world-regions.js';

const lines = (s: string): string[] => (s === '' ? [] : s.split('\n'));

/** Longest phrase, in words, that `phraseClasses` is asked about. */
export const MAX_PHRASE_WORDS = 4;

const WORD: readonly string[] = Object.freeze(['Word']);

/** Built once at load: lexicon key -> its name classes, or ["Word"] for any other entry. Plain loops: the
 * entries as pairs, then spread, cost ~50 ms of start-up. */
const CLASSES: ReadonlyMap<string, readonly string[]> = (() => {
  const classesOf = new Map<string, readonly string[]>();
  for (const [joined, keys] of Object.entries(LEXICON.classes as Record<string, string>)) {
    const classes = joined === '' ? WORD : Object.freeze(joined.split('|'));
    for (const key of lines(keys)) classesOf.set(key, classes);
  }
  const region = Object.freeze(['Region']);
  for (const key of WORLD_REGIONS) classesOf.set(key, region);
  return classesOf;
})();
const NONE: readonly string[] = Object.freeze([]);

/** The first word, the first two words… of every multi-word entry, short of the whole entry: a phrase
 * look-up goes on word by word only while what it has read is one of these. And every word after the
 * first of a multi-word entry ("york" of "new york"): the next word must be one of these. */
const [PHRASE_PREFIXES, PHRASE_WORDS]: ReadonlySet<string>[] = (() => {
  const prefixes = new Set<string>();
  const words = new Set<string>();
  for (const key of CLASSES.keys()) {
    for (let at = key.indexOf(' '); at >= 0; ) {
      prefixes.add(key.slice(0, at));
      const next = key.indexOf(' ', at + 1);
      words.add(key.slice(at + 1, next < 0 ? key.length : next));
      at = next;
    }
  }
  return [prefixes, words];
})();
/** `words` ("new", "new south") begins some longer multi-word entry of the lexicon. */
export const mayStartPhrase = (words: string): boolean => PHRASE_PREFIXES!.has(words);
/** The lower-case form `word` may stand after the first word of a multi-word entry ("york"; any form that
 * holds a space, to be safe): where the next word may not, no longer phrase is worth a look-up. */
export const mayContinuePhrase = (word: string): boolean => PHRASE_WORDS!.has(word) || word.includes(' ');

/** The lexicon classes that name a place. */
export const PLACE_CLASSES: readonly string[] = Object.freeze(['Country', 'City', 'Region', 'Place']);

/** Lexicon classes of a lower-case word or phrase: name classes as they are, any other entry as "Word". */
export const lexiconClasses = (key: string): readonly string[] => CLASSES.get(key) ?? NONE;

/** The word or phrase has one of `classes` in the lexicon. */
export const hasLexiconClass = (key: string, classes: readonly string[]): boolean => lexiconClasses(key).some((c) => classes.includes(c));

/** Words that end organisation names ("bank", "agency") and place names ("river", "bay"). */
const ORG_WORDS: ReadonlySet<string> = new Set(lines(LEXICON.orgWords));
const PLACE_WORDS: ReadonlySet<string> = new Set(lines(LEXICON.placeWords));
export const isOrgWord = (w: string): boolean => ORG_WORDS.has(w);
export const isPlaceWord = (w: string): boolean => PLACE_WORDS.has(w);

export function isMaleName(w: string): boolean {
  const c = lexiconClasses(w);
  return c.includes('MaleName') && !c.includes('FemaleName');
}

export function isFemaleName(w: string): boolean {
  const c = lexiconClasses(w);
  return c.includes('FemaleName') && !c.includes('MaleName');
}
