// Reported speech without quotation marks: the content of what someone is said to have said, found next to
// its cue, with the words that name the speaker. The content is what annotated news marks: it starts at
// "that" when there is one, stops before the sentence's final punctuation, and never holds the cue or the
// speaker. The patterns, by how much of real news they carry:
//   X said/says [that] CONTENT · X told Y [that] CONTENT · X said in a statement / on Monday [that] CONTENT
//   CONTENT, X said · CONTENT, said X
//   according to X, CONTENT · CONTENT, according to X · CONTENT, according to X, CONTENT (two spans)
//   X called for CONTENT · X called on Y to CONTENT · X called CONTENT (its object and complement, "called
//   ⟦the charges unfounded⟧") · X denounced/proposed CONTENT · X referred to CONTENT
// Not reported speech: a cue inside quotation marks (the quote's own words), a question the writer asks,
// negated or conditional speech ("did not say whether", "if he says"), a passive cue with no speaker ("is
// expected to"), "that said", "the said …", and verbs of perception. Beliefs and wishes: src/quotes/belief-cues.ts.
import type { AttributionRule, Span, Token } from '../document.js';
import { isAccordingTo, isCue, isParticipleCue, isVerbAt } from '../attribution/cues.js';
import type { AttributionContext, Window } from '../attribution/context.js';
import { clauseSubject } from '../attribution/decision.js';
import { objectAfter, relativeBefore, subjectBefore, type SpeakerRef } from '../attribution/speaker-phrase.js';
import { SPEECH_VERB_FORMS } from '../lexicons/speech-verbs.js';
import { TIME_MODIFIERS, TIME_WORDS } from '../lexicons/time-words.js';
import { REFUSALS } from '../lexicons/refusals.js';
import { OBJECT_PRONOUNS } from '../lexicons/pronouns.js';
import { beforeSetting, notSpeechObject } from './act-senses.js';

export interface ReportedClause {
  /** The content, in characters. */
  content: Span;
  /** Tokens of the cue: the speech verb, or "according to". */
  cue: { first: number; last: number };
  speaker: SpeakerRef | null;
  method: AttributionRule;
  confidence: number;
}

/** Words that open a relative clause: "where, she said, …". */
const RELATIVE_WORDS = new Set(['where', 'which', 'who', 'whom', 'whose', 'when', 'that']);
/** Parts of speech that open a noun phrase: the verb's object. */
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
/** How far after a cue a "that" may open its content: "told reporters at a rally in Ohio on Monday that". */
const THAT_REACH = 20;
/** Fewest words a content must hold. */
const MIN_WORDS = 2;
/** Words before a cue that negate it or make it hypothetical: nothing was said. */
const NEGATION = new Set(['not', "n't", 'never', 'no', 'nobody', 'neither', 'nor', 'declined', 'refused', 'without']);
const CONDITION = new Set(['if', 'unless', 'whether', 'should']);
/** Words between a subject and its verb that the tagger calls determiners: "they both said", "all said". */
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
const CLOSING_PUNCTUATION = /^[.!?…;:,]+$/;
const COORDINATORS = new Set(['and', 'but', 'or']);
/** Verbs whose object alone, with no clause, reports what was said: "announced his resignation", the
 * speech acts of judging, whose object is what was judged ("criticized the ruling", "cited the report"),
 * and those of airing a view or a proposal ("denounced the ruling", "voiced support", "proposed a tax"),
 * which annotated news counts as attributions (PolNeAR train, share of uses outside quotes: judging 74-93 %;
 * denounce 88, condemn 92, decry 100, blast 100, slam 71, attack 67, mention 63, signal 89,
 * highlight 67, retweet 78, propose 52, disclose 53, request 52, express 85, echo 76, voice 79, invoke 67). */
const NOUN_CONTENT = new Set(['announce', 'confirm', 'deny', 'predict', 'estimate', 'report', 'reveal', 'pledge', 'promise', 'declare', 'criticize', 'praise', 'defend', 'blame', 'reject', 'dismiss', 'accuse', 'endorse', 'cite', 'show', 'find', 'denounce', 'condemn', 'decry', 'blast', 'slam', 'attack', 'mention', 'signal', 'highlight', 'retweet', 'propose', 'disclose', 'request', 'express', 'echo', 'voice', 'invoke']);
const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves', 'myself', 'ourselves', 'yourself']);
/** Said alone, these words are the whole answer: "said yes", "said so". */
const ANSWERS = new Set(['yes', 'no', 'so']);
/** "said nothing", "said little": nothing was reported (not "said much of the talk was about Israel"). */
const NOTHING = new Set(['nothing', 'anything', 'little', 'much']);
/** Words before a number that make it approximate: "said about half of them …". */
const APPROXIMATORS = new Set(['about', 'around', 'nearly', 'almost', 'over', 'roughly', 'some']);
/** The possessive "'s" after a word: "Monday's decision". */
const POSSESSIVE_MARKS = new Set(["'s", '’s']);
/** After a comma, words that open a clause of the writer's own: the reported content ends before them. */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'though', 'although', 'however', 'yet']);
/** How far after ", and" a cue shows that a new attribution begins: "…, and three-quarters said …". */
const NEXT_CUE_REACH = 8;
const DASHES = new Set(['—', '–', '―', '--']);
/** After a comma, words that open a description of what came before, not more of what was said: "…,
 * known as the Golden Week". Not "which" or "including": in annotated news the content ends before them
 * about as often as it runs on through them. */
const TRAILING_OPENERS = new Set(['known']);
/** Words that open an adverbial clause before the main one: "While Ramos said that …, he appears …". */
const SUBORDINATORS = new Set(['while', 'although', 'though', 'as', 'when', 'after', 'because', 'since', 'before', 'once', 'whereas']);
/** Parts of speech that cannot open a content: "said of waterboarding", "said when asked", "adding to". */
const NOT_CONTENT_START = new Set(['ADP', 'SCONJ', 'CCONJ', 'PUNCT', 'PART']);
/** Words that may open a content even so: "asked whether", "asked if", "told him to". */
const CONTENT_OPENERS = new Set(['that', 'whether', 'if', 'to', 'not', 'how', 'why', 'what', 'who', 'where', 'when']);

/** Every reported clause of the document, in text order. */
export function findReportedClauses(ctx: AttributionContext): ReportedClause[] {
  const out: ReportedClause[] = [];
  for (const s of ctx.doc.sentences) {
    const win: Window = { from: s.firstToken, to: s.endToken };
    if (win.to - win.from < 3 || isQuestion(ctx, win)) continue;
    for (let v = win.from; v < win.to; v++) {
      if (ctx.quoteOf[v] !== -1) continue;
      if (isAccordingTo(ctx.tokens, v)) out.push(...accordingTo(ctx, win, v));
      else if (CALL_FORMS.has(ctx.tokens[v]!.norm)) out.push(...callFor(ctx, win, v));
      else if (isCue(ctx.tokens, v)) {
        const clause = invertedSpeaker(ctx, win, v) ? null : afterCue(ctx, win, v);
        out.push(...(clause ? [clause] : beforeCue(ctx, win, v)));
      }
    }
  }
  return out.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
}

/** A sentence that ends with a question mark outside quotes asks; it reports nothing. */
export function isQuestion(ctx: AttributionContext, win: Window): boolean {
  for (let t = win.to - 1; t >= win.from; t--) {
    const tok = ctx.tokens[t]!;
    if (ctx.quoteOf[t] !== -1) return false;
    if (tok.pos !== 'PUNCT') return false;
    if (tok.text.includes('?')) return true;
  }
  return false;
}

/** The cue itself may report a statement here: not negated, conditional, passive, "that said" or "the said". */
function usableCue(ctx: AttributionContext, win: Window, v: number): boolean {
  return !!SPEECH_VERB_FORMS.get(ctx.tokens[v]!.norm)?.reportsClause && usableCueAt(ctx, win, v);
}

/** Whatever the verb: not negated, conditional, passive, "that said" or "the said". */
export function usableCueAt(ctx: AttributionContext, win: Window, v: number): boolean {
  const { tokens } = ctx;
  const prev = tokens[v - 1];
  // "the said property", not "they both said"
  if (prev && v - 1 >= win.from && ((prev.pos === 'DET' && !FLOATING_QUANTIFIERS.has(prev.norm)) || (prev.norm === 'that' && v - 1 === win.from))) return false;
  // "too embarrassed to admit …", "willing to discuss …": an infinitive after an adjective names an act
  // someone is disposed to, not one done (not "went on to say", nor "took to Twitter to accuse …")
  if (prev?.norm === 'to' && v - 2 >= win.from && tokens[v - 2]!.pos === 'ADJ') return false;
  // "758 pledged delegates", "his proposed ban": a participle between a number, a preposition or a
  // possessive and its noun is an adjective
  if (isAdjectivalParticiple(ctx, win, v)) return false;
  // "what Obama says and promises": the words said are a noun phrase, no statement
  if (tokens[v - 2]?.norm === 'what' || prev?.norm === 'what') return false;
  // back to the clause's start: a negation or condition anywhere before the verb in its clause
  for (let k = v - 1; k >= win.from && v - k <= 8; k--) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ';' || ctx.quoteOf[k] !== -1) break;
    if (NEGATION.has(t.norm) || CONDITION.has(t.norm)) return false;
  }
  // "is expected", "was asked": the subject is not the speaker
  let k = v - 1;
  while (k >= win.from && tokens[k]!.pos === 'ADV') k--;
  return !(k >= win.from && BE.has(tokens[k]!.norm) && /(ed|en|wn|ld|id)$/.test(tokens[v]!.norm));
}

/** Before a participle, words after which it can only modify the noun that follows it: "758 pledged delegates",
 * "in pledged delegates", "his proposed ban", "Trump's proposed ban". */
const ADJECTIVE_CONTEXT = new Set(['NUM', 'ADP']);

/** A past participle right between a number, a preposition or a possessive and a noun: an adjective. */
function isAdjectivalParticiple(ctx: AttributionContext, win: Window, v: number): boolean {
  const { tokens } = ctx;
  const prev = tokens[v - 1];
  const next = tokens[v + 1];
  if (!prev || !next || v - 1 < win.from || v + 1 >= win.to || !tokens[v]!.norm.endsWith('ed') || next.pos !== 'NOUN') return false;
  return ADJECTIVE_CONTEXT.has(prev.pos) || POSSESSIVES.has(prev.norm);
}

/** X said [that] CONTENT: the content after the cue, its speaker before it. */
function afterCue(ctx: AttributionContext, win: Window, v: number): ReportedClause | null {
  const { tokens } = ctx;
  if (!usableCue(ctx, win, v)) return null;
  const start = contentStart(ctx, win, v);
  if (start < 0) return null;
  const leading = leadingParticiple(ctx, win, v);
  const end = contentEnd(ctx, win, start, opensWithSubordinator(ctx, win, v) || leading);
  // a noun phrase may be all that was said when it runs to the sentence's end: "announced his resignation"
  // (not after a comma: "…, said Priya Raman, an engineer" names the speaker, not what was said)
  // "referring to the convention, …": a topic is a noun phrase, and may end at a comma
  const form = SPEECH_VERB_FORMS.get(tokens[v]!.norm)!;
  const topic = start === v + 2 && form.topic.includes(tokens[v + 1]!.norm);
  const nounContent = topic || NOUN_CONTENT.has(form.verb) || (end === start + 1 && ANSWERS.has(tokens[start]!.norm));
  const toEnd = end >= 0 && nounContent && (endsSentence(ctx, win, end) || ((topic || leading) && tokens[end]?.text === ',')) && (tokens[v - 1]?.text !== ',' || isParticipleCue(tokens, v));
  // "before dismissing them": a pronoun alone reports nothing; "declaring itself bankrupt" is an act
  if ((end === start + 1 && tokens[start]!.pos === 'PRON') || REFLEXIVES.has(tokens[start]!.norm)) return null;
  // "30 percent said the same of the mayor": what the others said, said again
  const same = tokens[start]!.norm === 'the' && tokens[start + 1]?.norm === 'same';
  if (end < 0 || (NOTHING.has(tokens[start]!.norm) && tokens[start + 1]?.norm !== 'of') || !isStatement(ctx, start, end, tokens[start]!.norm === 'that' || toEnd || same)) return null;
  if (toEnd && notSpeechObject(ctx, form.verb, start, end)) return null;
  const speaker = speakerOf(ctx, win, v, end);
  if (!speaker) return null;
  return { content: charSpan(ctx, start, toEnd ? beforeSetting(ctx, start, end) : end), cue: { first: v, last: v }, speaker, method: 'reported-speaker-cue', confidence: 0.85 };
}

/** "Claiming the criticism was unfair, Trump told …", "After saying he was nervous, the man …": a
 * participle that opens the sentence (perhaps after a preposition) heads a phrase that ends at its comma. */
function leadingParticiple(ctx: AttributionContext, win: Window, v: number): boolean {
  const first = pastDateline(ctx, win);
  return isParticipleCue(ctx.tokens, v) && (v === first || (v === first + 1 && /^(ADP|SCONJ)$/.test(ctx.tokens[first]!.pos)));
}

/** ", said Robert Lane, director of …", ", predicted the mayor, who …": after a comma, the words after the
 * cue name its speaker, not what was said; the content is the clause before the comma. */
function invertedSpeaker(ctx: AttributionContext, win: Window, v: number): boolean {
  // ", citing a threat to public health": a participle's subject never follows it
  if (ctx.tokens[v - 1]?.text !== ',' || isParticipleCue(ctx.tokens, v)) return false;
  const last = lastOf(objectAfter(ctx, v, win));
  if (last === null) return false;
  const next = ctx.tokens[last + 1];
  return last + 1 >= win.to || !next || next.text === ',' || next.norm === 'who' || endsSentence(ctx, win, last + 1);
}

/** Where the content after a cue starts: at "that" when it comes soon, else past an addressee and adjuncts. */
function contentStart(ctx: AttributionContext, win: Window, v: number): number {
  const { tokens } = ctx;
  let k = v + 1;
  // "said — on Twitter, as it happens — that …": the content follows the parenthetical
  if (k < win.to && isDash(ctx, k) && closingDash(ctx, win, k) > 0) k = closingDash(ctx, win, k) + 1;
  if (k >= win.to || ctx.quoteOf[k] !== -1 || tokens[k]!.text === ':') return -1;
  // "warned against new tariffs", "talked about the economy": the preposition's object
  if (SPEECH_VERB_FORMS.get(tokens[v]!.norm)?.topic.includes(tokens[k]!.norm)) return k + 1 < win.to && ctx.quoteOf[k + 1] === -1 ? k + 1 : -1;
  // "said in a statement on Monday that", "told reporters at a rally in Ohio that", "can now say, with
  // hindsight, that"; not "that night"
  // "blaming energy costs that …", "stressed the threat that …": past an object that is no hearer, "that" is a relative
  const objectFirst = !SPEECH_VERB_FORMS.get(tokens[v]!.norm)?.hearer && OBJECT_START.has(tokens[k]!.pos) && !TIME_WORDS.has(tokens[k]!.norm);
  for (let t = k; t < Math.min(win.to, k + THAT_REACH) && !objectFirst; t++) {
    const tok = tokens[t]!;
    if (ctx.quoteOf[t] !== -1 || ((tok.pos === 'VERB' || tok.pos === 'AUX') && !/^\p{Lu}/u.test(tok.text)) || tok.text === ':' || tok.text === ';') break;
    // not "that night", nor "after the meeting that was held …" (a relative: "that" and straight a verb)
    if (tok.norm === 'that' && !TIME_WORDS.has(tokens[t + 1]?.norm ?? '') && !isVerbAt(tokens, t + 1)) return t;
  }
  if (tokens[k]!.text === ',') return -1;
  if (SPEECH_VERB_FORMS.get(tokens[v]!.norm)?.hearer) k = pastObject(ctx, win, k);
  // time words after the verb: "said Monday the plan …"
  // (not "said Monday's decision will …": a time word that owns a noun opens the content)
  while (k < win.to && (TIME_WORDS.has(tokens[k]!.norm) || (TIME_MODIFIERS.has(tokens[k]!.norm) && TIME_WORDS.has(tokens[k + 1]?.norm ?? ''))) && !POSSESSIVE_MARKS.has(tokens[k + 1]?.norm ?? '')) k++;
  if (k >= win.to) return -1;
  const first = tokens[k]!;
  // "at least six planes …" is a quantity, not a place or time
  // nor "about half of …", "nearly 40 percent …"
  const quantity = (first.norm === 'at' && (tokens[k + 1]?.norm === 'least' || tokens[k + 1]?.norm === 'most')) || (APPROXIMATORS.has(first.norm) && (tokens[k + 1]?.pos === 'NUM' || tokens[k + 1]?.norm === 'half'));
  if (first.norm === 'to') return isVerbAt(tokens, k + 1) ? k : -1;
  if (first.pos === 'ADP' && !quantity && !CONTENT_OPENERS.has(first.norm) && !introducesClause(ctx, win, k)) {
    // "said in an interview with the Herald the bridge would reopen": past the setting, a clause
    const after = pastSetting(ctx, win, k);
    return SETTING_PREPOSITIONS.has(first.norm) && after > 0 && !RELATIVE_WORDS.has(tokens[after]!.norm) && startsClause(ctx, win, after) ? after : -1;
  }
  return NOT_CONTENT_START.has(first.pos) && !CONTENT_OPENERS.has(first.norm) && !quantity && first.pos !== 'ADP' ? -1 : k;
}

/** Prepositions that open where or when something was said: "in an interview", "at a rally", "on Twitter"
 * (not "of" or "about", which name what it was said of). */
const SETTING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during']);
/** How many words a setting after a cue may take: "in an interview with the Boston Herald on Monday". */
const SETTING_REACH = 12;

/** Past prepositional phrases from `k` ("in an interview with the Herald"): the first token after a noun
 * that no preposition joins to it, where a new noun phrase starts; -1 when none comes. */
function pastSetting(ctx: AttributionContext, win: Window, k: number): number {
  const { tokens } = ctx;
  let noun = false;
  for (let t = k; t < Math.min(win.to, k + SETTING_REACH); t++) {
    const tok = tokens[t]!;
    if (ctx.quoteOf[t] !== -1 || /^(PUNCT|VERB|AUX|SCONJ)$/.test(tok.pos) || tok.norm === 'as') return -1;
    if (tok.pos === 'ADP') noun = false;
    else if (noun && (tok.pos === 'DET' || tok.pos === 'PRON')) return t;
    else if (tok.pos === 'NOUN' || tok.pos === 'PROPN') noun = true;
  }
  return -1;
}

/** A subject and its verb from `k`: "the bridge would reopen", "they pulled". */
function startsClause(ctx: AttributionContext, win: Window, k: number): boolean {
  const { tokens } = ctx;
  if (CLAUSE_SUBJECTS.has(tokens[k]!.norm)) return isVerbAt(tokens, k + 1);
  for (let t = k + 1; t < Math.min(win.to, k + 6); t++) {
    if (ctx.quoteOf[t] !== -1) return false;
    const pos = tokens[t]!.pos;
    if (pos === 'AUX' || pos === 'VERB') return true;
    if (!/^(NOUN|PROPN|ADJ|NUM|DET)$/.test(pos) && tokens[t]!.norm !== "'s") return false;
  }
  return false;
}

/** How far a leading phrase may run before the comma after which its clause comes: "despite being an alumna, she plans". */
const LEAD_REACH = 12;

/** A short phrase from `k`, a comma, then a subject and its verb. */
function introducesClause(ctx: AttributionContext, win: Window, k: number): boolean {
  const { tokens } = ctx;
  for (let t = k + 1; t < Math.min(win.to, k + LEAD_REACH); t++) {
    if (ctx.quoteOf[t] !== -1) return false;
    if (tokens[t]!.text !== ',') continue;
    const subject = tokens[t + 1];
    const verb = tokens[t + 2];
    return !!subject && !!verb && (subject.pos === 'PRON' || subject.pos === 'PROPN' || subject.pos === 'NOUN' || subject.pos === 'DET') && /^(VERB|AUX|NOUN|PROPN)$/.test(verb.pos);
  }
  return false;
}

/** "While X said …, MAIN": the cue's clause is an adverbial one, which ends at its first comma. */
export function opensWithSubordinator(ctx: AttributionContext, win: Window, v: number): boolean {
  // "Barkley, who said he votes Democratic, said …": a relative clause ends at its comma too
  let s = v - 1;
  while (s >= win.from && ctx.tokens[s]!.pos === 'ADV') s--;
  if (s >= win.from && (ctx.tokens[s]!.norm === 'who' || ctx.tokens[s]!.norm === 'which' || ctx.tokens[s]!.norm === 'that')) return true;
  for (let k = v - 1; k >= win.from; k--) if (ctx.tokens[k]!.text === ',' && ctx.quoteOf[k] === -1) return false;
  return SUBORDINATORS.has(ctx.tokens[win.from]!.norm);
}

/** Past an object that is a pronoun or a person of the article starting at k; null when it is neither. */
function pastPronounOrPerson(ctx: AttributionContext, k: number): number | null {
  if (OBJECT_PRONOUNS.has(ctx.tokens[k]!.norm)) return k + 1;
  const person = ctx.mentionAt.get(k);
  return person && person.first === k ? person.last + 1 : null;
}

/** Past the addressee of "told": a pronoun, a person, or a short noun phrase ("reporters", "the Associated Press"). */
function pastObject(ctx: AttributionContext, win: Window, k: number): number {
  const { tokens } = ctx;
  const named = pastPronounOrPerson(ctx, k);
  if (named !== null) return named;
  // one noun phrase: a determiner after its noun opens the next one ("told the council the order would slip")
  let t = k;
  let noun = false;
  while (t < win.to && ctx.quoteOf[t] === -1) {
    const pos = tokens[t]!.pos;
    if (pos === 'NOUN' || pos === 'PROPN') noun = true;
    else if (!(pos === 'ADJ' || (pos === 'DET' && !noun) || tokens[t]!.norm === "'s")) break;
    t++;
  }
  return t;
}

/** The last token (exclusive) of a content from `start`: the clause's end, before a new attribution. */
export function contentEnd(ctx: AttributionContext, win: Window, start: number, firstComma = false): number {
  const { tokens } = ctx;
  let end = win.to;
  for (let t = start + 1; t < win.to; t++) {
    if (ctx.quoteOf[t] !== -1) continue;
    const tok = tokens[t]!;
    const next = t + 1 < win.to && ctx.quoteOf[t + 1] === -1 ? t + 1 : -1;
    const after = next >= 0 ? tokens[next]! : null;
    // ", saying …", ", according to …", "and vowed to …": another attribution takes over
    const attribution = after && (isAccordingTo(tokens, next) || (isCue(tokens, next) && (isParticipleCue(tokens, next) || COORDINATORS.has(tok.norm))));
    // ", while 4 in 10 want …": the writer's own clause; ", and three-quarters said …": the next attribution
    const writers = tok.text === ',' && after && (CLAUSE_OPENERS.has(after.norm) || (COORDINATORS.has(after.norm) && (cueWithin(ctx, win, next + 1) || opensClause(ctx, win, next + 1) || REFUSALS.has(tokens[next + 1]?.norm ?? ''))));
    // "after a meeting Thursday", "— no different, he said": what follows is the writer's again
    const adjunct = isDash(ctx, t);
    // "46 percent of voters — and 31 percent overall — remain undecided": a parenthetical between dashes
    // inside the clause, which runs on after it
    const close = adjunct ? closingDash(ctx, win, t) : -1;
    if (close > 0) {
      t = close;
      continue;
    }
    // "…, which forced her to leave", "…; they only learned later": a description or a sentence of the writer's;
    // "…, both said afterwards": the attribution of the words before
    const trailing = tok.text === ';' || (tok.text === ',' && after !== null && (TRAILING_OPENERS.has(after.norm) || isTrailingAppositive(ctx, win, next) || isTrailingAttribution(ctx, win, next)));
    if (((tok.text === ',' || COORDINATORS.has(tok.norm)) && attribution) || writers || adjunct || trailing || (firstComma && tok.text === ',')) {
      end = t;
      break;
    }
    // a colon before a quotation: the words before it introduce the quote, they report nothing
    if (tok.text === ':' && (next < 0 || next === win.to - 1)) return -1;
  }
  while (end > start && (CLOSING_PUNCTUATION.test(tokens[end - 1]!.text) || tokens[end - 1]!.text === '—' || tokens[end - 1]!.text === '–')) end--;
  return beforeLongRelative(ctx, start, end);
}

/** Relative pronouns that open a clause describing what came before: "…, which forced her to leave". */
const TRAILING_RELATIVES = new Set(['which', 'who', 'whom', 'whose']);

/** A relative clause after a comma (", which …", ", who …") that runs to the content's end with no further
 * comma, and has half as many words again as the clause before it, ends the content at its comma: PolNeAR
 * train cuts such a long trailing description from what was said 24 times of 31. Shorter ones stay (cut 43
 * times, kept 35): a content that holds one overlaps either convention's span by half or more. */
function beforeLongRelative(ctx: AttributionContext, start: number, end: number): number {
  const { tokens } = ctx;
  let comma = -1;
  for (let t = start + 1; t < end - 1 && comma < 0; t++) {
    if (tokens[t]!.text === ',' && ctx.quoteOf[t] === -1 && ctx.quoteOf[t + 1] === -1 && TRAILING_RELATIVES.has(tokens[t + 1]!.norm)) comma = t;
  }
  if (comma < 0) return end;
  // "the company, which is based in St. Louis, took steps …": a relative inside the clause, which runs on
  for (let t = comma + 2; t < end; t++) if (tokens[t]!.text === ',' && ctx.quoteOf[t] === -1) return end;
  // "wrote that Trump had claimed a loss …, which …": after a cue of its own, the relative may describe
  // that nested statement's words; the span is left as it was
  for (let t = start; t < comma; t++) if (ctx.quoteOf[t] === -1 && isCue(tokens, t)) return end;
  const longer = 2 * wordCount(ctx, comma + 1, end) > 3 * wordCount(ctx, start, comma);
  return longer && isStatement(ctx, start, comma, false) ? comma : end;
}

/** How far a closing dash may follow an opening one. */
const PARENTHETICAL_REACH = 25;

/** The dash that closes a parenthetical opened by the dash at `t`, when words outside quotation marks
 * follow it; else -1. */
function closingDash(ctx: AttributionContext, win: Window, t: number): number {
  for (let k = t + 2; k < Math.min(win.to - 2, t + PARENTHETICAL_REACH); k++) {
    if (ctx.quoteOf[k] !== -1) return -1;
    if (isDash(ctx, k)) return ctx.quoteOf[k + 1] === -1 && ctx.tokens[k + 1]!.pos !== 'PUNCT' ? k : -1;
  }
  return -1;
}

/** A dash between words: "—", "―", "--", or a hyphen with spaces around it ("Scott - the officer"). */
function isDash(ctx: AttributionContext, t: number): boolean {
  const { tokens, doc } = ctx;
  const tok = tokens[t]!;
  if (DASHES.has(tok.text)) return true;
  return tok.text === '-' && t > 0 && /\s/.test(doc.text[tok.start - 1] ?? '') && /\s/.test(doc.text[tok.end] ?? '');
}

/** From `from` to the sentence's end, a noun phrase with no verb: an appositive to the last noun
 * ("…, the presumed favorite."), which describes, it does not report. */
function isTrailingAppositive(ctx: AttributionContext, win: Window, from: number): boolean {
  const { tokens } = ctx;
  if (tokens[from]!.pos !== 'DET' || tokens[from]!.norm === 'that' || tokens[from]!.norm === 'this') return false;
  for (let t = from + 1; t < win.to; t++) {
    const tok = tokens[t]!;
    if (ctx.quoteOf[t] !== -1 || COORDINATORS.has(tok.norm)) return false;
    // "the alliance that includes …": a relative clause inside the appositive
    if (tok.norm === 'that' || tok.norm === 'who' || tok.norm === 'which') return true;
    // "the presumed favorite": a participle used as an adjective
    const participle = tok.pos === 'VERB' && /ed$/.test(tok.norm) && /^(DET|ADJ|ADV)$/.test(tokens[t - 1]!.pos);
    if ((tok.pos === 'VERB' || tok.pos === 'AUX') && !participle) return false;
    if (tok.text === ',' || tok.text === ':') return false;
  }
  return true;
}

/** How many words the speaker of a trailing attribution may take: ", the agency's spokesman said". */
const TRAILING_SPEAKER_REACH = 6;

/** From `from`: a short subject, a speech verb, and nothing but adverbs or time words to the sentence's end
 * (", both said afterwards", ", the source added."). */
function isTrailingAttribution(ctx: AttributionContext, win: Window, from: number): boolean {
  const { tokens } = ctx;
  for (let t = from + 1; t < Math.min(win.to, from + TRAILING_SPEAKER_REACH + 1); t++) {
    if (ctx.quoteOf[t] !== -1) return false;
    if (!isCue(tokens, t)) {
      if (tokens[t]!.pos === 'VERB' || tokens[t]!.pos === 'PUNCT') return false;
      continue;
    }
    let k = t + 1;
    while (k < win.to && ctx.quoteOf[k] === -1 && (tokens[k]!.pos === 'ADV' || TIME_WORDS.has(tokens[k]!.norm))) k++;
    // not ", she said, …" in mid-sentence: that cue interrupts the content, it does not end it
    return endsSentence(ctx, win, k);
  }
  return false;
}

/** Subject pronouns that open a clause of their own after ", and" / ", but". */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** ", but he refuses …", ", and the downgrade is …": a new subject and its verb, a new statement. */
function opensClause(ctx: AttributionContext, win: Window, from: number): boolean {
  const { tokens } = ctx;
  const first = tokens[from];
  if (!first || from >= win.to || ctx.quoteOf[from] !== -1) return false;
  if (CLAUSE_SUBJECTS.has(first.norm)) return /^(VERB|AUX|ADV)$/.test(tokens[from + 1]?.pos ?? '');
  if ((first.pos !== 'DET' && first.pos !== 'PROPN') || first.norm === 'that') return false;
  for (let t = from + 1; t < Math.min(win.to, from + 4); t++) {
    const pos = tokens[t]!.pos;
    if (pos === 'AUX' || (pos === 'VERB' && /(ed|s)$/.test(tokens[t]!.norm))) return true;
    if (!(pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ')) return false;
  }
  return false;
}

/** A speech cue among the next few tokens of the sentence. */
function cueWithin(ctx: AttributionContext, win: Window, from: number): boolean {
  for (let t = from; t < Math.min(win.to, from + NEXT_CUE_REACH); t++) if (ctx.quoteOf[t] === -1 && isCue(ctx.tokens, t)) return true;
  return false;
}

/** Enough words outside quotation marks, and a verb, for a statement: not "said so", not a quote alone. */
export function isStatement(ctx: AttributionContext, start: number, end: number, verbless: boolean): boolean {
  let words = 0;
  let verb = verbless;
  for (let t = start; t < end; t++) {
    const tok = ctx.tokens[t]!;
    if (ctx.quoteOf[t] !== -1 || tok.pos === 'PUNCT') continue;
    words++;
    if (tok.pos === 'VERB' || tok.pos === 'AUX') verb = true;
  }
  return (words >= MIN_WORDS || (verbless && words > 0)) && verb;
}

/** The subject of the cue; for a participle or a verb coordinated with an earlier one, the clause's subject. */
export function speakerOf(ctx: AttributionContext, win: Window, v: number, contentEnd: number): SpeakerRef | null {
  const { tokens } = ctx;
  const before = { from: win.from, to: v };
  const prev = tokens[v - 1];
  // "…, Smith said, adding that …": the participle hangs from the cue before it, whose speaker adds
  if (isParticipleCue(tokens, v) && prev?.text === ',') {
    const earlier = earlierCueSpeaker(ctx, win, v);
    if (earlier) return earlier;
  }
  if (isParticipleCue(tokens, v) || (prev && COORDINATORS.has(prev.norm))) {
    // "After saying he was nervous, the man …": the main clause after the comma has the subject
    const after = tokens[contentEnd]?.text === ',' ? clauseSubject(ctx, { from: contentEnd + 1, to: win.to }, win.to) : null;
    return clauseSubject(ctx, before, v) ?? after;
  }
  // "A news report published Wednesday said …": no subject right before the verb, the clause's subject speaks
  const subject = subjectBefore(ctx, v, before);
  return antecedentOfRelative(ctx, win, v) ?? subject ?? relativeBefore(ctx, v, before) ?? groupSubject(ctx, win, v) ?? clauseSubject(ctx, before, v) ?? openingPhrase(ctx, win, v);
}

/** Parts of speech a subject phrase may hold that the speaker-phrase rules do not take for one: "Most of
 * them", "The Republican incumbent" (a noun the tagger took for an adjective). */
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADP', 'PUNCT', 'SYM']);

/** "Most of them said", "Many residents — including farmers — said", "those surveyed say": the words from
 * the clause's start to the verb, past adverbs and a parenthetical between dashes, when they hold no verb
 * but a participle after a noun, and a noun, a pronoun, a number or an adjective ends them. */
function openingPhrase(ctx: AttributionContext, win: Window, v: number): SpeakerRef | null {
  const { tokens } = ctx;
  let last = v - 1;
  while (last >= win.from && tokens[last]!.pos === 'ADV') last--;
  if (last > win.from && isDash(ctx, last)) {
    let open = last - 1;
    while (open > win.from && !isDash(ctx, open)) open--;
    last = open - 1;
  }
  // "those surveyed", "the self-described socialist": a participle after a noun, or closing a hyphenated compound
  const participle = (t: number): boolean => tokens[t]!.pos === 'VERB' && /ed$/.test(tokens[t]!.norm) && (/^(NOUN|PRON|DET)$/.test(tokens[t - 1]?.pos ?? '') || tokens[t - 1]?.text === '-');
  if (last < win.from || POSSESSIVES.has(tokens[last]!.norm) || !(/^(NOUN|PROPN|PRON|ADJ|NUM|SYM)$/.test(tokens[last]!.pos) || participle(last))) return null;
  let first = last;
  const within = (t: number): boolean => SUBJECT_WORDS.has(tokens[t]!.pos) || participle(t);
  while (first - 1 >= win.from && ctx.quoteOf[first - 1] === -1 && within(first - 1) && !/^[,;:]$/.test(tokens[first - 1]!.text) && !isDash(ctx, first - 1)) first--;
  while (first < last && (tokens[first]!.pos === 'ADP' || tokens[first]!.pos === 'PUNCT')) first++;
  // the clause must start there: the sentence's start, "But", or a comma, a semicolon or a colon before it
  const before = tokens[first - 1];
  return first - 1 < win.from || (before && (/^[,;:]$/.test(before.text) || (before.pos === 'CCONJ' && first - 2 < win.from))) ? { kind: 'phrase', first, last } : null;
}

/** How far back the cue a participle hangs from may stand: "…, the mayor told reporters, adding". */
const EARLIER_CUE_REACH = 8;
/** How far back of an appositive's comma a quotation's cue may stand: "said Peter Rice, chairman …". */
const APPOSITIVE_REACH = 6;

/** The speaker of the cue just before the comma at `v - 1`: "X said, adding", "said X, adding". */
function earlierCueSpeaker(ctx: AttributionContext, win: Window, v: number): SpeakerRef | null {
  const { tokens } = ctx;
  for (let c = v - 2; c >= win.from && v - c <= EARLIER_CUE_REACH; c--) {
    if (ctx.quoteOf[c] !== -1) return null;
    // "“…,” said Peter Rice, chairman of Fox Networks Group, noting …": past an appositive after the speaker
    if (tokens[c]!.text === ',' && c < v - 1) return quotationCueBefore(ctx, win, c, v);
    if (!isCue(tokens, c) || isParticipleCue(tokens, c)) continue;
    // after a quotation or a comma, the speaker follows the cue: "“…,” said Devine, suggesting …"
    if (tokens[c - 1]?.text === ',' || (c - 1 >= win.from && ctx.quoteOf[c - 1] !== -1)) return objectAfter(ctx, c, { from: win.from, to: v - 1 }) ?? subjectBefore(ctx, c, { from: win.from, to: c });
    return subjectBefore(ctx, c, { from: win.from, to: c });
  }
  return null;
}

/** Before the comma at `comma`, a quotation's inverted cue and its speaker ("“…,” said Peter Rice"): that speaker. */
function quotationCueBefore(ctx: AttributionContext, win: Window, comma: number, v: number): SpeakerRef | null {
  const { tokens } = ctx;
  for (let c = comma - 1; c > win.from && comma - c <= APPOSITIVE_REACH; c--) {
    if (ctx.quoteOf[c] !== -1 || tokens[c]!.text === ',') return null;
    if (isCue(tokens, c) && !isParticipleCue(tokens, c)) return ctx.quoteOf[c - 1] !== -1 ? objectAfter(ctx, c, { from: win.from, to: v - 1 }) : null;
  }
  return null;
}

/** How far back from the verb a relative pronoun may open the clause that ends on it: "others who want to
 * ban abortion said". */
const RELATIVE_REACH = 12;

/** "One of the doctors who signed the letter called …", "Hawkins and others who want to ban abortion said",
 * "organizations that have endorsed him say": the words before the verb end a restrictive relative clause
 * (no comma between); the subject is what the relative pronoun stands for. Not "the bill that Congress
 * passed" when no verb stands between the pronoun and the cue: that "that" opens the cue's own clause. */
function antecedentOfRelative(ctx: AttributionContext, win: Window, v: number): SpeakerRef | null {
  const { tokens } = ctx;
  // "a bully who has repeatedly pledged": the pronoun is the cue's own subject (`subjectBefore` takes it)
  let own = v - 1;
  if (own < win.from) return null; // the verb opens its window: nothing before it
  while (own > win.from && (tokens[own]!.pos === 'ADV' || tokens[own]!.pos === 'AUX' || NEGATION.has(tokens[own]!.norm))) own--;
  // nor an infinitive: "led her to declare"
  if (RELATIVE_WORDS.has(tokens[own]!.norm) || tokens[own]!.norm === 'to') return null;
  let verb = false;
  for (let r = own; r > win.from && v - r <= RELATIVE_REACH; r--) {
    const t = tokens[r]!;
    // not past a clause of its own: "less credit than aides say", "cells that … and researchers hope"
    if (ctx.quoteOf[r] !== -1 || /^[,;:()]$/.test(t.text) || isDash(ctx, r) || t.pos === 'SCONJ' || t.norm === 'than' || COORDINATORS.has(t.norm)) return null;
    if ((t.norm === 'who' || t.norm === 'that') && r < own) {
      // "that" after a noun is a relative; after a verb it opens a clause: "argued that critics who …"
      if (!verb || (t.norm === 'that' && !/^(NOUN|PROPN)$/.test(tokens[r - 1]!.pos))) return null;
      return subjectBefore(ctx, r, { from: win.from, to: r });
    }
    verb ||= t.pos === 'VERB' && r < own;
  }
  return null;
}

/** Poll answers speak as a group: "Six in 10 say", "those who said", "43 said". */
function groupSubject(ctx: AttributionContext, win: Window, v: number): SpeakerRef | null {
  const { tokens } = ctx;
  let last = v - 1;
  if (last >= win.from && (tokens[last]!.norm === 'who' || tokens[last]!.norm === 'that')) last--;
  if (last < win.from || !(tokens[last]!.pos === 'NUM' || tokens[last]!.pos === 'PRON' || tokens[last]!.pos === 'DET' || tokens[last]!.pos === 'NOUN')) return null;
  if (tokens[last]!.pos === 'PRON' && !/^(those|many|some|most|others|all|both)$/.test(tokens[last]!.norm)) return null;
  let first = last;
  while (first - 1 >= win.from && (tokens[first - 1]!.pos === 'NUM' || tokens[first - 1]!.norm === 'in' || tokens[first - 1]!.pos === 'ADV' && tokens[first - 1]!.norm === 'about')) first--;
  return { kind: 'phrase', first, last };
}

/** Only the final punctuation (or nothing) is left of the sentence after token `end`. */
function endsSentence(ctx: AttributionContext, win: Window, end: number): boolean {
  for (let t = end; t < win.to; t++) if (!CLOSING_PUNCTUATION.test(ctx.tokens[t]!.text) || ctx.quoteOf[t] !== -1) return false;
  return true;
}

/** CONTENT, X said. / CONTENT, said X.: the cue ends the sentence, the content is the clause before it. */
function beforeCue(ctx: AttributionContext, win: Window, v: number): ReportedClause[] {
  const { tokens } = ctx;
  if (!usableCue(ctx, win, v)) return [];
  const inverted = tokens[v - 1]?.text === ',';
  let comma: number;
  let speaker: SpeakerRef | null;
  if (inverted) {
    comma = v - 1;
    speaker = objectAfter(ctx, v, win);
  } else {
    speaker = subjectBefore(ctx, v, { from: win.from, to: v });
    const first = firstOf(speaker);
    if (first === null) return [];
    comma = first - 1;
    // "The museum, Mr. Bush said, …": the speaker's title words stand between the comma and the name
    while (comma > win.from && first - comma <= TITLE_REACH && isTitleWord(tokens[comma]!)) comma--;
    // "As the Times noted, CONTENT": the content follows
    if (tokens[comma]?.norm === 'as' && tokens[v + 1]?.text === ',') return asNoted(ctx, win, v, speaker!);
  }
  if (!speaker || comma <= win.from || tokens[comma]!.text !== ',') return [];
  // "One after another, the miners declared bankruptcy": a bare common noun after the verb is its object
  if (inverted && speaker.kind === 'phrase' && speaker.first === speaker.last && /^\p{Ll}/u.test(tokens[speaker.first]!.text)) return [];

  let start = pastDateline(ctx, win);
  while (start < comma && tokens[start]!.pos === 'PUNCT' && ctx.quoteOf[start] === -1) start++;
  const end = contentEnd(ctx, { from: win.from, to: comma }, start);
  // "This campaign, he says, is different": the cue interrupts the content, which gives two spans
  // ("It was, he said on Monday, one of his worst days"): the words after it are the rest of the content;
  // and whatever follows, quoted or not, the words before are content, even one ("But, he said, …")
  let comma2 = v + 1;
  // "The difference now, he told me on Friday, is …": past the hearer and the setting
  if (SPEECH_VERB_FORMS.get(tokens[v]!.norm)?.hearer && comma2 < win.to) comma2 = pastPronounOrPerson(ctx, comma2) ?? comma2;
  if (SETTING_PREPOSITIONS.has(tokens[comma2]?.norm ?? '')) comma2++;
  while (comma2 < win.to && (TIME_WORDS.has(tokens[comma2]!.norm) || TIME_MODIFIERS.has(tokens[comma2]!.norm))) comma2++;
  const rest = !inverted && tokens[comma2]?.text === ',' ? comma2 + 1 : -1;
  const restEnd = rest > 0 && rest < win.to && !isCue(tokens, rest) ? contentEnd(ctx, win, rest) : -1;
  const continues = restEnd > rest;
  // a rest with no verb must be a noun phrase ("one of his worst days"), not the writer's adjunct (", in
  // one of the largest orders this year"), nor a clause of the writer's (", as they left …")
  const writers = SUBORDINATORS.has(tokens[rest]?.norm ?? '') || CLAUSE_OPENERS.has(tokens[rest]?.norm ?? '');
  const restOk = continues && !writers && wordCount(ctx, rest, restEnd) >= MIN_WORDS && quotedShare(ctx, rest, restEnd) <= 0.5 && (isStatement(ctx, rest, restEnd, false) || OBJECT_START.has(tokens[rest]!.pos));
  // not "In an interview, he said, “…”": before a quotation, a phrase that is no noun phrase sets the scene
  const verbless = restOk || (continues && OBJECT_START.has(tokens[start]!.pos));
  if (end < 0 || !isStatement(ctx, start, end, verbless) || quotedShare(ctx, start, end) > 0.5) return [];
  const cue = { first: v, last: v };
  const method: AttributionRule = inverted ? 'reported-cue-speaker' : 'reported-before-cue';
  // "…rivals in Spain, where, she said, users pay less": the cue interrupts a relative clause, and only
  // what follows it is hers; the words before belong to the sentence's own statement
  const relative = RELATIVE_WORDS.has(tokens[end - 1]!.norm);
  const left = relative ? [] : [{ content: charSpan(ctx, start, end), cue, speaker, method, confidence: 0.8 }];
  return restOk ? [...left, { content: charSpan(ctx, rest, restEnd), cue, speaker, method: 'reported-interrupted', confidence: 0.8 }] : left;
}

/** Tokens a dateline may hold: "WASHINGTON (AP) —", "ST. PAUL, Minn. —". */
const DATELINE_REACH = 8;

/** The sentence's first token past a dateline ("WASHINGTON ― …"): capitalised words, then a dash. */
function pastDateline(ctx: AttributionContext, win: Window): number {
  const { tokens } = ctx;
  for (let t = win.from; t < Math.min(win.to, win.from + DATELINE_REACH); t++) {
    if (isDash(ctx, t)) return t > win.from && /^\p{Lu}{2}/u.test(tokens[win.from]!.text) ? t + 1 : win.from;
    if (!(/^\p{Lu}/u.test(tokens[t]!.text) || /^[(),.]$/.test(tokens[t]!.text))) break;
  }
  return win.from;
}

/** How many tokens of title may stand before a name: "Chief Justice", "Mr .", "Sen.". */
const TITLE_REACH = 4;
/** A capitalised word or its abbreviation's full stop, before a name: "Mr.", "Chief Justice". */
const isTitleWord = (t: Token): boolean => /^\p{Lu}[\p{L}.]*$/u.test(t.text) || t.text === '.';

function asNoted(ctx: AttributionContext, win: Window, v: number, speaker: SpeakerRef): ReportedClause[] {
  const start = v + 2;
  const end = start < win.to ? contentEnd(ctx, win, start) : -1;
  if (end < 0 || !isStatement(ctx, start, end, false) || quotedShare(ctx, start, end) > 0.5) return [];
  return [{ content: charSpan(ctx, start, end), cue: { first: v, last: v }, speaker, method: 'reported-as-cue', confidence: 0.8 }];
}

/** The first or last token of a speaker phrase: where one found before a cue starts, or one found after it ends. */
function edgeOf(ref: SpeakerRef | null, side: 'first' | 'last'): number | null {
  if (!ref) return null;
  switch (ref.kind) {
    case 'person':
      return ref.ref[side];
    case 'pronoun':
    case 'relative':
    case 'relative-phrase':
      return ref.token;
    case 'phrase':
      return ref[side];
  }
}
export const firstOf = (ref: SpeakerRef | null): number | null => edgeOf(ref, 'first');
const lastOf = (ref: SpeakerRef | null): number | null => edgeOf(ref, 'last');

/** Words (not punctuation) outside quotation marks in [start, end). */
function wordCount(ctx: AttributionContext, start: number, end: number): number {
  let words = 0;
  for (let t = start; t < end; t++) if (ctx.quoteOf[t] === -1 && ctx.tokens[t]!.pos !== 'PUNCT') words++;
  return words;
}

/** Share of the words in [start, end) that stand inside quotation marks. */
export function quotedShare(ctx: AttributionContext, start: number, end: number): number {
  let quoted = 0;
  let all = 0;
  for (let t = start; t < end; t++) {
    if (ctx.tokens[t]!.pos === 'PUNCT') continue;
    all++;
    if (ctx.quoteOf[t] !== -1) quoted++;
  }
  return all ? quoted / all : 1;
}

/** according to X, CONTENT · CONTENT, according to X · CONTENT, according to X, CONTENT. */
function accordingTo(ctx: AttributionContext, win: Window, a: number): ReportedClause[] {
  const { tokens } = ctx;
  let phraseEnd = a + 2;
  while (phraseEnd < win.to && tokens[phraseEnd]!.text !== ',' && !CLOSING_PUNCTUATION.test(tokens[phraseEnd]!.text)) phraseEnd++;
  // "according to exit polls", "according to the most recent data": whatever its words, the phrase names the source
  let last = phraseEnd - 1;
  while (last > a + 1 && (tokens[last]!.pos === 'PUNCT' || ctx.quoteOf[last] !== -1)) last--;
  const speaker = objectAfter(ctx, a + 1, { from: a, to: phraseEnd }) ?? (last > a + 1 ? { kind: 'phrase' as const, first: a + 2, last } : null);
  if (!speaker) return [];
  const out: ReportedClause[] = [];
  const cue = { first: a, last: a + 1 };
  const push = (start: number, end: number): void => {
    if (end < 0) return;
    while (start < end && tokens[start]!.pos === 'PUNCT' && ctx.quoteOf[start] === -1) start++;
    // "according to a spokesman, who said …": the relative clause has a cue of its own
    if (start < end && (tokens[start]!.norm === 'who' || tokens[start]!.norm === 'which')) return;
    if (isStatement(ctx, start, end, false) && quotedShare(ctx, start, end) <= 0.5) out.push({ content: charSpan(ctx, start, end), cue, speaker, method: 'reported-according-to', confidence: 0.85 });
  };
  // the clause before it, back to the sentence's start
  if (a - 1 > win.from && tokens[a - 1]!.text === ',') push(win.from, contentEnd(ctx, { from: win.from, to: a - 1 }, win.from));
  if (phraseEnd < win.to && tokens[phraseEnd]!.text === ',') push(phraseEnd + 1, contentEnd(ctx, win, phraseEnd + 1));
  return out;
}

/** "call for" demands, "call on … to" urges: what is demanded is reported, as annotated news counts it. */
const CALL_FORMS = new Set(['call', 'calls', 'called', 'calling']);
/** Before "calls", words that make it a noun: "his calls for calm". */
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', "'s"]);
/** How far "to" may follow "called on": "called on Howard Dean to apologize". */
const CALL_ON_REACH = 8;

/** X called for CONTENT · X called on Y to CONTENT (the content holds Y: "called on ⟦police to release the video⟧"). */
function callFor(ctx: AttributionContext, win: Window, v: number): ReportedClause[] {
  const { tokens } = ctx;
  if (!(tokens[v]!.pos === 'VERB' || tokens[v]!.pos === 'AUX') || !usableCall(ctx, win, v)) return [];
  // "called Friday for": time words between the verb and its preposition
  let p = v + 1;
  while (p < win.to && TIME_WORDS.has(tokens[p]!.norm)) p++;
  const preposition = tokens[p]?.norm;
  if (preposition !== 'for' && preposition !== 'on') return p === v + 1 ? calledSomething(ctx, win, v) : [];
  if (p >= win.to - 1 || ctx.quoteOf[p + 1] !== -1) return [];
  const start = p + 1;
  if (preposition === 'on' && !toVerbWithin(ctx, win, start)) return [];
  if (NOT_CONTENT_START.has(tokens[start]!.pos) && tokens[start]!.pos !== 'PART') return [];
  const end = contentEnd(ctx, win, start, opensWithSubordinator(ctx, win, v));
  if (end <= start || quotedShare(ctx, start, end) > 0.5 || notSpeechObject(ctx, 'call', start, end)) return [];
  const speaker = speakerOf(ctx, win, v, end);
  if (!speaker) return [];
  return [{ content: charSpan(ctx, start, end), cue: { first: v, last: p }, speaker, method: 'reported-call-for', confidence: 0.75 }];
}

const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may']);
/** What "called" names may follow its object: "called him a liar", "called the charges unfounded". */
const COMPLEMENT_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** X called Y Z: a judgment spoken, its content the object and what it was called ("called ⟦the charges
 * unfounded⟧"); PolNeAR train annotates 77 % of "called" before a pronoun, a name or a determiner. Not
 * "was called", "a group called …", "would call", nor a complement in quotation marks (the quoted words
 * report it). */
function calledSomething(ctx: AttributionContext, win: Window, v: number): ReportedClause[] {
  const { tokens } = ctx;
  const prev = tokens[v - 1];
  // "critics would call them …": what someone might say was not said
  if (!prev || v - 1 < win.from || prev.text === ',' || prev.pos === 'VERB' || HYPOTHETICAL.has(prev.norm) || !usableCueAt(ctx, win, v)) return [];
  const k = v + 1;
  // "… call" ending a text without punctuation: no object (a crash the fuzz test found)
  if (k >= win.to) return [];
  const object = calledObjectEnd(ctx, win, k);
  if (object <= k || object >= win.to || ctx.quoteOf[object] !== -1 || !COMPLEMENT_START.has(tokens[object]!.pos)) return [];
  const end = contentEnd(ctx, win, k);
  if (end <= object || quotedShare(ctx, k, end) > 0) return [];
  const speaker = speakerOf(ctx, win, v, end);
  if (!speaker) return [];
  return [{ content: charSpan(ctx, k, end), cue: { first: v, last: v }, speaker, method: 'reported-speaker-cue', confidence: 0.75 }];
}

/** The end of the object of "called": a pronoun, a person, or a noun phrase up to its last noun. */
function calledObjectEnd(ctx: AttributionContext, win: Window, k: number): number {
  const { tokens } = ctx;
  const named = pastPronounOrPerson(ctx, k);
  if (named !== null) return named;
  let t = k;
  if (tokens[t]!.pos === 'DET' || POSSESSIVES.has(tokens[t]!.norm)) t++;
  let noun = false;
  while (t < win.to && ctx.quoteOf[t] === -1 && (tokens[t]!.pos === 'ADJ' && !noun || tokens[t]!.pos === 'NOUN' || tokens[t]!.pos === 'PROPN' || tokens[t]!.norm === "'s")) {
    noun ||= tokens[t]!.pos !== 'ADJ';
    t++;
  }
  return noun ? t : -1;
}

/** Not "had to call for order", "did not call for", "if they call for": a demand actually made. */
function usableCall(ctx: AttributionContext, win: Window, v: number): boolean {
  const prev = ctx.tokens[v - 1];
  if (prev?.norm === 'to' || prev?.pos === 'DET' || prev?.pos === 'ADJ' || POSSESSIVES.has(prev?.norm ?? '')) return false;
  for (let k = v - 1; k >= win.from && v - k <= 8; k--) {
    const t = ctx.tokens[k]!;
    if (t.text === ',' || t.text === ';' || ctx.quoteOf[k] !== -1) break;
    if (NEGATION.has(t.norm) || CONDITION.has(t.norm)) return false;
  }
  return true;
}

/** "to" and a verb soon after `from`: "on Howard Dean to apologize". */
function toVerbWithin(ctx: AttributionContext, win: Window, from: number): boolean {
  for (let t = from; t < Math.min(win.to, from + CALL_ON_REACH); t++) {
    if (ctx.quoteOf[t] !== -1 || ctx.tokens[t]!.text === ',') return false;
    if (ctx.tokens[t]!.norm === 'to') return /^(VERB|AUX)$/.test(ctx.tokens[t + 1]?.pos ?? '');
  }
  return false;
}

/** The characters of tokens [first, end): a full stop glued to the sentence's last word stays out ("step in."). */
export function charSpan(ctx: AttributionContext, first: number, end: number): Span {
  const last = ctx.tokens[end - 1]!;
  const glued = last.text.length > 1 && last.text.endsWith('.') && ctx.doc.sentences[last.sentence]?.endToken === end;
  return { start: ctx.tokens[first]!.start, end: glued ? last.end - 1 : last.end };
}

