// Last words of the names of bodies that compromise's list of organisation words lacks: "Aqaba Reef
// Trust", "U.S. District Court", "Cork City Library", "Pacific Markets Wire" (a news agency).
export const ORGANISATION_ENDINGS: ReadonlySet<string> = new Set([
  'trust', 'court', 'library', 'wire', 'newswire', 'observatory', 'secretariat', 'parliament', 'assembly',
]);
