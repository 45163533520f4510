// Things that show or find what a source would otherwise say: polls, studies, records, footage. As the
// subject of "show" or "find" they make it an attribution even without "that" ("Polls show Clinton ahead",
// "the audit found gaps in the accounts"); plural forms listed, since the tagger's lemma is not kept.
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set([
  'poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'analysis', 'analyses', 'report', 'reports',
  'data', 'figures', 'numbers', 'statistics', 'records', 'documents', 'research', 'results', 'averages', 'average',
  'video', 'videos', 'footage', 'audit', 'review', 'investigation', 'inquiry', 'probe', 'estimates', 'census',
  'transcript', 'filings', 'tests', 'test',
]);
