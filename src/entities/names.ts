// Comparing person names: the words that identify a name, and whether two mentions can be one person.
import { normalizeToken } from '../stages/tokenize.js';

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
