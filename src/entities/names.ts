// Comparing person names: the words that identify a name, whether two mentions can be one person, and
// whether a name is written surname first ("Park Seo-yeon", "Huang Zhiqiang", "Phan Minh Duc"), as
// opposed to "Lee Anderson" or "Kim Clijsters".
import { normalizeToken } from '../text/words.js';
import { isEastAsianSurname } from '../lexicons/east-asian-surnames.js';
import { lexiconClasses } from '../lexicons/gazetteer.js';

/** Lower-case name words without initials or punctuation: "Donald J. Trump" -> ["donald", "trump"]. */
export function nameWords(name: string): string[] {
  return normalizeToken(name)
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 1 && !/^\p{L}\.?$/u.test(w));
}

/** One name's words are all among the other's: "Xi" ~ "Xi Jinping", "Trump" ~ "Donald Trump". */
export function compatibleNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [small, big] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  return small.every((w) => big.has(w));
}

/** Mixed case reads better than a headline's capitals. */
export const isShouted = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();

/** The given-name part of a surname-first name: one to two words, each hyphenated syllables or a word
 * that no list knows as an English word or a Western name. */
export function isSurnameFirstName(name: string): boolean {
  const words = nameWords(name);
  if (words.length < 2 || words.length > 4 || !isEastAsianSurname(words[0]!)) return false;
  return words.slice(1).every((w) => w.includes('-') || isEastAsianSurname(w) || lexiconClasses(w).length === 0);
}
