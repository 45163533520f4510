// Countries written as capital letters without full stops ("the US and Europe", "in the UK"): the tagger
// learnt "U.S." from 1996 Reuters and reads "US" as the pronoun. In a line of mixed case these capitals
// are the country, also where the tagger took them alone for an organisation; a line all in capitals
// ("TELL US WHY") is left alone.
import type { RuleContext } from './rule.js';
import { RunList, type TokenRun } from '../runs.js';
import { sameSegment } from '../tagger/features.js';

const COUNTRY_ABBREVIATIONS: ReadonlySet<string> = new Set(['US', 'USA', 'UK', 'UAE', 'DRC']);

export function addCountryAbbreviations({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const list = new RunList(runs);
  tokens.forEach((tok, t) => {
    if (!COUNTRY_ABBREVIATIONS.has(tok.text) || table.capsLine[t]) return;
    // a word of a longer name ("US Army", "Reform UK") is that name's
    const capitalised = (i: number) => sameSegment(table, t, i) && /^\p{Lu}/u.test(tokens[i]!.text);
    if (capitalised(t + 1) || (capitalised(t - 1) && !table.initial[t - 1] && tokens[t - 1]!.norm !== 'the')) return;
    const place: TokenRun = { type: 'LOC', first: t, end: t + 1 };
    const overlapping = list.overlapping(place);
    const alone = overlapping.length === 1 && overlapping[0]!.first === t && overlapping[0]!.end === t + 1 && overlapping[0]!.type !== 'PER';
    if (overlapping.length === 0 || alone) list.replace(overlapping, place);
  });
  return list.runs();
}
