// The one shape of a document-level entity rule: it reads the token table (and what the document says
// about its names) and returns the runs it was given, corrected.
import type { TokenTable } from '../tagger/features.js';
import type { TokenRun } from '../runs.js';

/** What the document says about its names, as recorded by record-document-names at its place in the list. */
interface DocumentNames {
  /** Token t is a word of a person's name written in full or after a title ("Masayoshi Takemura", "Mr
   * Kubo") and no word the lexicon knows as a place's. */
  isPersonWord: (t: number) => boolean;
  /** Every word the tagger took for part of a person's name. */
  anyPersonWords: ReadonlySet<string>;
  /** Words the tagger took for a place on their own. */
  placeWords: ReadonlySet<string>;
}

export interface RuleContext {
  table: TokenTable;
  /** Empty until record-document-names has run. */
  names: DocumentNames;
}

export type EntityRule = (ctx: RuleContext, runs: TokenRun[]) => TokenRun[];

export const NO_NAMES: DocumentNames = { isPersonWord: () => false, anyPersonWords: new Set(), placeWords: new Set() };
