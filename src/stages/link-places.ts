// Stage "link-places": each place entity gets the country, kind, coordinates and id of the one country,
// region or town it names — when the name and the document leave one choice. A name several places bear
// ("Georgia", "Kingston", "Victoria") is settled by the document: a qualifier right after it ("Paris,
// Texas", "KINGSTON, Jamaica") or the countries of the document's other places. Otherwise it stays
// unlinked: a wrong country is worse for a count by country than none.
import type { Document, Place } from '../document.js';
import { demonymCountry, mapEntries, smallerTowns, type MapEntry } from '../geo/gazetteer.js';
import { splitSenses } from '../geo/mention-senses.js';

/** A country's namesakes this many times as large as those elsewhere are the ones meant ("Paris" alone). */
const DOMINANT_SIZE = 15;

/** The size a region counts as against towns of other countries: about a large city's. */
const REGION_SIZE = 1_000_000;

/**
 * Prominence of a kind when entries agree on the country: a country, then a town before the region named
 * after it ("Leeds", "Beijing" and "Lagos" are cities to the reader, whatever their districts are called).
 */
const KIND_ORDER: Record<MapEntry['kind'], number> = { country: 0, city: 1, region: 2 };

/**
 * A town that the name alone points to, in a country the document names no other place of, is taken only
 * when it is large: "Mithi" in a story about Mumbai is a river there, not the town in Pakistan.
 */
const LARGE_TOWN = 100_000;


const sameCountry = (entries: readonly MapEntry[]): boolean => entries.every((e) => e.country === entries[0]!.country);

/** The most prominent entry: country, then the most populous town, then region. */
function mostProminent(entries: readonly MapEntry[]): MapEntry {
  return [...entries].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (b.population ?? 0) - (a.population ?? 0))[0]!;
}

const size = (e: MapEntry): number => (e.kind === 'city' ? e.population! : e.kind === 'region' ? REGION_SIZE : Infinity);

/**
 * What the name alone decides: one country for all entries; a country, unless a region elsewhere bears its
 * name ("Georgia"); else the country whose namesakes dwarf all others ("Paris" in France, not Texas).
 */
function byNameAlone(entries: readonly MapEntry[]): MapEntry | undefined {
  if (entries.length === 0) return undefined;
  if (sameCountry(entries)) return mostProminent(entries);
  const largest = new Map<string, number>();
  for (const e of entries) largest.set(e.country, Math.max(largest.get(e.country) ?? 0, size(e)));
  const [first, second] = [...largest].sort((a, b) => b[1] - a[1]);
  if (first![1] === Infinity && entries.some((e) => e.kind === 'region' && e.country !== first![0])) return undefined;
  if (first![1] < DOMINANT_SIZE * second![1]) return undefined;
  return mostProminent(entries.filter((e) => e.country === first![0]));
}

/** Entries that lie in `within` (a country, or a region: its towns and itself). */
function inside(entries: readonly MapEntry[], within: MapEntry): MapEntry[] {
  if (within.kind === 'country') return entries.filter((e) => e !== within && e.country === within.country);
  if (within.kind === 'region') return entries.filter((e) => e.kind === 'city' && `${e.country}-${e.region}` === within.region);
  return [];
}

/** What a place lies in, from the words around one of its mentions. */
interface Container {
  /** What the words or the name alone of the qualifier say it is. */
  within?: MapEntry;
  /** The qualifying place after a comma, whose link the document may settle later ("Commerce, Georgia"). */
  by?: Place;
  /** Said in so many words ("Vietnam's", "the Welsh town of"), not a place after a comma, which may be a list. */
  explicit: boolean;
}

/** "the small Welsh town of Llandovery", "the Georgian port of Poti". */
const DEMONYM_OF = /\b(\p{Lu}[\p{L}-]+) (?:town|city|village|port|region|province|state|county|island|district|capital|suburb|resort)s? of $/u;

/**
 * Per place, what it lies in: the place named right after a mention and a comma ("Paris, Texas"), a place
 * in the possessive right before it ("Vietnam's Mekong Delta"), or a people's adjective ("the Welsh town of").
 */
function containers(doc: Document, candidates: ReadonlyMap<Place, readonly MapEntry[]>): Map<Place, Container> {
  const startsAt = new Map<number, Place>();
  const endsAt = new Map<number, Place>();
  for (const place of doc.places) for (const m of place.mentions) (startsAt.set(m.start, place), endsAt.set(m.end, place));
  const nameAlone = (place: Place | undefined): MapEntry | undefined => place && byNameAlone(candidates.get(place)!);
  const found = new Map<Place, Container>();
  for (const place of doc.places) {
    for (const m of place.mentions) {
      if (found.has(place)) break;
      const next = /^, ?/.exec(doc.text.slice(m.end, m.end + 2));
      const after = next ? startsAt.get(m.end + next[0].length) : undefined;
      const before = /['’]s $/.test(doc.text.slice(m.start - 3, m.start)) ? endsAt.get(m.start - 3) : undefined;
      const demonym = DEMONYM_OF.exec(doc.text.slice(Math.max(0, m.start - 60), m.start))?.[1];
      const possessor = before !== place ? nameAlone(before) : undefined;
      const qualifier = after !== place ? nameAlone(after) : undefined;
      const people = demonym ? demonymCountry(demonym) : undefined;
      if (people ?? possessor) found.set(place, { within: (people ?? possessor)!, explicit: true });
      else if (after && after !== place) found.set(place, { ...(qualifier ? { within: qualifier } : {}), by: after, explicit: false });
    }
  }
  return found;
}

/**
 * A region named by points of the compass alone ("West", "North West": regions of Cameroon, South Africa,
 * Singapore…) is, in most stories, a part of the story's own country that the map does not list.
 */
const COMPASS_ONLY = /^(?:(?:north|south|east|west|central|centre|northern|southern|eastern|western)[\s-]*)+$/i;

const entriesOf = (place: Place): MapEntry[] => {
  const all = [place.name, ...place.mentions.map((m) => m.text)].flatMap((name) => mapEntries(name));
  return [...new Set(all)].filter((e) => !(e.kind === 'region' && COMPASS_ONLY.test(e.name)));
};

/** Towns too small for the map proper bearing the place's name: looked at only where the document points. */
const smallerOf = (place: Place): MapEntry[] => [...new Set([place.name, ...place.mentions.map((m) => m.text)].flatMap((name) => smallerTowns(name)))];

function link(place: Place, entry: MapEntry): void {
  place.link = {
    kind: entry.kind,
    country: entry.country,
    ...(entry.region && entry.kind === 'region' ? { region: entry.region } : {}),
    ...(entry.geonamesId !== undefined ? { geonamesId: entry.geonamesId } : {}),
    ...(entry.lat !== undefined ? { lat: entry.lat, lon: entry.lon! } : {}),
  };
  // a place named only in capitals (a dateline) takes the map's spelling: "KINGSTON" is Kingston
  if (!/\p{Ll}/u.test(place.name)) place.name = entry.name;
}

/**
 * A council named after its town or county ("Cork City Council") places the story there, whether or not the
 * story names the town as a place (by the gold's convention a place inside an organisation's name is none).
 */
const COUNCIL = /\b((?:\p{Lu}[\p{L}'’-]+ )+?)(?:(?:City|County|Borough|District|Town|Municipal) )?Council\b/gu;

/** The countries of the councils the document names, with how often it names them. */
function councilCountries(doc: Document): Map<string, number> {
  const found = new Map<string, number>();
  for (const match of doc.text.matchAll(COUNCIL)) {
    const entry = byNameAlone(mapEntries(match[1]!.trim()));
    if (entry && entry.kind !== 'country') found.set(entry.country, (found.get(entry.country) ?? 0) + 1);
  }
  return found;
}

/** A town this large is news anywhere: a council elsewhere does not make its name a local one. */
const WORLD_CITY = 1_000_000;

export function linkPlaces(doc: Document): void {
  const candidates = new Map(doc.places.map((p) => [p, entriesOf(p)]));
  const smaller = new Map<Place, MapEntry[]>();
  // a name the map knows as a country or region is none of them ("Canada", not a Mexican "Cañada")
  const smallerFor = (place: Place): MapEntry[] =>
    smaller.get(place) ?? smaller.set(place, candidates.get(place)!.some((e) => e.kind !== 'city') ? [] : smallerOf(place)).get(place)!;
  const qualified = containers(doc, candidates);
  const linked = new Map<Place, MapEntry>();
  // a qualifier first: "Paris, Texas" is not the Paris the name alone would give
  for (const [place, { within }] of qualified) {
    const inQualifier = within ? inside([...candidates.get(place)!, ...smallerFor(place)], within) : [];
    if (inQualifier.length > 0 && sameCountry(inQualifier)) linked.set(place, mostProminent(inQualifier));
  }
  const smallTowns = new Map<Place, MapEntry>();
  for (const [place, entries] of candidates) {
    if (linked.has(place)) continue;
    const entry = byNameAlone(entries);
    if (entry?.kind === 'city' && entry.population! < LARGE_TOWN) smallTowns.set(place, entry);
    else if (entry) linked.set(place, entry);
  }
  const councils = councilCountries(doc);
  const named = new Set([...linked.values()].map((e) => e.country).concat([...councils.keys()]));
  for (const [place, entry] of smallTowns) if (named.has(entry.country)) linked.set(place, entry);
  // then the document settles the names several places bear: one that could lie in the country most of
  // the document's places are in, or could be in, lies there ("Plymouth" and "Truro" beside "Cornwall"
  // are in England); a name with no namesake in that country stays unlinked
  // each open name with the countries its namesakes lie in and the weight of its vote for each
  const open = [...candidates]
    .filter(([place, entries]) => !linked.has(place) && entries.length > 0)
    .map(([place, entries]) => {
      const countries = [...new Set(entries.map((e) => e.country))];
      // a name that could lie in many countries says little of each
      return { place, entries, countries, weight: place.mentions.length / countries.length };
    });
  const votes = new Map<string, number>();
  const vote = (country: string, weight: number): void => void votes.set(country, (votes.get(country) ?? 0) + weight);
  for (const [place, entry] of linked) vote(entry.country, place.mentions.length);
  for (const [country, count] of councils) vote(country, count);
  for (const { countries, weight } of open) for (const c of countries) vote(c, weight);
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const leader = ranked[0] && ranked[0][1] > (ranked[1]?.[1] ?? 0) ? ranked[0][1] : Infinity;
  for (const { place, entries, countries, weight } of open) {
    // the namesake in the country with the most votes (its own left out), where that country is the
    // document's leading one or close to it
    const [first, second] = countries.map((c) => [c, votes.get(c)! - weight] as const).sort((a, b) => b[1] - a[1]);
    const leads = !second || first![1] > second[1];
    const choice = mostProminent(entries.filter((e) => e.country === first![0]));
    // a region or large town in a country the document names places of also settles it ("Geneva" beside
    // "Switzerland", "Georgia" beside "Atlanta" and "Arizona")
    const prominent = choice.kind === 'region' || (choice.kind === 'city' && choice.population! >= LARGE_TOWN);
    if (leads && (first![1] >= leader / 2 || (named.has(first![0]) && prominent))) linked.set(place, choice);
  }
  // a smaller town of the story's home country, for a name the map proper has no country, region or home
  // namesake of ("Keswick" in a Cumbria story, not the Canadian one; "Falmouth" in a Jamaican story, not
  // the English town the name alone gives when the story names Britain once)
  const home = homeOf(doc, [...linked].map(([place, e]) => ({ country: e.country, mentions: place.mentions.length })), councils);
  for (const [place, entries] of candidates) {
    const settled = linked.get(place);
    const byName = settled && !qualified.has(place) && smallTowns.get(place) === settled;
    if (!home || (settled && !byName) || entries.some((e) => e.country === home)) continue;
    const local = smallerFor(place).filter((e) => e.country === home);
    if (local.length > 0) linked.set(place, mostProminent(local));
  }
  // a town that only its own name puts in a country the document says nothing else of is, in a story a
  // council places in another country, a local name the map lacks ("Blackpool" in a Cork story)
  if (councils.size > 0) {
    const support = new Map<string, number>();
    for (const entry of linked.values()) support.set(entry.country, (support.get(entry.country) ?? 0) + 1);
    for (const [place, entry] of linked) {
      const lone = support.get(entry.country) === 1 && !councils.has(entry.country) && !qualified.has(place);
      if (lone && entry.kind === 'city' && entry.population! < WORLD_CITY) linked.delete(place);
    }
  }
  // a name the name alone leaves open may carry two senses in one story: each becomes a place of its own
  const ambiguous = new Map([...candidates].filter(([, entries]) => entries.length > 1 && !byNameAlone(entries)));
  const added = splitSenses(doc, ambiguous, linked);
  if (added.length > 0) {
    for (const place of added) candidates.set(place, candidates.get(doc.places.find((p) => p.id === place.id)!)!);
    doc.places = [...doc.places, ...added].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
    doc.places.forEach((p, i) => (p.id = `l${i + 1}`));
  }
  for (const place of doc.places) {
    const entry = linked.get(place);
    if (entry) link(place, entry);
  }
  // a place the map lacks, qualified by one it linked, lies in that one's country ("Commerce, Georgia"), as
  // does one said to lie in a country the map has no namesake of it in ("the Welsh town of Llandovery")
  for (const [place, { within, by, explicit }] of qualified) {
    const country = explicit ? within?.country : by?.link?.country;
    if (country && country !== place.link?.country && (explicit || candidates.get(place)!.length === 0)) place.link = { country };
  }
  const docHome = homeOf(doc, doc.places.flatMap((p) => (p.link ? [{ country: p.link.country, mentions: p.mentions.length }] : [])), councils);
  if (!docHome) return;
  for (const [place, entries] of candidates) {
    if (entries.length === 0 && !place.link && !SPANS_COUNTRIES.test(place.name)) place.link = { country: docHome };
  }
}

/** The country most of the linked places lie in, else the dateline's or a council's where it leads. */
function homeOf(doc: Document, linked: Array<{ country: string; mentions: number }>, councils: ReadonlyMap<string, number>): string | undefined {
  const all = [...linked, ...[...councils].map(([country, mentions]) => ({ country, mentions }))];
  return homeCountry(all) ?? anchoredHome(datelineCountry(doc), all) ?? anchoredHome([...councils.keys()][0], all);
}

/** The country of a story's dateline ("SEOUL —", "TBILISI, Georgia (Wire) —"). */
function datelineCountry(doc: Document): string | undefined {
  const atLineStart = (start: number): boolean => start === 0 || doc.text[start - 1] === '\n';
  return doc.places.find((p) => p.link && p.mentions.some((m) => atLineStart(m.start) && !/\p{Ll}/u.test(m.text)))?.link!.country;
}

/**
 * Where no country holds most of the places, a story filed from a dateline, or one a council places, is at
 * home in that country if the country also has more place mentions than any other.
 */
function anchoredHome(country: string | undefined, linked: ReadonlyArray<{ country: string; mentions: number }>): string | undefined {
  if (!country) return undefined;
  const counts = new Map<string, number>();
  for (const p of linked) counts.set(p.country, (counts.get(p.country) ?? 0) + p.mentions);
  const [first, second] = [...counts.values()].sort((a, b) => b - a);
  return counts.get(country) === first && first! > (second ?? 0) ? country : undefined;
}

/** Continents, oceans, seas, the regions named after them and unions of countries lie in no one country: no home for them. */
const SPANS_COUNTRIES = /^e\.?u\.?$|\b(?:european union|soviet union|ussr|europe|african?|asia|(?:north|south|central|latin) america|americas|antarctic|arctic|oceania|pacific|atlantic|ocean|sea|gulf|caucasus|balkans?|mediterranean|adriatic|baltic|sahel|middle east|far east|near east)\b/i;

/** Of the places the map linked, the share of mentions that must lie in one country to make it the home. */
const HOME_SHARE = 0.6;
/** And the evidence it needs: this many mentions, or two different places ("Melbourne" and "Victoria"). */
const HOME_MIN_MENTIONS = 3;
/** Short of that share: a lead this many times the next country's mentions, from this many places. */
const HOME_LEAD = 2;
const HOME_LEAD_PLACES = 4;

/**
 * The country a document's places lie in, when most of its linked place mentions are in one: the country
 * of the streets, districts and valleys the map does not list ("Kurla" in a story about Mumbai).
 */
function homeCountry(linked: ReadonlyArray<{ country: string; mentions: number }>): string | undefined {
  const mentions = new Map<string, { count: number; places: number }>();
  let total = 0;
  for (const p of linked) {
    const c = mentions.get(p.country) ?? { count: 0, places: 0 };
    mentions.set(p.country, { count: c.count + p.mentions, places: c.places + 1 });
    total += p.mentions;
  }
  const [[country, c] = [], [, next] = []] = [...mentions].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
  if (!country) return undefined;
  // or, short of a majority, when it has twice the mentions of any other and places enough to tell
  const leads = c!.count >= HOME_LEAD * (next?.count ?? 0) && c!.places >= HOME_LEAD_PLACES;
  return (c!.count >= HOME_MIN_MENTIONS || c!.places >= 2) && (c!.count >= HOME_SHARE * total || leads) ? country : undefined;
}
