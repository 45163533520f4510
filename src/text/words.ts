// Words of a text as the stages compare them: lexicon keys and the words of a quote.

/** Folds case and curly apostrophes so that "Xi’s" and "Xi's" look the same to a lexicon. */
export const normalizeToken = (s: string): string => {
  const lower = s.toLowerCase();
  return CURLY.test(lower) ? lower.replace(CURLY_ALL, "'") : lower; // most words hold none: no new string
};
const CURLY = /[’‘`]/;
const CURLY_ALL = /[’‘`]/g;

/** The words of `s` that hold a letter or digit (a dash or a lone mark is no word). */
export const wordsOf = (s: string): string[] => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
