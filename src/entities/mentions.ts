// Person and place mentions of a document, from its entity runs plus what CoNLL-style spans need: titles
// and possessive endings outside the span, edge punctuation trimmed.
import type { Document, Token } from '../document.js';
import { hasLetter } from '../text/shape.js';
import { isSaintWord } from './rules/join-saint-names.js';
import type { TokenRun } from './runs.js';
import { isTitleQualifier, isTitleWord } from '../lexicons/titles.js';
import type { EntityType } from './tagger/labels.js';
import { CLOSING_OF } from '../lexicons/quote-marks.js';

export interface Mention {
  type: EntityType;
  /** Tokens [first, end). */
  first: number;
  end: number;
  start: number;
  stop: number;
  /** Title words before the name ("Russian President"), person mentions only. */
  title?: string;
}

const POSSESSIVE = /^['’]s?$/;
/** A lower-case word the tagger took into a name's end ("the Czech Republic won"): no name ends in a
 * separate one (a hyphenated part may: "Park Seo-yeon"). */
const isLowerWord = (t: Token): boolean => /^\p{Ll}+$/u.test(t.text) && !POSSESSIVE.test(t.norm);

const opensQuotedNickname = (tokens: Token[], first: number, end: number): boolean => {
  const closing = CLOSING_OF.get(tokens[first]!.text);
  return !!closing && end - first >= 4 && tokens.slice(first + 2, end - 1).some((t) => t.text === closing);
};

export function findMentions(doc: Document, runs: readonly TokenRun[]): { people: Mention[]; places: Mention[] } {
  const { tokens, text } = doc;
  const people: Mention[] = [];
  const places: Mention[] = [];
  for (const run of runs) {
    if (run.type !== 'PER' && run.type !== 'LOC') continue;
    let { first, end } = run;
    if (run.type === 'PER') first += leadingTitleTokens(tokens, first, end);
    // "St James’s", "St. Matthew’s": the possessive of a saint's name is part of the place's name
    const saints = run.type === 'LOC' && isSaintWord(tokens[first]!.norm);
    while (end > first && ((POSSESSIVE.test(tokens[end - 1]!.norm) && !(saints && end - first >= 3)) || !hasLetter(tokens[end - 1]!.text) || (end - first >= 2 && isLowerWord(tokens[end - 1]!) && tokens[end - 2]!.end < tokens[end - 1]!.start))) end--;
    // an opening mark stays where the name holds its closing one: ‘Pezinho’ Lima
    while (first < end && !hasLetter(tokens[first]!.text) && !opensQuotedNickname(tokens, first, end)) first++;
    if (first >= end) continue;
    const span = charSpan(tokens, first, end, saints);
    if (!span) continue;
    const mention: Mention = { type: run.type, first, end, ...span };
    if (run.type === 'PER') {
      const title = titleBefore(tokens, first);
      if (title) mention.title = text.slice(tokens[title.from]!.start, tokens[title.to - 1]!.end);
      people.push(mention);
    } else places.push(mention);
  }
  return { people, places };
}

/** Character span of tokens [first, end), with a possessive ending glued to the last word removed unless kept. */
function charSpan(tokens: Token[], first: number, end: number, keepPossessive: boolean): { start: number; stop: number } | null {
  const start = tokens[first]!.start;
  let stop = tokens[end - 1]!.end;
  const last = tokens[end - 1]!.text;
  const glued = /['’]s?$/.exec(last);
  if (glued && last.length > glued[0].length && !keepPossessive) stop -= glued[0].length;
  return stop > start ? { start, stop } : null;
}

/** Number of leading tokens of [first, end) that are title words (the span keeps at least one token). */
function leadingTitleTokens(tokens: Token[], first: number, end: number): number {
  let n = 0;
  while (first + n < end - 1 && (isTitleWord(tokens[first + n]!.norm) || (isTitleQualifier(tokens[first + n]!.norm) && isTitleWord(tokens[first + n + 1]!.norm)))) n++;
  // the title must end on a head title word ("Russian President", not "Russian")
  while (n > 0 && !isTitleWord(tokens[first + n - 1]!.norm)) n--;
  return n;
}

/** The title tokens [from, first) right before a name that starts at token `first`, or null. */
function titleBefore(tokens: Token[], first: number): { from: number; to: number } | null {
  const sentence = tokens[first]?.sentence;
  let i = first - 1;
  if (i < 0 || tokens[i]!.sentence !== sentence || !isTitleWord(tokens[i]!.norm)) return null;
  while (i - 1 >= 0 && tokens[i - 1]!.sentence === sentence && isTitleQualifier(tokens[i - 1]!.norm) && startsUpper(tokens[i - 1]!)) i--;
  return { from: i, to: first };
}

const startsUpper = (t: Token): boolean => hasLetter(t.text) && t.text[0] !== t.text[0]!.toLowerCase();
