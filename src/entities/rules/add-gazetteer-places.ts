// Places the tagger misses outside its 1996 Reuters world: towns and cities of the world gazetteer
// ("Leeds", "Porto Alegre", "Ho Chi Minh City"), where the words around say "place".
import type { TokenTable } from '../tagger/features.js';
import type { RuleContext } from './rule.js';
import { DASHES } from '../../lexicons/dashes.js';
import { heldByLonger, RunList, type TokenRun } from '../runs.js';
import { isCapitalized } from '../../text/shape.js';
import { classesAt, isAllCapsAt, isCapitalizedAt } from '../tagger/token-facts.js';
import { isTitleWord } from '../../lexicons/titles.js';
import { MAX_PLACE_WORDS, isWorldPlace, mayStartWorldPlace } from '../../lexicons/world-places.js';
import { WordQuestion } from '../tagger/word-answers.js';

/** isWorldPlace, mayStartWorldPlace and isTitleWord of one word, read by the word's number. */
const WORLD_PLACE_WORD = new WordQuestion(isWorldPlace);
const STARTS_WORLD_PLACE_WORD = new WordQuestion(mayStartWorldPlace);
const TITLE_WORD = new WordQuestion(isTitleWord);

export function addGazetteerPlaces({ table, names }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { isPersonWord } = names;
  const result = new RunList(runs);
  const { tokens } = table;
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(table, i)) continue;
    // longest phrase of capitalised words that the gazetteer knows
    let best = 0;
    let key = tokens[i]!.norm;
    if (WORLD_PLACE_WORD.at(table, i)) best = 1;
    for (let n = 2; n <= MAX_PLACE_WORDS && i + n <= tokens.length && table.segments[i + n - 1] === table.segments[i]; n++) {
      if (!isNameWord(table, i + n - 1) || !(n === 2 ? STARTS_WORLD_PLACE_WORD.at(table, i) : mayStartWorldPlace(key))) break;
      key += ' ' + tokens[i + n - 1]!.norm;
      if (isWorldPlace(key)) best = n;
    }
    if (best === 0) continue;
    const place: TokenRun = { type: 'LOC', first: i, end: i + best };
    const overlapping = result.overlapping(place);
    if (overlapping.length === 1 && overlapping[0]!.type === 'LOC' && overlapping[0]!.first === i && overlapping[0]!.end === place.end) continue;
    // never a piece of a longer name that holds it ("Maccabi Tel Aviv", "Porto Alegre Football Club")
    if (heldByLonger(overlapping, place)) continue;
    if (isNamedBeside(result, i - 1) || isNamedBeside(result, place.end)) continue;
    // what the tagger called the same words is overruled only where the words around say "place"
    const context = isPlaceContext(table, i, place.end);
    if (overlapping.length > 0 && !context) continue;
    if (best >= 2) {
      // a known multi-word place wins over the pieces the tagger made of it ("Ho" + "Chi Minh City")
      if (overlapping.length === 1 && overlapping[0]!.type !== 'LOC' && !context) continue;
    } else {
      // one word: one the tagger left out (a town's name often stands for its team or firm: "Chelsea
      // defender"), in mixed case, in a place's context, and no surname found elsewhere in the document
      if (overlapping.length > 0 || isAllCapsAt(table, i) || isPersonWord(i) || isFollowedByName(table, i) || !context) continue;
    }
    result.replace(overlapping, place);
    i += best - 1;
  }
  return result.runs();
}

/** A name of another kind stands at token t ("Maccabi" before "Tel Aviv"). */
const isNamedBeside = (runs: RunList, t: number): boolean => {
  const last = runs.overlapping({ first: t, end: t + 1 }).at(-1); // the run listed last over t decides
  return last !== undefined && last.type !== 'LOC';
};

/** A capitalised word that may be part of a place name: not a title, not a common word opening a line. */
function isNameWord(table: TokenTable, t: number): boolean {
  if (!isCapitalizedAt(table, t) || TITLE_WORD.at(table, t)) return false;
  return !(table.initial[t] && classesAt(table, t).includes('Word'));
}

/** "Lima scored": a capitalised word right after it would make the pair a name ("Victoria Nguyen"). */
const isFollowedByName = (table: TokenTable, t: number): boolean => {
  const next = table.tokens[t + 1];
  return !!next && table.segments[t + 1] === table.segments[t] && isCapitalized(next.text) && /\p{L}/u.test(next.text);
};

/** Words after which a lone capitalised word is a place rather than a person: "in Leeds", "from Bradford",
 * "Seoul-based", "Leeds hospital" (a lower-case noun after it). A bare word opening a sentence is not. */
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'to', 'near', 'at', 'outside', 'across', 'around', 'via', 'toward', 'towards', 'visit', 'visited', 'of', 'and']);
function isPlaceContext(table: TokenTable, t: number, end: number): boolean {
  const { tokens } = table;
  const same = (i: number) => i >= 0 && i < tokens.length && table.segments[i] === table.segments[t];
  if (same(end + 1) && DASHES.has(tokens[end]!.text) && tokens[end + 1]!.norm === 'based' && tokens[end - 1]!.end === tokens[end]!.start) return true;
  if (same(t - 1) && PLACE_PREPOSITIONS.has(tokens[t - 1]!.norm)) return true;
  // "Leeds hospital", but not a sentence's first word ("Union officials said")
  return !table.initial[t] && same(end) && tokens[end]!.pos === 'NOUN' && !isCapitalizedAt(table, end);
}

