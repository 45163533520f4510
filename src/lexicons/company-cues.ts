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
