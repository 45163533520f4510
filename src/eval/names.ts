// When a predicted speaker's name counts as the gold speaker's: the metric of ../shared/eval/score.mjs,
// implemented here so that `onrecord eval` reports the same figures.

/** Gold speakers that are pronouns ("he said") can only be matched by span, never by name. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'him', 'her', 'them', 'you', 'his', 'its', 'their']);

// The metric's own short title list, part of its definition: deliberately not the pipeline's
// src/lexicons/titles.ts, so that the yardstick does not move when the pipeline's lexicon grows.
const SCORING_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'president', 'minister', 'prime', 'gen', 'sen', 'rep', 'gov', 'prof',
]);

/** Lower-case words of a name: a possessive 's dropped, any run of characters other than letters and digits a break. */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

const lastWord = (name: string): string => nameWords(name).at(-1) ?? '';

/** "Xi" ~ "Xi Jinping", "Mr Blair" ~ "Tony Blair": every word of the shorter name (titles dropped) is in the other. */
export function sameName(a: string, b: string): boolean {
  const x = nameWords(a).filter((w) => !SCORING_TITLES.has(w));
  const y = nameWords(b).filter((w) => !SCORING_TITLES.has(w));
  if (x.length === 0 || y.length === 0) return false;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.every((w) => longer.includes(w));
}

/** Same name, or the same last word ("Hillary Clinton" ~ "Mrs. Clinton"); never against a pronoun. */
export function namesAgree(predicted: string, gold: string): boolean {
  if (PRONOUNS.has(gold.toLowerCase())) return false;
  return sameName(predicted, gold) || lastWord(predicted) === lastWord(gold);
}
