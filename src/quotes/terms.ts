// Quoted words that are a term, a nickname or words cited as words rather than anyone's speech, decided
// from what stands around them (who, if anyone, is said to use them), not from their length.
import type { Span } from '../document.js';
import { NAMING_PARTICIPLES, NAMING_VERBS } from '../lexicons/non-speech-cues.js';

const alternation = (words: readonly string[]): string => words.join('|');
/** "known as the", "known to supporters as", "referred to as": nobody is said to speak the name. */
const KNOWN_AS = /\b(?:known|referred\s+to)(?:\s+[\p{L}’'-]+){0,6}\s+as(?:\s+(?:the|an?))?$/iu;
/** "is called the", "has been dubbed": a passive naming verb. */
const PASSIVE_NAMING = new RegExp(`\\b(?:is|are|was|were|be|been|being|become|became|get|got)\\s+(?:\\p{L}+ly\\s+)?(?:${alternation(NAMING_VERBS)})(?:\\s+as)?(?:\\s+(?:the|an?))?$`, 'iu');
/** "a region dubbed the": a naming participle after a noun phrase opened by a determiner. */
const PARTICIPLE_NAMING = new RegExp(`\\b(?:the|a|an|this|that|these|those|its|their)\\s+(?:[\\p{L}-]+\\s+){1,2}(?:${alternation(NAMING_PARTICIPLES)})(?:\\s+(?:the|an?))?$`, 'iu');
/** An active naming verb a few words before the quote: "Trump called the winner “Miss Piggy”". */
const ACTIVE_NAMING = new RegExp(`\\b(?:${alternation(NAMING_VERBS)})\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){1,4}$`, 'iu');

/**
 * Whether someone is said to name the thing with the quoted words ("Trump called the winner “Miss
 * Piggy”", "she dubbed him “the Bulldozer”"): then capitalised words are that speaker's words, not a title.
 */
export function namedBySomeone(before: string, after: string): boolean {
  const tail = before.slice(-80);
  return ACTIVE_NAMING.test(`${tail} `) && !namesATerm(before, after);
}

/** "… by critics": a passive with its agent names the speaker after all. */
const BY_AGENT = /^[^\p{L}\p{N}]*by\b/u;

/** ", which is defined as", ", defined as": the writer defines the quoted words, a term. */
const DEFINED_AFTER = /^[,”"’']*\s*(?:,\s*)?(?:which\s+(?:is|are)\s+)?defined\s+as\b/i;

/** Whether the words around a quote (`before` trimmed, `after` it) name a term with nobody said to speak it. */
export function namesATerm(before: string, after: string): boolean {
  if (DEFINED_AFTER.test(after)) return true;
  const tail = before.slice(-80);
  if (KNOWN_AS.test(tail) || PARTICIPLE_NAMING.test(tail)) return true;
  return PASSIVE_NAMING.test(tail) && !BY_AGENT.test(after.slice(0, 12));
}

/**
 * The nicknames inside names: quotes that lie within a person's mention (Cris “Cyborg” Justino is one
 * mention, the people stage's doing). Returns a test over quote spans; mentions are sorted once.
 */
export function nicknameTest(people: ReadonlyArray<{ mentions: readonly Span[] }>): (q: Span) => boolean {
  const mentions = sortedMentions(people);
  return (q) => {
    const around = mentions[firstStartingAt(mentions, q.start) - 1];
    return around !== undefined && q.end < around.end;
  };
}

/**
 * Quoted words that stand as a descriptor right before a person's name (its “national enterprise reporter”
 * Jane Doe): a label the writer puts in quotation marks, not that person's speech. Returns a test over
 * quote spans and the text.
 */
export function descriptorTest(people: ReadonlyArray<{ mentions: readonly Span[] }>): (q: Span, text: string) => boolean {
  const mentions = sortedMentions(people);
  return (q, text) => {
    if (text[q.end] !== ' ' || !/^.[\p{Ll}]/u.test(text.slice(q.start, q.start + 2)) || /[.,;:!?…—–-]$/.test(text.slice(q.start, q.end - 1))) return false;
    // the quote opens a noun phrase: its “…” Jane Doe, the “…” Jane Doe (not "only “to mock” Jane Doe")
    if (!DETERMINER_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start))) return false;
    return mentions[firstStartingAt(mentions, q.end + 1)]?.start === q.end + 1;
  };
}

const DETERMINER_BEFORE = /\b(?:the|a|an|its|his|her|their|our|my|your)\s$/i;

const sortedMentions = (people: ReadonlyArray<{ mentions: readonly Span[] }>): Span[] => people.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);

/** Index of the first mention that starts at or after `offset`. */
function firstStartingAt(mentions: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What may stand between two quoted words of a list: a comma, "and", "or". */
const LIST_JOINT = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+|\/\s*)$/;
/** A listed quoted word is short. */
const LISTED_MAX_WORDS = 3;

/** Words before a list that cite its items as words: "words like", "terms such as", "the phrases". */
const CITES_WORDS = /\b(?:words?|terms?|phrases?|expressions?|labels?|slogans?|buzzwords?|jargon)(?:\s+(?:like|such\s+as|including))?\s*[:,]?$/i;

/** Whether the list that quote i stands in is introduced as words: "words like “synergy”, “pivot” and …". */
export function listCitesWords(text: string, quotes: ReadonlyArray<Span>, i: number): boolean {
  let first = i;
  while (first > 0 && LIST_JOINT.test(text.slice(quotes[first - 1]!.end, quotes[first]!.start))) first--;
  const start = quotes[first]!.start;
  return CITES_WORDS.test(text.slice(Math.max(0, start - 40), start).trimEnd());
}

/**
 * Whether quote i stands in a list of short quoted words ("words like “synergy”, “pivot” and “leverage”"):
 * a short neighbour joined to it by a comma, "and" or "or".
 */
export function inQuotedList(text: string, quotes: ReadonlyArray<{ start: number; end: number; text: string }>, i: number): boolean {
  const short = (q: { text: string } | undefined): q is { start: number; end: number; text: string } =>
    q !== undefined && q.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= LISTED_MAX_WORDS;
  const q = quotes[i]!;
  if (!short(q)) return false;
  const prev = quotes[i - 1];
  const next = quotes[i + 1];
  return (short(prev) && LIST_JOINT.test(text.slice(prev.end, q.start))) || (short(next) && LIST_JOINT.test(text.slice(q.end, next.start)));
}
