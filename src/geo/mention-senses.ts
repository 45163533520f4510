// One name, two places in one story: "Georgia" the country in a Tbilisi story and, in one sentence of it,
// the US state ("the US state of Georgia", "Georgia and South Carolina", "in Atlanta, where Georgia…").
// A mention of a name that the name alone cannot settle takes the sense its own words or sentence point to;
// the mentions of each other sense become a place of their own, so that each place has one link.
import type { Document, Place, TextSpan } from '../document.js';
import type { MapEntry } from './gazetteer.js';

/** Whether `e` lies in `sense` (a town in a region, anything in a country) or `sense` lies in `e`. */
function within(e: MapEntry, sense: MapEntry): boolean {
  if (e === sense) return false;
  if (sense.kind === 'country') return e.kind !== 'country' && e.country === sense.country;
  if (sense.kind === 'region') return e.kind === 'city' && `${e.country}-${e.region}` === sense.region;
  return e.kind === 'region' && e.region === `${sense.country}-${sense.region}`;
}

/** "the US state of Georgia", "the state of Victoria": a region, whatever else bears the name. */
const STATE_OF = /\b(?:state|province|region|county) of $/i;
/** "the other Georgia": the sense the previous mention did not have. */
const THE_OTHER = /\bthe other $/i;
/** Words between two places of one list: "Georgia and South Carolina", "Savannah, Georgia". */
const LIST_GAP = /^(?:,\s*|\s+(?:and|or)\s+|,\s*(?:and|or)\s+)$/;

interface Settled {
  place: Place;
  entry: MapEntry;
  mention: TextSpan;
}

/**
 * The sense the mention's own words give: "state of" before it, "the other" before it, a town it qualifies
 * ("Atlanta, Georgia"), or a place of the same kind listed beside it in one sense's country ("Georgia and
 * South Carolina").
 */
function wordsSense(doc: Document, m: TextSpan, senses: readonly MapEntry[], previous: MapEntry | undefined, settled: readonly Settled[]): MapEntry | undefined {
  const before = doc.text.slice(Math.max(0, m.start - 30), m.start);
  if (STATE_OF.test(before)) {
    const regions = senses.filter((s) => s.kind === 'region');
    if (regions.length === 1) return regions[0];
  }
  if (THE_OTHER.test(before) && previous && senses.length === 2) return senses.find((s) => s !== previous);
  // "Atlanta, Georgia": the sense the town before the comma lies in
  const qualified = settled.find((o) => /^, ?$/.test(doc.text.slice(o.mention.end, m.start)));
  const around = qualified ? senses.filter((s) => within(qualified.entry, s)) : [];
  if (around.length === 1) return around[0];
  const beside = settled.filter((o) => LIST_GAP.test(doc.text.slice(Math.min(m.end, o.mention.end), Math.max(m.start, o.mention.start))));
  const listed = senses.filter((s) => beside.some((o) => o.entry.kind === s.kind && o.entry.country === s.country && o.entry !== s));
  return listed.length === 1 ? listed[0] : undefined;
}

/** The one sense that the sentence's other places lie in (or that lies in them), if only one. */
function sentenceSense(doc: Document, m: TextSpan, senses: readonly MapEntry[], settled: readonly Settled[]): MapEntry | undefined {
  const sentence = doc.sentences.find((s) => s.start <= m.start && m.end <= s.end);
  if (!sentence) return undefined;
  const near = settled.filter((o) => o.mention.start >= sentence.start && o.mention.end <= sentence.end);
  const supported = senses.filter((s) => near.some((o) => within(o.entry, s)));
  return supported.length === 1 ? supported[0] : undefined;
}

/**
 * Splits each place whose name several places bear (`senses`: its map entries, when the name alone left
 * them open) by the sense of each mention; mentions with no sense of their own keep the place's link
 * (`linked`, updated). Returns the new places, not yet in `doc.places`.
 */
export function splitSenses(doc: Document, open: ReadonlyMap<Place, readonly MapEntry[]>, linked: Map<Place, MapEntry>): Place[] {
  const settled: Settled[] = [];
  for (const [place, entry] of linked) for (const mention of place.mentions) settled.push({ place, entry, mention });
  const added: Place[] = [];
  for (const [place, senses] of open) {
    if (new Set(senses.map((s) => s.country)).size < 2) continue;
    const fallback = linked.get(place);
    const others = settled.filter((o) => o.place !== place);
    const evidenced: Array<MapEntry | undefined> = [];
    let previous = fallback;
    for (const m of place.mentions) {
      const sense = wordsSense(doc, m, senses, previous, others) ?? sentenceSense(doc, m, senses, others);
      evidenced.push(sense);
      previous = sense ?? fallback;
    }
    // one sense in evidence is the sense of every mention ("in coastal Georgia, including in Brunswick":
    // the Brunswick there, wherever else the story names it); several split the place
    const distinct = new Set(evidenced.filter((s) => s !== undefined));
    const rest = distinct.size === 1 ? [...distinct][0] : fallback;
    const bySense = new Map<MapEntry | undefined, TextSpan[]>();
    place.mentions.forEach((m, i) => {
      const sense = evidenced[i] ?? rest;
      bySense.set(sense, [...(bySense.get(sense) ?? []), m]);
    });
    if (bySense.size === 1) {
      const [sense] = bySense.keys();
      if (sense) linked.set(place, sense);
      continue;
    }
    // the place keeps the mentions of its own sense (or, if none has it, the first mention's)
    const keep = bySense.has(fallback) ? fallback : [...bySense.keys()][0];
    for (const [sense, mentions] of bySense) {
      if (sense === keep) {
        place.mentions = mentions;
        if (sense) linked.set(place, sense);
        else linked.delete(place);
      } else {
        const other: Place = { id: place.id, name: place.name, mentions };
        if (sense) linked.set(other, sense);
        added.push(other);
      }
    }
  }
  return added;
}
