// Stretches of capitalised words within one segment ("Tin Can Island", "Mekong Delta Hydrology
// Institute"): what the rules that read a whole name at once, rather than the tagger's pieces of it, start from.
import type { TokenTable } from './tagger/features.js';
import { isNameCaseAt } from './tagger/token-facts.js';

/** Each longest run [first, end) of capitalised words in one segment, in text order. */
export function capitalisedStretches(table: TokenTable): Array<[first: number, end: number]> {
  const { tokens, segments } = table;
  const isNameWord = (t: number) => isNameCaseAt(table, t);
  const stretches: Array<[number, number]> = [];
  for (let first = 0; first < tokens.length; first++) {
    if (!isNameWord(first) || (first > 0 && isNameWord(first - 1) && segments[first - 1] === segments[first])) continue;
    let end = first + 1;
    while (isNameWord(end) && segments[end] === segments[first]) end++;
    stretches.push([first, end]);
  }
  return stretches;
}
