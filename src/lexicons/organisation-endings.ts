// Last words of the names of bodies that compromise's list of organisation words lacks: "Aqaba Reef
// Trust", "U.S. District Court", "Cork City Library", "Pacific Markets Wire" (a news agency).
import { COMPANY_NAME_ENDINGS } from './company-cues.js';
import { isOrgWord } from './gazetteer.js';

export const ORGANISATION_ENDINGS: ReadonlySet<string> = new Set([
  'trust', 'court', 'library', 'wire', 'newswire', 'observatory', 'secretariat', 'parliament', 'assembly',
]);

/** Last word of an organisation's name: "Institute", "Capital", "Trust". */
export const isOrganisationEnding = (norm: string): boolean => isOrgWord(norm) || COMPANY_NAME_ENDINGS.has(norm) || ORGANISATION_ENDINGS.has(norm);
