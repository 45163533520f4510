// Names the words around them call places of a kind: a list closed by a plural place noun ("the Derwent
// and Cocker rivers", "Gyeonggi, South Chungcheong and North Gyeongsang provinces", "Senaki, Khobi and other
// towns"), a seat in parliament ("MP for Corby and East Northamptonshire", "whose Penrith and Solway
// constituency") and a numbered road ("the M6 was closed", "flooding on the A19"). The tagger, trained on
// 1996 Reuters, reads unfamiliar names of these kinds as people or firms; the kind noun says what they are.
import type { TokenTable } from '../tagger/features.js';
import type { RuleContext } from './rule.js';
import { heldByLonger, RunList, type TokenRun } from '../runs.js';
import { isNameCaseAt } from '../tagger/token-facts.js';
import { WordQuestion } from '../tagger/word-answers.js';
import { lexiconClasses } from '../../lexicons/gazetteer.js';
import { isGivenName } from '../../lexicons/first-names.js';

/** Plural nouns that name the kind of every name of the list before them. */
const PLACE_KINDS = new Set([
  'rivers', 'lakes', 'islands', 'mountains', 'valleys', 'towns', 'villages', 'cities', 'provinces', 'counties',
  'districts', 'regions', 'prefectures', 'boroughs', 'suburbs', 'municipalities', 'hamlets', 'states',
]);
/** Words before a constituency's name: "MP for X", "member of parliament for X", "constituency of X". */
const SEAT_CUES = ['mp for', 'mps for', 'msp for', 'mla for', 'td for', 'parliament for', 'constituency of', 'seat of'];
/** The last words of SEAT_CUES: only after one of them are the two words joined and looked for. */
const SEAT_CUE_ENDS = new Set(SEAT_CUES.map((cue) => cue.slice(cue.lastIndexOf(' ') + 1)));
const SEAT_NOUNS = new Set(['constituency', 'constituencies']);
/** Words of seats' names that are also given names ("West", "North"). */
const SEAT_WORDS = new Set(['north', 'south', 'east', 'west', 'central', 'mid', 'upper', 'lower', 'great', 'little']);
/** British and Irish road numbers: "A14", "M6", "N7", "A1(M)" reads as "A1". */
const ROAD_NUMBER = /^[AMN]\d{1,4}$/;
/** Words of a sentence about roads, one of which a road number needs beside it. */
const ROAD_WORDS = new Set([
  'motorway', 'motorways', 'road', 'roads', 'junction', 'junctions', 'carriageway', 'traffic', 'lane', 'lanes',
  'northbound', 'southbound', 'eastbound', 'westbound', 'lorry', 'lorries', 'motorists', 'drivers', 'coaches',
  'roadworks', 'bypass', 'closed', 'closure', 'crash', 'collision',
]);

/** A word of PLACE_KINDS, SEAT_NOUNS or SEAT_CUE_ENDS, read by the word's number: most words are none. */
const KIND_OR_CUE_WORD = new WordQuestion((norm) => PLACE_KINDS.has(norm) || SEAT_NOUNS.has(norm) || SEAT_CUE_ENDS.has(norm));

export function addNamedKinds({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const result = new RunList(runs);
  // `within`: the stretch a longer run may fill and still give way (the whole list, or the name itself)
  const mark = (first: number, end: number, within: { first: number; end: number } | null) => {
    const place: TokenRun = { type: 'LOC', first, end };
    const overlapping = result.overlapping(place);
    if (within && heldByLonger(overlapping, within)) return;
    if (overlapping.some((r) => r.type === 'LOC' && r.first === first && r.end === end)) return;
    result.replace(overlapping, place);
  };
  const { tokens } = table;
  for (let t = 1; t < tokens.length; t++) {
    if (KIND_OR_CUE_WORD.at(table, t)) kindOrSeat(t);
    if (tokens[t - 1]!.norm === 'the' && ROAD_NUMBER.test(tokens[t]!.text) && isRoadSentence(table, t)) mark(t, t + 1, null);
  }
  return result.runs();

  function kindOrSeat(t: number): void {
    const norm = tokens[t]!.norm;
    if (tokens[t]!.text === norm && PLACE_KINDS.has(norm)) {
      const list = listBefore(table, norm === 'towns' || norm === 'villages' || norm === 'cities' ? skipOther(table, t) : t);
      if (list.length >= 2 && !list.every(([f, e]) => isMisc(runs, f, e))) {
        const whole = { first: list[0]![0], end: list.at(-1)![1] };
        for (const [f, e] of list) if (!isDemonym(table, runs, f, e)) mark(f, e, whole);
      }
    }
    if (tokens[t]!.text === norm && SEAT_NOUNS.has(norm)) {
      const list = listBefore(table, t);
      if (list.length > 0) mark(list[0]![0], list.at(-1)![1], null);
    }
    if (SEAT_CUE_ENDS.has(norm) && SEAT_CUES.includes(`${tokens[t - 1]!.norm} ${norm}`) && t + 1 < tokens.length) {
      const end = seatEnd(table, t + 1);
      if (end > t + 1) mark(t + 1, end, null);
      // the member's name written straight after the seat ("MP for Leeds Central Hilary Benn")
      let name = end;
      while (name < tokens.length && same(table, name, end) && isNameWord(table, name)) name++;
      if (end > t + 1 && name - end >= 2) {
        const person: TokenRun = { type: 'PER', first: end, end: name };
        result.replace(result.overlapping(person), person);
      }
    }
  }
}

const same = (table: TokenTable, a: number, b: number): boolean => a >= 0 && b < table.tokens.length && table.segments[a] === table.segments[b];
const isNameWord = (table: TokenTable, t: number): boolean => isNameCaseAt(table, t) && !table.initial[t];

/** "…, Khobi and other towns": the token before "and other", or t itself. */
function skipOther(table: TokenTable, t: number): number {
  const { tokens } = table;
  return tokens[t - 1]?.norm === 'other' && tokens[t - 2]?.norm === 'and' && same(table, t - 2, t) ? t - 2 : t;
}

/** The names [first, end) of the list of capitalised names ending right before token `stop`, in text order. */
function listBefore(table: TokenTable, stop: number): Array<[number, number]> {
  const { tokens } = table;
  const names: Array<[number, number]> = [];
  let t = stop;
  for (;;) {
    let first = t;
    while (first - 1 >= 0 && same(table, first - 1, stop) && isNameWord(table, first - 1)) first--;
    if (first === t) break;
    names.unshift([first, t]);
    let k = first - 1;
    if (k < 1 || !same(table, k - 1, stop)) break;
    const w = tokens[k]!.norm;
    if (w === 'and' || w === 'or') {
      if (tokens[k - 1]!.text === ',') k--;
    } else if (w !== ',') break;
    t = k;
  }
  return names;
}

/** Where a constituency's name from `first` ends: capitalised words and one "and" between them, cut
 * before a person's name that follows it without a comma ("MP for Leeds Central Rachel Reeves"): a given
 * name before another capitalised word. */
function seatEnd(table: TokenTable, first: number): number {
  const { tokens } = table;
  let end = first;
  let joined = false;
  while (end < tokens.length && same(table, end, first)) {
    if (isNameWord(table, end)) {
      const norm = tokens[end]!.norm;
      if (end > first && isGivenName(norm) && !SEAT_WORDS.has(norm) && same(table, end + 1, first) && isNameWord(table, end + 1)) break;
      end++;
    } else if (tokens[end]!.norm === 'and' && !joined && end > first && end + 1 < tokens.length && isNameWord(table, end + 1) && same(table, end + 1, first)) {
      joined = true;
      end++;
    } else break;
  }
  return end;
}

/** An adjective of a people or a compass point ("Serb and Croat villages", "Northern and Northeastern
 * states"), which the tagger takes for MISC. */
function isDemonym(table: TokenTable, runs: readonly TokenRun[], first: number, end: number): boolean {
  const word = table.tokens[first]!.norm;
  return end - first === 1 && (lexiconClasses(word).includes('Demonym') || /^(north|south|east|west|central).*(ern|al)$/.test(word));
}

/** A name the tagger took for a word of a kind (MISC): a list of them only is a list of adjectives. */
function isMisc(runs: readonly TokenRun[], first: number, end: number): boolean {
  return runs.some((r) => r.type === 'MISC' && r.first <= first && r.end >= end);
}

/** A sentence about roads: a road word in the road number's sentence. */
function isRoadSentence(table: TokenTable, t: number): boolean {
  const { tokens } = table;
  const sentence = tokens[t]!.sentence;
  for (let i = t - 1; i >= 0 && tokens[i]!.sentence === sentence; i--) if (ROAD_WORDS.has(tokens[i]!.norm)) return true;
  for (let i = t + 1; i < tokens.length && tokens[i]!.sentence === sentence; i++) if (ROAD_WORDS.has(tokens[i]!.norm)) return true;
  return false;
}
