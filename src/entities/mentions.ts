// Person and place mentions of a document, from the tagger's runs plus the rules that CoNLL-style spans
// need: titles and possessive endings outside the span, edge punctuation trimmed. Computed once per
// document and shared by the people and places stages.
import type { Document, Token } from '../document.js';
import { hasLetter } from './shape.js';
import { isSaintWord } from './saint-names.js';
import { tagEntities } from './tagger.js';
import { leadingTitleTokens, titleBefore } from './titles.js';
import type { EntityType } from './labels.js';

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

export interface DocumentMentions {
  people: Mention[];
  places: Mention[];
}

const cache = new WeakMap<Document, DocumentMentions>();

/** Mentions of the document, tagged once whichever stage asks first. */
export function documentMentions(doc: Document): DocumentMentions {
  let found = cache.get(doc);
  if (!found) {
    found = findMentions(doc);
    cache.set(doc, found);
  }
  return found;
}

const POSSESSIVE = /^['’]s?$/;

const NICKNAME_MARKS: Record<string, string> = { '“': '”', '‘': '’', '"': '"', "'": "'", '«': '»' };
const opensQuotedNickname = (tokens: Token[], first: number, end: number): boolean => {
  const closing = NICKNAME_MARKS[tokens[first]!.text];
  return !!closing && end - first >= 4 && tokens.slice(first + 2, end - 1).some((t) => t.text === closing);
};

function findMentions(doc: Document): DocumentMentions {
  const { tokens, text } = doc;
  const { runs } = tagEntities(doc);
  const people: Mention[] = [];
  const places: Mention[] = [];
  for (const run of runs) {
    if (run.type !== 'PER' && run.type !== 'LOC') continue;
    let { first, end } = run;
    if (run.type === 'PER') first += leadingTitleTokens(tokens, first, end);
    // "St James’s", "St. Matthew’s": the possessive of a saint's name is part of the place's name
    const saints = run.type === 'LOC' && isSaintWord(tokens[first]!.norm);
    while (end > first && ((POSSESSIVE.test(tokens[end - 1]!.norm) && !(saints && end - first >= 3)) || !hasLetter(tokens[end - 1]!.text))) end--;
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
