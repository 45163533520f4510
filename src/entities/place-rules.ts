// Places the tagger misses outside its 1996 Reuters world: towns and cities of the world gazetteer
// ("Leeds", "Porto Alegre", "Ho Chi Minh City"), the place of "Seoul-based", and wire datelines
// ("GENEVA (Agency) —", "SÃO PAULO —").
import type { TokenTable } from './features.js';
import { lexiconClasses } from './gazetteer.js';
import { heldByLonger, overlappingRuns, replaceRuns, type TokenRun } from './labels.js';
import { isAllCaps, isCapitalized } from './shape.js';
import { isTitleToken } from './titles.js';
import { MAX_PLACE_WORDS, isKnownPlace, isWorldPlace } from './world-places.js';

const DASHES = new Set(['—', '–', '--', '-']);

/** Adds gazetteer places and dateline places to `runs` (sorted afterwards by the caller). */
export function addRulePlaces(table: TokenTable, runs: TokenRun[], isPersonWord: (t: number) => boolean): TokenRun[] {
  let result = runs;
  const replace = (place: TokenRun) => {
    result = replaceRuns(result, overlappingRuns(result, place), place);
  };
  for (const place of datelinePlaces(table)) replace(place);
  result = splitBasedCompounds(table, result);
  const owner = new Int32Array(table.tokens.length).fill(-1);
  const refreshOwners = () => {
    owner.fill(-1);
    result.forEach((r, i) => { for (let t = r.first; t < r.end; t++) owner[t] = i; });
  };
  refreshOwners();
  const { tokens } = table;
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(table, i)) continue;
    // longest phrase of capitalised words that the gazetteer knows
    let best = 0;
    let key = tokens[i]!.norm;
    if (isWorldPlace(key)) best = 1;
    for (let n = 2; n <= MAX_PLACE_WORDS && i + n <= tokens.length && table.segments[i + n - 1] === table.segments[i]; n++) {
      if (!isNameWord(table, i + n - 1)) break;
      key += ' ' + tokens[i + n - 1]!.norm;
      if (isWorldPlace(key)) best = n;
    }
    if (best === 0) continue;
    const place: TokenRun = { type: 'LOC', first: i, end: i + best };
    const overlapping = overlappingRuns(result, place);
    if (overlapping.length === 1 && overlapping[0]!.type === 'LOC' && overlapping[0]!.first === i && overlapping[0]!.end === place.end) continue;
    // never a piece of a longer name that holds it ("Maccabi Tel Aviv", "Porto Alegre Football Club")
    if (heldByLonger(overlapping, place)) continue;
    if (isNamedBeside(result, owner, i - 1) || isNamedBeside(result, owner, place.end)) continue;
    // what the tagger called the same words is overruled only where the words around say "place"
    const context = isPlaceContext(table, i, place.end);
    if (overlapping.length > 0 && !context) continue;
    if (best >= 2) {
      // a known multi-word place wins over the pieces the tagger made of it ("Ho" + "Chi Minh City")
      if (overlapping.length === 1 && overlapping[0]!.type !== 'LOC' && !context) continue;
    } else {
      // one word: one the tagger left out (a town's name often stands for its team or firm: "Chelsea
      // defender"), in mixed case, in a place's context, and no surname found elsewhere in the document
      if (overlapping.length > 0 || isAllCaps(tokens[i]!.text) || isPersonWord(i) || isFollowedByName(table, i) || !context) continue;
    }
    replace(place);
    refreshOwners();
    i += best - 1;
  }
  return result;
}

/** "Rotterdam-based Kestrel Logistics" taken as one name: the place before "-based" is a place of its
 * own, and what follows "based" keeps the tagger's type. */
function splitBasedCompounds(table: TokenTable, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const result: TokenRun[] = [];
  for (const run of runs) {
    let first = run.first;
    for (let t = run.first; t + 2 < run.end + 1 && t + 2 < tokens.length; t++) {
      if (tokens[t + 1]!.text !== '-' || tokens[t + 2]!.norm !== 'based' || tokens[t]!.end !== tokens[t + 1]!.start) continue;
      if (!isKnownPlace(tokens[t]!.norm)) continue;
      if (t > first) result.push({ ...run, first, end: t });
      result.push({ type: 'LOC', first: t, end: t + 1 });
      first = t + 3;
    }
    if (first === run.first) result.push(run);
    else if (first < run.end) result.push({ ...run, first });
  }
  return result;
}

/** A name of another kind stands at token t ("Maccabi" before "Tel Aviv"). */
const isNamedBeside = (runs: readonly TokenRun[], owner: Int32Array, t: number): boolean => {
  const i = t >= 0 && t < owner.length ? owner[t]! : -1;
  return i >= 0 && runs[i]!.type !== 'LOC';
};

/** A capitalised word that may be part of a place name: not a title, not a common word opening a line. */
function isNameWord(table: TokenTable, t: number): boolean {
  const tok = table.tokens[t]!;
  if (!isCapitalized(tok.text) || isTitleToken(tok)) return false;
  return !(table.initial[t] && lexiconClasses(tok.norm).includes('Word'));
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
  return !table.initial[t] && same(end) && tokens[end]!.pos === 'NOUN' && !isCapitalized(tokens[end]!.text);
}

/**
 * Wire datelines opening a paragraph: "GENEVA (Agency) —", "SÃO PAULO —", "LAGOS, Nigeria (Agency) —":
 * words in capitals at the start of a line, then a comma, a bracket or a dash, with a dash before the
 * story begins.
 */
function datelinePlaces(table: TokenTable): TokenRun[] {
  const { tokens } = table;
  const places: TokenRun[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && table.segments[i - 1] === table.segments[i]) continue;
    let end = i;
    while (end < tokens.length && end - i < MAX_PLACE_WORDS && table.segments[end] === table.segments[i] && isAllCaps(tokens[end]!.text) && tokens[end]!.text.length > 1) end++;
    if (end === i || end >= tokens.length || table.segments[end] !== table.segments[i]) continue;
    const after = tokens[end]!.text;
    if (after !== ',' && after !== '(' && !DASHES.has(after)) continue;
    let dash = false;
    for (let k = end; k < tokens.length && k < end + 12 && table.segments[k] === table.segments[i]; k++) if (DASHES.has(tokens[k]!.text) && tokens[k]!.text !== '-') dash = true;
    // the rest of the line must be running text, not another headline in capitals
    if (dash && !table.capsLine[end + 1] ) places.push({ type: 'LOC', first: i, end });
  }
  return places;
}
