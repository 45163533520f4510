// Wire datelines opening a paragraph: "GENEVA (Agency) —", "SÃO PAULO —", "LAGOS, Nigeria (Agency) —":
// words in capitals at the start of a line, then a comma, a bracket or a dash, with a dash before the
// story begins. The dateline's place replaces whatever the tagger made of those words.
import type { TokenTable } from '../tagger/features.js';
import type { RuleContext } from './rule.js';
import { RunList, type TokenRun } from '../runs.js';
import { DASHES } from '../../lexicons/dashes.js';
import { MAX_PLACE_WORDS } from '../../lexicons/world-places.js';
import { isAllCapsAt } from '../tagger/token-facts.js';

export function addDatelinePlaces({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const result = new RunList(runs);
  for (const place of datelinePlaces(table)) {
    result.replace(result.overlapping(place), place);
    // the news agency in brackets before the dash ("KINGSTON, Jamaica (Wire) —") is no place or person
    const agency = bracketsBeforeDash(table, place.end);
    if (agency) result.replace(result.overlapping(agency), agency);
  }
  return result.runs();
}

/** The words in brackets between a dateline's place and its dash, as an organisation, or null. */
function bracketsBeforeDash(table: TokenTable, from: number): TokenRun | null {
  const { tokens } = table;
  const same = (k: number) => k < tokens.length && table.segments[k] === table.segments[from];
  for (let k = from; same(k) && k < from + 8 && !DASHES.has(tokens[k]!.text); k++) {
    if (tokens[k]!.text !== '(') continue;
    let close = k + 1;
    while (same(close) && close < k + 6 && tokens[close]!.text !== ')') close++;
    return same(close) && tokens[close]!.text === ')' && close > k + 1 ? { type: 'ORG', first: k + 1, end: close } : null;
  }
  return null;
}

/** The places of the document's datelines, in text order. */
export function datelinePlaces(table: TokenTable): TokenRun[] {
  const { tokens } = table;
  const places: TokenRun[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && table.segments[i - 1] === table.segments[i]) continue;
    let end = i;
    while (end < tokens.length && end - i < MAX_PLACE_WORDS && table.segments[end] === table.segments[i] && isAllCapsAt(table, end) && tokens[end]!.text.length > 1) end++;
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
