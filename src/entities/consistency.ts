// Document-level corrections to the tagger's runs. A name is usually written in full once and then
// shortened, and the tagger, which sees only a few words around each token, can miss the short form
// ("Takemura" alone looks like a place) or the long one ("Georgia Smith" at the start of a text). What
// the document says elsewhere about the same word settles it.
import type { TokenTable } from './features.js';
import { WORLD_REGIONS } from '../lexicons/world-regions.js';
import { MAX_PHRASE_WORDS, PLACE_CLASSES, isPlaceWord, lexiconClasses, mayStartPhrase } from './gazetteer.js';
import { heldByLonger, overlappingRuns, replaceRuns, type TokenRun } from './labels.js';
import { hasLetter, isCapitalized } from './shape.js';
import { isTitleToken } from './titles.js';
import { isGivenNameSurname } from './name-rules.js';
import { addRulePlaces } from './place-rules.js';
import { relabelCompanies } from './company-names.js';
import { addSurnameFirstNames } from './surname-first.js';
import { applyNameParticles } from './name-particles.js';
import { joinNicknames } from './nicknames.js';
import { relabelPlacesTakenForPeople } from './places-taken-for-people.js';
import { dropPortfolios } from './portfolios.js';
import { dropNonNames } from './not-names.js';
import { streetsNamedAfterPeople } from './streets.js';
import { dropQuotedNames } from './quoted-names.js';
import { addGeographicNames } from './geographic-names.js';
import { joinSaintNames } from './saint-names.js';
import { splitRunsAtJoins } from './split-runs.js';
import { dropPlacesInOrgNames } from './places-in-org-names.js';
import { relabelPlacesTakenForBodies } from './places-taken-for-bodies.js';
import { relabelCoordinatedPlaces } from './coordinated-places.js';


const hasClass = (norm: string, classes: readonly string[]): boolean => lexiconClasses(norm).some((c) => classes.includes(c));

export function harmonizeRuns(table: TokenTable, tagged: readonly TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const runs = joinHyphenated(table, dropPlacesInOrgNames(table, addGeographicNames(table, joinSaintNames(table, markWorldRegions(table, splitRunsAtJoins(table, splitAtColons(table, tagged)))))));
  // words of names the tagger found written in full ("Masayoshi Takemura"), or after a title ("Mr Kubo")
  const personWords = new Set<string>();
  for (const run of runs) {
    if (run.type !== 'PER') continue;
    const named = run.end - run.first >= 2 || (run.first > 0 && isTitleToken(tokens[run.first - 1]!));
    if (!named) continue;
    for (let t = run.first; t < run.end; t++) if (hasLetter(tokens[t]!.text) && tokens[t]!.norm.length > 1) personWords.add(tokens[t]!.norm);
  }
  const isPersonWord = (t: number) => personWords.has(tokens[t]!.norm) && !hasClass(tokens[t]!.norm, PLACE_CLASSES);
  // any word the tagger took for part of a name, for the weaker "first name + surname" test
  const anyPersonWords = new Set(runs.filter((r) => r.type === 'PER').flatMap((r) => tokens.slice(r.first, r.end).map((t) => t.norm)));
  // a place the lexicon knows ("Jordan") stays a place; an unknown word ("Takemura") is more likely a surname
  const overridesPlace = (t: number) => isPersonWord(t) && lexiconClasses(tokens[t]!.norm).length === 0;

  const result: TokenRun[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const run of runs) {
    const single = run.end - run.first === 1;
    if ((run.type === 'ORG' || run.type === 'MISC') && single && isPersonWord(run.first)) result.push({ ...run, type: 'PER' });
    else if (run.type === 'ORG' && isGivenNameSurname(table, run)) result.push({ ...run, type: 'PER' });
    else if (run.type === 'LOC' && single && overridesPlace(run.first)) result.push({ ...run, type: 'PER' });
    else if (run.type === 'LOC' && !single && looksLikePersonName(table, run, anyPersonWords)) result.push({ ...run, type: 'PER' });
    else if (run.type === 'PER' && isTitleOnly(table, run)) continue;
    else if ((run.type === 'PER' || run.type === 'LOC') && single && isCommonWordOpening(table, run.first)) continue;
    else result.push(run);
    for (let t = run.first; t < run.end; t++) covered[t] = 1;
  }
  // a capitalised word the tagger left out, spelt like a word of a name found in full
  tokens.forEach((tok, t) => {
    if (covered[t] || !isPersonWord(t) || isTitleToken(tok)) return;
    if (!isCapitalized(tok.text) || (table.initial[t] && lexiconClasses(tok.norm).includes('Word'))) return;
    if (covered[t - 1] || covered[t + 1]) return;
    result.push({ type: 'PER', first: t, end: t + 1 });
  });
  addPlaces(table, runs, result, covered);
  return addRulePlaces(table, relabelCoordinatedPlaces(table, dropQuotedNames(table, streetsNamedAfterPeople(table, dropNonNames(table, dropPortfolios(table, relabelPlacesTakenForBodies(table, relabelPlacesTakenForPeople(table, joinNicknames(table, applyNameParticles(table, addSurnameFirstNames(table, relabelCompanies(table, result)))))))))), isPersonWord), isPersonWord).sort((a, b) => a.first - b.first);
}

/** "Central Asia", "Middle East": a place wherever it stands, and never part of a person's name. */
function markWorldRegions(table: TokenTable, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  let result = runs;
  for (let i = 0; i < tokens.length; i++) {
    let key = tokens[i]!.norm;
    if (!mayStartPhrase(key)) continue; // the regions are lexicon phrases: most words start none
    for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= tokens.length && table.segments[i + n - 1] === table.segments[i]; n++) {
      if (n > 2 && !mayStartPhrase(key)) break;
      key += ' ' + tokens[i + n - 1]!.norm;
      if (!WORLD_REGIONS.has(key)) continue;
      const region: TokenRun = { type: 'LOC', first: i, end: i + n };
      const overlapping = overlappingRuns(result, region);
      // a shorter region inside a longer one just marked ("Eastern Europe" in "Central and Eastern Europe")
      if (heldByLonger(overlapping.filter((r) => r.type === 'LOC'), region)) continue;
      if (!keepsOtherName(overlapping, region)) result = replaceRuns(result, overlapping, region);
    }
  }
  return result;
}

/** An organisation or event named after the region keeps its name ("Middle East Airlines"). */
const keepsOtherName = (overlapping: readonly TokenRun[], region: TokenRun): boolean =>
  overlapping.some((r) => r.type === 'ORG' || r.type === 'MISC') && !overlapping.some((r) => r.first === region.first && r.end === region.end);

/** A capitalised word the tagger left out that is a country, or a place the document names elsewhere. */
function addPlaces(table: TokenTable, runs: readonly TokenRun[], result: TokenRun[], covered: Uint8Array): void {
  const { tokens } = table;
  const placeNames = new Set<string>();
  for (const run of runs) if (run.type === 'LOC' && run.end - run.first === 1) placeNames.add(tokens[run.first]!.norm);
  tokens.forEach((tok, t) => {
    if (covered[t] || covered[t - 1] || covered[t + 1] || !isCapitalized(tok.text)) return;
    if (!placeNames.has(tok.norm) && !lexiconClasses(tok.norm).includes('Country')) return;
    if (table.initial[t] && lexiconClasses(tok.norm).includes('Word')) return;
    result.push({ type: 'LOC', first: t, end: t + 1 });
    covered[t] = 1;
  });
}

/** "Georgia Smith": two words taken for a place, the second a surname (known, or found elsewhere as a
 * person's name) and no place of its own. */
function looksLikePersonName(table: TokenTable, run: TokenRun, personWords: ReadonlySet<string>): boolean {
  const last = table.tokens[run.end - 1]!.norm;
  const surname = personWords.has(last) || hasClass(last, ['LastName']);
  return run.end - run.first === 2 && surname && !hasClass(last, PLACE_CLASSES) && !isPlaceWord(table.tokens[run.first]!.norm);
}

/** "Okafor: Ministry must…" tagged as one name: a colon ends a name (a work's title, MISC, may hold one). */
function splitAtColons(table: TokenTable, runs: readonly TokenRun[]): TokenRun[] {
  const result: TokenRun[] = [];
  for (const run of runs) {
    let first = run.first;
    for (let t = run.first; t <= run.end; t++) {
      if (t < run.end && (run.type === 'MISC' || table.tokens[t]!.text !== ':')) continue;
      if (t > first) result.push({ ...run, first, end: t });
      first = t + 1;
    }
  }
  return result;
}

/** "Anne-Marie Duval" tagged as "Anne" and "Marie Duval": person runs joined by a bare hyphen are one. */
function joinHyphenated(table: TokenTable, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const result: TokenRun[] = [];
  for (const run of runs) {
    const prev = result[result.length - 1];
    const hyphen = tokens[run.first - 1];
    if (prev && prev.type === 'PER' && run.type === 'PER' && prev.end === run.first - 1 && hyphen && /^[-‐]$/.test(hyphen.text)
      && tokens[prev.end - 1]!.end === hyphen.start && hyphen.end === tokens[run.first]!.start) {
      prev.end = run.end;
      continue;
    }
    result.push({ ...run });
  }
  return result;
}

/** "Well," opening a line ("PENCE: Well, look…"): a common word, never capitalised elsewhere but where a
 * line, sentence or quotation opens. */
function isCommonWordOpening(table: TokenTable, t: number): boolean {
  const { tokens } = table;
  const opens = (i: number) => table.initial[i] || tokens[i - 1]?.text === ':';
  const classes = lexiconClasses(tokens[t]!.norm);
  if (!opens(t) || classes.length !== 1 || classes[0] !== 'Word') return false;
  return !tokens.some((tok, i) => tok.norm === tokens[t]!.norm && !opens(i) && isCapitalized(tok.text));
}

const isTitleOnly = (table: TokenTable, run: TokenRun): boolean => {
  for (let t = run.first; t < run.end; t++) if (!isTitleToken(table.tokens[t]!) && hasLetter(table.tokens[t]!.text)) return false;
  return true;
};
