// Finds the words that name a speaker next to a speech verb: the subject before it ("the ministry said",
// "Smith, a spokesman, said", "she added") or the inverted subject after it ("said Jane Doe").
import type { Token } from '../document.js';
import { SPEAKER_PRONOUNS } from '../lexicons/pronouns.js';
import { TIME_MODIFIERS, TIME_WORDS } from '../lexicons/time-words.js';
import type { AttributionContext, MentionRef, Window } from './context.js';
import type { RoleTokens } from './speaker-role.js';

export type SpeakerRef =
  /** `role`: a descriptor beside the name ("local shopkeeper" Tom Reyes, Anne Richards, "assistant secretary"). */
  | { kind: 'person'; ref: MentionRef; role?: RoleTokens }
  | { kind: 'pronoun'; token: number }
  | { kind: 'phrase'; first: number; last: number }
  /** "Beck, who said …": the relative pronoun is the mention, the person before it the speaker. */
  | { kind: 'relative'; token: number; antecedent: MentionRef }
  /** "the Saudi government, which has denied …": the relative pronoun is the mention, the phrase before it names the speaker. */
  | { kind: 'relative-phrase'; token: number; first: number; last: number };

/** Words allowed between a subject and its verb: "Xi also said", "she has since told", "he would later add". */
const BETWEEN_SUBJECT_AND_VERB = new Set(
  "also later then has have had would will was is were are again further previously reportedly once since still just even first recently do does did may might could should must can not n't both all".split(' '),
);
/** Prepositions that may sit inside a speaker phrase: "a spokeswoman for the ministry", "officials in Kyiv". */
const PHRASE_PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on']);
const NOMINAL = new Set(['NOUN', 'PROPN']);
const MODIFIER = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);
const POSSESSIVE = new Set(["'s", "'", 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** A noun, or a capitalised word the tagger took for something else ("Ward" after a closing quote). */
const isNominal = (t: Token): boolean => NOMINAL.has(t.pos) || (/^\p{Lu}\p{Ll}/u.test(t.text) && t.pos !== 'PRON' && t.pos !== 'DET');
const isModifier = (t: Token): boolean => MODIFIER.has(t.pos) || POSSESSIVE.has(t.norm) || t.text === '-' || t.text === '&';

export function subjectBefore(ctx: AttributionContext, verb: number, win: Window): SpeakerRef | null {
  const { tokens } = ctx;
  const j = skipToSubject(ctx, verb - 1, win);
  if (j < win.from) return null;
  if (tokens[j]!.text !== ',') return phraseEndingAt(ctx, j, win);
  // an appositive between subject and verb: "Jane Doe, a spokeswoman for the ministry, said"; it may hold
  // commas of its own ("Clinton, during a meeting in Columbus, Ohio, said") or put the name last ("the
  // office's director, Jean-Baptiste Moreau, said"): the leftmost person wins, else the leftmost phrase
  let person: (SpeakerRef & { kind: 'person' }) | null = null;
  let phrase: (SpeakerRef & { kind: 'phrase' }) | null = null;
  const named = ctx.mentionAt.get(j - 1);
  if (named && named.last === j - 1) person = { kind: 'person', ref: named };
  for (let k = j - 1; k > win.from && j - k < MAX_APPOSITIVE; k--) {
    if (ctx.quoteOf[k] !== -1) break;
    if (tokens[k]!.text !== ',') continue;
    const head = phraseEndingAt(ctx, skipToSubject(ctx, k - 1, win), win);
    // the words between the name and the verb's comma describe the person: "Jane Doe, a spokeswoman, said"
    if (head?.kind === 'person') person = { ...head, role: { first: k + 1, last: j - 1 } };
    else if (head?.kind === 'phrase') phrase = head;
  }
  // "the office's director, Jean-Baptiste Moreau, said": the phrase before the name is the role
  if (person && phrase && !person.role) {
    // the whole descriptor, back to the clause's start: "Counsel assisting the inquiry, Marcus O'Donoghue, told"
    let first = phrase.first;
    while (first > win.from && tokens[first - 1]!.text !== ',' && ctx.quoteOf[first - 1] === -1) first--;
    return { ...person, role: { first, last: phrase.last } };
  }
  return person ?? phrase;
}

/**
 * "the Saudi government, which has denied …", "economists who argue …": a relative pronoun right before the
 * verb (past adverbs and auxiliaries), whose antecedent is a noun phrase, not a person. Reported speech only:
 * for quoted speech the rules of `src/attribution/` look further.
 */
export function relativeBefore(ctx: AttributionContext, verb: number, win: Window): SpeakerRef | null {
  const { tokens } = ctx;
  const j = skipToSubject(ctx, verb - 1, win);
  if (j <= win.from || !(tokens[j]!.norm === 'who' || tokens[j]!.norm === 'which')) return null;
  const end = tokens[j - 1]!.text === ',' ? j - 2 : j - 1;
  const head = end >= win.from && !ctx.mentionAt.has(end) ? phraseEndingAt(ctx, end, win) : null;
  return head?.kind === 'phrase' ? { kind: 'relative-phrase', token: j, first: head.first, last: head.last } : null;
}

/** Tokens an appositive may span. */
const MAX_APPOSITIVE = 30;

/** Walks back from `j` over adverbs, auxiliaries, time phrases and parentheticals to the subject's last word. */
function skipToSubject(ctx: AttributionContext, j: number, win: Window): number {
  const { tokens } = ctx;
  for (let moved = true; moved && j >= win.from; ) {
    moved = false;
    while (j >= win.from && (BETWEEN_SUBJECT_AND_VERB.has(tokens[j]!.norm) || tokens[j]!.pos === 'ADV')) (j--, (moved = true));
    if (j >= win.from && TIME_WORDS.has(tokens[j]!.norm)) {
      j--;
      while (j >= win.from && (TIME_WORDS.has(tokens[j]!.norm) || TIME_MODIFIERS.has(tokens[j]!.norm) || tokens[j]!.pos === 'NUM')) j--;
      moved = true;
    }
    if (j >= win.from && tokens[j]!.text === ')') {
      // a parenthetical after the subject: "Rep. Gregory Meeks (D-N.Y.) said"
      while (j >= win.from && tokens[j]!.text !== '(') j--;
      j--;
      moved = true;
    }
  }
  return j;
}

export function phraseEndingAt(ctx: AttributionContext, j: number, win: Window): SpeakerRef | null {
  const { tokens } = ctx;
  if (j < win.from || ctx.quoteOf[j] !== -1) return null;
  const person = ctx.mentionAt.get(j);
  if (person && person.last === j) return { kind: 'person', ref: person };
  if (SPEAKER_PRONOUNS.has(tokens[j]!.norm)) return { kind: 'pronoun', token: j };
  if (tokens[j]!.norm === 'who' && tokens[j - 1]?.text === ',') {
    const antecedent = ctx.mentionAt.get(j - 2);
    return antecedent && antecedent.last === j - 2 ? { kind: 'relative', token: j, antecedent } : null;
  }
  // "the inspector general": a title whose last word the tagger takes for an adjective
  const postpositive = tokens[j]!.norm === 'general' && j - 1 >= win.from && isNominal(tokens[j - 1]!);
  if ((!isNominal(tokens[j]!) && !postpositive) || TIME_WORDS.has(tokens[j]!.norm)) return null;
  let first = j;
  for (let k = j - 1; k >= win.from && ctx.quoteOf[k] === -1; k--) {
    const t = tokens[k]!;
    if (isModifier(t)) first = k;
    else if (PHRASE_PREPOSITIONS.has(t.norm) && k - 1 >= win.from && isModifier(tokens[k - 1]!)) first = k;
    else break;
  }
  while (first < j && (PHRASE_PREPOSITIONS.has(tokens[first]!.norm) || tokens[first]!.text === '-')) first++;
  return { kind: 'phrase', first, last: j };
}

export function objectAfter(ctx: AttributionContext, verb: number, win: Window): SpeakerRef | null {
  const { tokens } = ctx;
  const j = verb + 1;
  if (j >= win.to || ctx.quoteOf[j] !== -1) return null;
  if (SPEAKER_PRONOUNS.has(tokens[j]!.norm)) return { kind: 'pronoun', token: j };
  // a person mention, perhaps after title words: "said Interior Minister Farida Haddad"
  for (let k = j; k < Math.min(win.to, j + 5); k++) {
    const person = ctx.mentionAt.get(k);
    if (person) return { kind: 'person', ref: person, ...(k > j ? { role: { first: j, last: k - 1 } } : {}) };
    const t = tokens[k]!;
    if (!(/^\p{Lu}/u.test(t.text) || t.pos === 'DET' || t.text === '.')) break;
  }
  let last = -1;
  for (let k = j; k < win.to && ctx.quoteOf[k] === -1; k++) {
    const t = tokens[k]!;
    if (isNominal(t)) last = k;
    else if (isModifier(t)) continue;
    else if (PHRASE_PREPOSITIONS.has(t.norm) && last >= 0) continue;
    else break;
  }
  return last >= 0 ? { kind: 'phrase', first: j, last } : null;
}
