// Words that mark a name as a company's rather than a person's: what follows "X's" ("X's shares", "X's
// chairman"), the last word of a company's name beyond compromise's own list ("Hanwon Rail"), and the
// nouns before "for X" / "of X" ("a spokesman for X", "shares of X").
export const COMPANY_POSSESSIONS: ReadonlySet<string> = new Set([
  'shares', 'stock', 'chairman', 'chairwoman', 'board', 'shareholders', 'subsidiary', 'subsidiaries', 'profit',
  'profits', 'revenue', 'revenues', 'earnings', 'plant', 'plants', 'factory', 'factories', 'headquarters',
  'ceo', 'customers', 'products', 'market', 'stake',
]);

export const COMPANY_NAME_ENDINGS: ReadonlySet<string> = new Set([
  'rail', 'materials', 'energy', 'pharma', 'pharmaceuticals', 'technologies', 'technology', 'systems',
  'logistics', 'steel', 'mining', 'telecom', 'plc', 'ag', 'sa', 'gmbh', 'llc', 'co',
  // legal forms of other countries ("Pirelli SpA", "Philips NV")
  'spa', 'nv', 'bv', 'ab', 'asa', 'oyj', 'srl', 'sarl', 'kk', 'bhd', 'pty',
]);

/** Nouns right after a name that make it a company's or a place's, never a person's ("Pirelli shares",
 * "Tokyo stocks"). */
export const MARKET_NOUNS_AFTER: ReadonlySet<string> = new Set(['shares', 'stock', 'stocks', 'shareholders']);

/** Verbs that take a plural subject: after a single name, they make it a team's or a firm's ("Deportivo
 * were unable", "Celtic, who are second"), as a person's name takes the singular. */
export const PLURAL_VERBS: ReadonlySet<string> = new Set(['were', 'are', 'have', "'re", "'ve"]);

export const COMPANY_NOUNS_BEFORE: ReadonlySet<string> = new Set(['shares', 'stake', 'subsidiary', 'unit']);

// Words around a town's name that make it the name of a club or a firm named after the town ("Hartlepool
// manager", "beat Wigan", "sacked by Gateshead", "steel maker Corby", "Corby, the steel tube maker"), read
// by relabel-town-names. Kept narrow: a town's own mentions take many of the same verbs.

/** Nouns right after the name: a club's posts and people, a firm's parts ("Leeds striker", "Corby head office"). */
export const CLUB_OR_FIRM_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'manager', 'striker', 'defender', 'midfielder', 'goalkeeper', 'keeper', 'winger', 'forward', 'coach', 'boss',
  'captain', 'fans', 'supporters', 'squad', 'academy', 'chairman', 'chairwoman', 'shares', 'shareholders',
  'executives', 'headquarters', 'head', // "X head office"
  // "We have got X away on Tuesday": a fixture
  'away',
]);

/** Words right before the name: an opponent or a club moved to ("beat X", "joined X", "X v Y"). */
export const CLUB_VERBS_BEFORE: ReadonlySet<string> = new Set(['beat', 'beating', 'joined', 'joining', 'v', 'vs', 'vs.', 'versus']);

/** Verb + preposition before the name: "sacked by X", "signed for X", "played for X", "career at X". */
export const CLUB_VERBS_WITH_PREPOSITION: ReadonlySet<string> = new Set([
  'sacked by', 'signed for', 'signed by', 'played for', 'playing for', 'plays for', 'loan at', 'loan from',
  'career at', 'spell at', 'spells at', 'stint at', 'scouts from', 'scout from', 'shares in', 'stake in',
]);

/** Nouns for a firm right before its name ("steel tube maker X", "rival X") or after ", the" in an
 * apposition ("X, the mortgage lender,"). */
export const FIRM_NOUNS: ReadonlySet<string> = new Set([
  'maker', 'makers', 'manufacturer', 'producer', 'company', 'firm', 'group', 'lender', 'retailer', 'supplier',
  'operator', 'carrier', 'insurer', 'bank', 'brewer', 'builder', 'developer', 'club', 'side',
]);
