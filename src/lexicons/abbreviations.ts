// Abbreviations whose full stop does not end a sentence ("Rep.", "Pa.", "Gov."): compromise's own list, as
// scripts/build-compromise-lexicon.ts extracts it.
import LEXICON from './compromise-lexicon.json' with { type: 'json' };

export const ABBREVIATIONS: ReadonlySet<string> = new Set(LEXICON.abbreviations.split('\n'));
