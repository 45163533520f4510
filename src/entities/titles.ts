// Titles before a person's name: "President", "Russian President", "Interior Minister", "Gov.", "Ms".
// They are attributes of the mention, never part of its span.
import type { Token } from '../document.js';
import { TITLE_MODIFIERS, TITLE_WORDS } from '../lexicons/titles.js';
import { lexiconClasses } from './gazetteer.js';
import { hasLetter } from './shape.js';

const bare = (norm: string): string => norm.replace(/\.$/, '');
export const isTitleToken = (t: Token): boolean => TITLE_WORDS.has(bare(t.norm));

/** A word that may stand in a title before the head title word: "Prime", "Interior", "Russian". */
function isTitleQualifier(t: Token): boolean {
  const w = bare(t.norm);
  return TITLE_WORDS.has(w) || TITLE_MODIFIERS.has(w) || lexiconClasses(w).includes('Demonym');
}

/** Number of leading tokens of [first, end) that are title words (the span keeps at least one token). */
export function leadingTitleTokens(tokens: Token[], first: number, end: number): number {
  let n = 0;
  while (first + n < end - 1 && (isTitleToken(tokens[first + n]!) || (isTitleQualifier(tokens[first + n]!) && isTitleToken(tokens[first + n + 1]!)))) n++;
  // the title must end on a head title word ("Russian President", not "Russian")
  while (n > 0 && !isTitleToken(tokens[first + n - 1]!)) n--;
  return n;
}

/** The title tokens [from, first) right before a name that starts at token `first`, or null. */
export function titleBefore(tokens: Token[], first: number): { from: number; to: number } | null {
  const sentence = tokens[first]?.sentence;
  let i = first - 1;
  if (i < 0 || tokens[i]!.sentence !== sentence || !isTitleToken(tokens[i]!)) return null;
  while (i - 1 >= 0 && tokens[i - 1]!.sentence === sentence && isTitleQualifier(tokens[i - 1]!) && startsUpper(tokens[i - 1]!)) i--;
  return { from: i, to: first };
}

const startsUpper = (t: Token): boolean => hasLetter(t.text) && t.text[0] !== t.text[0]!.toLowerCase();
