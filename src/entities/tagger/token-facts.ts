// What the token table knows of each token's letters and lexicon entries, worked out once per token: the
// tagger's features and some thirty document-level rules ask the same questions of the same tokens, and
// every answer used to be a fresh look at the string (a case change for a curly quotation mark, a look-up
// in compromise's lexicon of ~100k keys).
import type { Token } from '../../document.js';
import { lexiconClasses } from '../../lexicons/gazetteer.js';
import { ALL_CAPS, CAPITALIZED, CONTINUES_PHRASE, HAS_LETTER, STARTS_PHRASE, VOCABULARY } from './word-vocabulary.js';

export interface TokenFacts {
  tokens: readonly Token[];
  /** Per token: the number of its word in VOCABULARY (word-vocabulary.ts), for this document. */
  ids: Int32Array;
  /** Per token: HAS_LETTER | CAPITALIZED | ALL_CAPS, as hasLetter, isCapitalized and isAllCaps answer of its
   * text, STARTS_PHRASE and CONTINUES_PHRASE. */
  flags: Uint8Array;
  /** Per token: lexiconClasses of its lower-case form, once asked (classesAt): the rules ask of a few tokens
   * only, and each first look-up in the lexicon's ~100k keys waits on memory. */
  classes: (readonly string[] | undefined)[];
}

export function tokenFacts(tokens: readonly Token[]): TokenFacts {
  VOCABULARY.open();
  const ids = new Int32Array(tokens.length);
  const flags = new Uint8Array(tokens.length);
  const wordFlags = VOCABULARY.flags;
  for (let t = 0; t < tokens.length; t++) {
    const id = VOCABULARY.idOf(tokens[t]!.text);
    ids[t] = id;
    flags[t] = wordFlags[id]!;
  }
  return { tokens, ids, flags, classes: new Array<readonly string[] | undefined>(tokens.length) };
}

/** lexiconClasses of token t's lower-case form (t inside the document). */
export const classesAt = (facts: TokenFacts, t: number): readonly string[] => (facts.classes[t] ??= lexiconClasses(facts.tokens[t]!.norm));

/** hasLetter(text) of token t (false past the document's ends). */
export const hasLetterAt = (facts: TokenFacts, t: number): boolean => ((facts.flags[t] ?? 0) & HAS_LETTER) !== 0;
/** isCapitalized(text) of token t (false past the document's ends). */
export const isCapitalizedAt = (facts: TokenFacts, t: number): boolean => ((facts.flags[t] ?? 0) & CAPITALIZED) !== 0;
/** isAllCaps(text) of token t (false past the document's ends). */
export const isAllCapsAt = (facts: TokenFacts, t: number): boolean => ((facts.flags[t] ?? 0) & ALL_CAPS) !== 0;
/** A capitalised word with flags ("Leeds", "O'Brien", not "(" or "2024"). */
export const isNameCaseAt = (facts: TokenFacts, t: number): boolean => ((facts.flags[t] ?? 0) & (HAS_LETTER | CAPITALIZED)) === (HAS_LETTER | CAPITALIZED);
/** mayStartPhrase of token t's lower-case form. */
export const startsPhraseAt = (facts: TokenFacts, t: number): boolean => ((facts.flags[t] ?? 0) & STARTS_PHRASE) !== 0;
/** mayContinuePhrase of token t's lower-case form (false past the document's ends). */
export const continuesPhraseAt = (facts: TokenFacts, t: number): boolean => ((facts.flags[t] ?? 0) & CONTINUES_PHRASE) !== 0;
