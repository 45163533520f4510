// Names ending in a geographic head noun or a street word, or opening with a foreign street word ("Corso
// Mazzini"): "Tin Can Island", "Sinan County", "St. Simons
// Island", "the Mithi River", "on Grand Parade". The tagger, trained on 1996 Reuters, often cuts such a name into pieces ("Tin" + "Can
// Island") or takes it for a firm; the head noun says what it is. Only a whole stretch of capitalised
// words counts, so "Mekong Delta Hydrology Institute" (ending in another word) stays an organisation.
import type { RuleContext } from './rule.js';
import { GEOGRAPHIC_HEADS } from '../../lexicons/geographic-heads.js';
import { STREET_WORDS } from '../../lexicons/street-words.js';
import { heldByLonger, RunList, type TokenRun } from '../runs.js';
import { hasLetter, isCapitalized } from '../../text/shape.js';
import { capitalisedStretches } from '../capitalised-stretches.js';

/** Street words that are also surnames ("Nathan Lane"). */
const SURNAME_STREET_WORDS = new Set(['lane', 'street', 'st', 'square', 'drive']);
/** Words that open a street's name in other languages: "Corso Mazzini", "Avenida Paulista", "Piazza Navona". */
const STREET_PREFIXES = new Set(['corso', 'viale', 'piazza', 'piazzale', 'avenida', 'rua', 'calle', 'ulica', 'prospekt']);
const PLACE_LEADS = new Set(['the', 'of', 'in', 'on', 'at', 'from', 'to', 'near', 'along', 'across', 'over', 'into', 'outside', 'around', 'off']);

export function addGeographicNames({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const result = new RunList(runs);
  for (const [first, end] of capitalisedStretches(table)) {
    if (first === 0) continue;
    const head = tokens[end - 1]!.norm.replace(/\.$/, '');
    const street = STREET_WORDS.has(head) || (STREET_PREFIXES.has(tokens[first]!.norm) && end - first <= 3);
    if (end - first < 2 || !(GEOGRAPHIC_HEADS.has(head) || street) || table.capsLine[first]) continue;
    // inside running text: after a lower-case word ("near the Mithi River", "of Sinan County"), never a
    // line of a results table ("Notts County 3 1 1 1") nor a sentence's first words
    const before = tokens[first - 1]!;
    if (table.segments[first - 1] !== table.segments[first] || !hasLetter(before.text) || isCapitalized(before.text)) continue;
    const place: TokenRun = { type: 'LOC', first, end };
    const overlapping = result.overlapping(place);
    if (heldByLonger(overlapping, place)) continue;
    // the tagger's person of the same words is a person named like a place ("Ricki Lake", "Nathan Lane");
    // a street word no one bears as a surname is the street's ("filled North Parade")
    if (!(street && !SURNAME_STREET_WORDS.has(head)) && overlapping.some((r) => r.type === 'PER' && r.first === first && r.end === end)) continue;
    // the tagger's organisation from the first word on may be a body named after a place ("who chairs
    // Healthwatch Aire Valley"); a preposition or article before it says the words name the place itself
    if (overlapping.some((r) => (r.type === 'ORG' || r.type === 'MISC') && r.first === first) && !PLACE_LEADS.has(before.norm)) continue;
    result.replace(overlapping, place);
  }
  return result.runs();
}
