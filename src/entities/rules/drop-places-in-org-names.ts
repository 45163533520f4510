// Places inside the name of a body: "Mekong Delta Hydrology Institute", "Aqaba Reef Trust", "U.S.
// District Court". A stretch of capitalised words that ends in an organisation word is one organisation's
// name, and the place words in it are no place mention (CoNLL-2003 and the project's gold agree).
import type { RuleContext } from './rule.js';
import { heldByLonger, RunList, type TokenRun } from '../runs.js';
import { capitalisedStretches } from '../capitalised-stretches.js';
import { ORGANISATION_ENDINGS, isOrganisationEnding } from '../../lexicons/organisation-endings.js';
import { classesAt } from '../tagger/token-facts.js';

export function dropPlacesInOrgNames({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const result = new RunList(runs);
  for (const [start, end] of capitalisedStretches(table)) {
    // most stretches end in no organisation word: asked first, before the qualifiers' look-ups
    const last = tokens[end - 1]!.norm;
    if (!isOrganisationEnding(last)) continue;
    let first = start;
    // a nationality before the name qualifies it ("Jewish West Bank settlements")
    const isQualifier = (t: number) => classesAt(table, t).includes('Demonym') || result.overlapping({ first: t, end: t + 1 }).some((r) => r.type === 'MISC' && r.first === t && r.end === t + 1);
    while (first < end && isQualifier(first)) first++;
    if (end - first < 2 || table.capsLine[first]) continue;
    const name: TokenRun = { type: 'ORG', first, end };
    const overlapping = result.overlapping(name);
    if (!overlapping.some((r) => r.type === 'LOC') || heldByLonger(overlapping, name)) continue;
    // where the tagger took the whole name for a place, the broad list of organisation words would
    // overrule places named so ("West Bank", "Soviet Union", a hospital or arena): only the narrow one does
    const wholePlace = overlapping.length === 1 && overlapping[0]!.type === 'LOC' && overlapping[0]!.first === first && overlapping[0]!.end === end;
    if (wholePlace && !ORGANISATION_ENDINGS.has(last)) continue;
    // a person named in it keeps the name ("the John Smith Trust"): only its place words go
    if (overlapping.some((r) => r.type === 'PER')) overlapping.filter((r) => r.type === 'LOC').forEach((r) => result.remove(r));
    else result.replace(overlapping, name);
  }
  return result.runs();
}
