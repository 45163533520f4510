// The document-level entity rules, in the order they run: each takes the runs the one before returned
// (the tagger's runs first) and returns them corrected. The tagger sees a few words around each token and
// learnt on 1996 Reuters; these rules read the whole document and the word tables of src/lexicons/.
// To add a rule: one file in this folder, named verb-object, of the shape EntityRule, and one line here.
import type { EntityRule } from './rule.js';
import { splitAtColons } from './split-at-colons.js';
import { splitRunsAtJoins } from './split-runs-at-joins.js';
import { markWorldRegions } from './mark-world-regions.js';
import { joinSaintNames } from './join-saint-names.js';
import { addGeographicNames } from './add-geographic-names.js';
import { addCompoundPlaces } from './add-compound-places.js';
import { addNamedKinds } from './add-named-kinds.js';
import { relabelCountriesAndSeas } from './relabel-countries-and-seas.js';
import { dropPlacesInOrgNames } from './drop-places-in-org-names.js';
import { joinHyphenatedNames } from './join-hyphenated-names.js';
import { recordDocumentNames } from './record-document-names.js';
import { relabelByDocumentNames } from './relabel-by-document-names.js';
import { addLeftOutNames } from './add-left-out-names.js';
import { relabelCompanies } from './relabel-companies.js';
import { addSurnameFirstNames } from './add-surname-first-names.js';
import { joinNameParticles } from './join-name-particles.js';
import { joinNicknames } from './join-nicknames.js';
import { relabelPlacesTakenForPeople } from './relabel-places-taken-for-people.js';
import { relabelPlacesTakenForBodies } from './relabel-places-taken-for-bodies.js';
import { relabelTownNames } from './relabel-town-names.js';
import { relabelListedPlaces } from './relabel-listed-places.js';
import { dropPortfolios } from './drop-portfolios.js';
import { dropNonNames } from './drop-non-names.js';
import { joinStreetsNamedAfterPeople } from './join-streets-named-after-people.js';
import { dropQuotedNames } from './drop-quoted-names.js';
import { relabelCoordinatedPlaces } from './relabel-coordinated-places.js';
import { addDatelinePlaces } from './add-dateline-places.js';
import { splitBasedCompounds } from './split-based-compounds.js';
import { addGazetteerPlaces } from './add-gazetteer-places.js';
import { addCountryAbbreviations } from './add-country-abbreviations.js';

export const ENTITY_RULES: readonly EntityRule[] = [
  // the tagger's runs cut and joined where the words show other names
  splitAtColons,
  splitRunsAtJoins,
  markWorldRegions,
  joinSaintNames,
  addGeographicNames,
  addCompoundPlaces,
  addNamedKinds,
  relabelCountriesAndSeas,
  dropPlacesInOrgNames,
  joinHyphenatedNames,
  // what the document says about its names: the rules below read it (ctx.names)
  recordDocumentNames,
  relabelByDocumentNames,
  addLeftOutNames,
  // people: companies, surname-first names, particles, nicknames
  relabelCompanies,
  addSurnameFirstNames,
  joinNameParticles,
  joinNicknames,
  // places taken for people or bodies, and names that are none
  relabelPlacesTakenForPeople,
  relabelPlacesTakenForBodies,
  relabelTownNames,
  relabelListedPlaces,
  dropPortfolios,
  dropNonNames,
  joinStreetsNamedAfterPeople,
  dropQuotedNames,
  // places the tagger misses outside its world
  relabelCoordinatedPlaces,
  addDatelinePlaces,
  splitBasedCompounds,
  addGazetteerPlaces,
  addCountryAbbreviations,
];
