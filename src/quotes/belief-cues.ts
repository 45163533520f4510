// Reported beliefs, wishes and intentions: "The council plans ⟦to reopen the bridge⟧", "Ines Campbell hopes
// ⟦the bridge will reopen in May⟧", "the union believes ⟦that …⟧". These verbs are no speech verbs, but
// annotated news counts some of their uses as attributions, and which ones is a matter of the verb and its
// construction, and of whether the use stands inside what someone is said to have said ("he said he hoped
// …" is one statement). Each use is a candidate with a key (verb and construction: "hope to", "believe
// that", "question" and a noun phrase; "said" added inside a reported content); a key is reported when
// PolNeAR train annotated its uses with this content at least BELIEF_SHARE of the time (the counts in
// src/lexicons/belief-cue-shares.ts, made by scripts/train-belief-cues.ts).
import type { Token } from '../document.js';
import type { AttributionContext, Window } from '../attribution/context.js';
import type { SpeakerRef } from '../attribution/speaker-phrase.js';
import { isCue, isVerbAt } from '../attribution/cues.js';
import { BELIEF_CUE_SHARES } from '../lexicons/belief-cue-shares.js';
import { lemmaTable } from '../lexicons/lemma-table.js';
import { SPEECH_VERB_FORMS } from '../lexicons/speech-verbs.js';
import { charSpan, contentEnd, firstOf, isQuestion, isStatement, opensWithSubordinator, quotedShare, speakerOf, usableCueAt, type ReportedClause } from './reported-clauses.js';

/** The verbs, one a line with the forms news uses. None is a speech verb (src/lexicons/speech-verbs.ts). */
const VERBS = `
expect expects expected expecting
think thinks thought thinking
believe believes believed believing
know knows knew
feel feels felt
want wants wanted wanting
hope hopes hoped hoping
plan plans planned planning
seek seeks sought seeking
intend intends intended intending
offer offers offered offering
support supports supported supporting
oppose opposes opposed opposing
back backs backed backing
favor favors favored favoring favour favours favoured
prefer prefers preferred preferring
view views viewed viewing
consider considers considered considering
see sees saw seeing
threaten threatens threatened threatening
aim aims aimed aiming
try tries tried trying
like likes liked
question questions questioned questioning
decide decides decided deciding
doubt doubts doubted doubting
mean means meant
wish wishes wished wishing
`;

const LEMMA = lemmaTable(VERBS);
for (const f of LEMMA.keys()) if (SPEECH_VERB_FORMS.has(f)) throw new Error(`belief verb "${f}" is a speech verb: one table each`);

/** Least share of a key's uses on PolNeAR train annotated with this content for the key to be reported. */
export const BELIEF_SHARE = 0.5;
/** Fewest uses on PolNeAR train for a key's share to count: rarer keys are never reported. */
export const BELIEF_MIN_USES = 8;

const EMBEDDED_QUESTION = new Set(['why', 'how', 'whether', 'if', 'what']);
const MODALS = new Set(['will', 'would', 'could', 'can', 'might', 'may', 'should', 'must']);
/** Parts of speech that open a clause or noun phrase after the verb. */
const CLAUSE_START = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);

export interface BeliefCandidate {
  clause: ReportedClause;
  /** "hope to": the verb and its construction; "hope to said" inside the content of a reported statement. */
  key: string;
}

/** Every use of a belief verb outside quotation marks whose content and subject can be found, with its key;
 * `reported` are the statements reported with speech verbs, inside whose content a belief is part of what was
 * said ("Kovács said he hoped …"): its key says "said". With `only`, just the uses of those keys (the
 * pipeline's adopted ones: finding content and holder for every other use would be wasted). */
export function beliefCandidates(ctx: AttributionContext, reported: readonly ReportedClause[], only: ReadonlySet<string> | null = null): BeliefCandidate[] {
  const out: BeliefCandidate[] = [];
  const { tokens } = ctx;
  for (const s of ctx.doc.sentences) {
    const win: Window = { from: s.firstToken, to: s.endToken };
    if (win.to - win.from < 3 || isQuestion(ctx, win)) continue;
    for (let v = win.from + 1; v < win.to - 1; v++) {
      const lemma = LEMMA.get(tokens[v]!.norm);
      if (!lemma || (only && !only.has(lemma)) || ctx.quoteOf[v] !== -1 || !isVerb(ctx, v) || hypothetical(ctx, win, v) || !usableCueAt(ctx, win, v)) continue;
      const found = contentAfter(ctx, win, v);
      if (!found || (only && !only.has(`${lemma} ${found.construction}`)) || (lemma === 'question' && interrogated(ctx, v + 1))) continue;
      const speaker = holder(ctx, speakerOf(ctx, win, v, found.end));
      const before = (firstOf(speaker) ?? v) - 1;
      // "… and why he believes …": a question about a belief, none reported
      if (!speaker || EMBEDDED_QUESTION.has(tokens[before]?.norm ?? '')) continue;
      const construction = found.construction;
      const clause: ReportedClause = { content: charSpan(ctx, found.start, found.end), cue: { first: v, last: v }, speaker, method: 'reported-belief', confidence: 0.6 };
      const tok = tokens[v]!;
      // "saying [that] they think …": part of what was said, whether or not that statement was found
      const said = reported.some((r) => r.content.start <= tok.start && tok.end <= r.content.end) || (before >= win.from && isCue(tokens, before)) || (before > win.from && tokens[before]!.norm === 'that' && isCue(tokens, before - 1));
      out.push({ clause, key: `${lemma} ${construction}${said ? ' said' : ''}` });
    }
  }
  return out;
}

/** The candidates whose key PolNeAR train annotates at least BELIEF_SHARE of the time. */
export function findBeliefClauses(ctx: AttributionContext, reported: readonly ReportedClause[]): ReportedClause[] {
  return beliefCandidates(ctx, reported, ADOPTED)
    .filter((c) => ADOPTED.has(c.key))
    .map((c) => c.clause);
}

/** The keys reported, and their verbs: a key with enough uses, at least BELIEF_SHARE of them annotated. */
const ADOPTED: ReadonlySet<string> = new Set(
  Object.entries(BELIEF_CUE_SHARES)
    .filter(([, [uses, annotated]]) => uses >= BELIEF_MIN_USES && annotated / uses >= BELIEF_SHARE)
    .flatMap(([key]) => [key, key.split(' ')[0]!]),
);

type Construction = 'to' | 'that' | 'clause' | 'object';

/** What follows the verb: "to" and a verb, "that" and a clause, a clause, or a noun phrase. */
function contentAfter(ctx: AttributionContext, win: Window, v: number): { start: number; end: number; construction: Construction } | null {
  const { tokens } = ctx;
  const k = v + 1;
  if (k >= win.to || ctx.quoteOf[k] !== -1) return null;
  const first = tokens[k]!;
  let construction: Construction;
  if (first.norm === 'to') {
    if (!isVerbAt(tokens, k + 1)) return null;
    construction = 'to';
  } else if (first.norm === 'that' && !isVerbAt(tokens, k + 1)) construction = 'that';
  else if (CLAUSE_START.has(first.pos) && !isObjectPronounAlone(tokens, k)) construction = 'object';
  // "a restoration that its backers hope ⟦will help …⟧": the subject of the content is the relative pronoun
  else if (first.pos === 'AUX' && MODALS.has(first.norm)) construction = 'clause';
  else return null;
  let end = contentEnd(ctx, win, k, opensWithSubordinator(ctx, win, v) || inRelativeClause(ctx, win, v));
  end = beforeNextPredicate(ctx, k, end);
  if (end <= k || quotedShare(ctx, k, end) > 0.5) return null;
  if (construction === 'object') {
    // "believes ⟦the depot can be saved⟧": a subject and its finite verb make a clause; else the content is
    // the noun phrase alone ("backing ⟦the mayor⟧ because he worries …")
    const np = nounPhraseEnd(ctx, k, end);
    if (np < end && isFiniteVerb(ctx.tokens[np]!) && np > k) construction = 'clause';
    else end = np;
    if (end <= k || !holdsNoun(ctx, k, end)) return null;
  }
  if (!isStatement(ctx, k, end, construction === 'object' || construction === 'that')) return null;
  return { start: k, end, construction };
}

const isObjectPronounAlone = (tokens: readonly Token[], k: number): boolean => tokens[k]!.pos === 'PRON' && /^(it|him|her|them|this|that|me|us|you)$/.test(tokens[k]!.norm) && tokens[k + 1]?.pos === 'PUNCT';

/** Prepositions that stay inside the noun phrase an object is: "the mayor's ties to the builders", "a post as head of the port". */
const NP_PREPOSITIONS = new Set(['of', 'to', 'as']);
const NOUN_PREPOSITIONS = new Set(['in', 'for', 'on', 'about', 'with']);
const NP_PARTS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON', 'PART']);

/** The end of the noun phrase from `start`: before a comma, a verb, a conjunction or most prepositions. */
function nounPhraseEnd(ctx: AttributionContext, start: number, end: number): number {
  const { tokens } = ctx;
  let t = start;
  while (t < end) {
    const tok = tokens[t]!;
    // "her record and judgment", "the mayor's plan, his budget and …": a list of noun phrases
    const listed = t > start && (tok.norm === 'and' || tok.norm === 'or' || tok.text === ',') && /^(DET|PRON|NOUN|PROPN|ADJ)$/.test(tokens[t + 1]?.pos ?? '') && !(tok.text === ',' && !listEndsWithAnd(ctx, t, end));
    // "the growing role of Chinese firms in Jamaican infrastructure": a common noun's place or purpose
    const attached = tok.pos === 'ADP' && t > start && (NP_PREPOSITIONS.has(tok.norm) || (NOUN_PREPOSITIONS.has(tok.norm) && tokens[t - 1]!.pos === 'NOUN'));
    const ok = NP_PARTS.has(tok.pos) || listed || attached || (tok.pos === 'PUNCT' && /^[-.'’&]$/.test(tok.text) && t > start) || ctx.quoteOf[t] !== -1;
    if (!ok) break;
    t++;
  }
  while (t > start && tokens[t - 1]!.pos === 'ADP') t--;
  return t;
}

/** Words that may stand between a relative pronoun and the verb: "who has been hoping". */
const RELATIVE_REACH = 4;

/** "Wrona, who has been hoping to …, resigned …": the verb heads a relative clause, which ends at its comma. */
function inRelativeClause(ctx: AttributionContext, win: Window, v: number): boolean {
  const { tokens } = ctx;
  for (let k = v - 1; k >= win.from && v - k <= RELATIVE_REACH; k--) {
    const t = tokens[k]!;
    if (t.norm === 'who' || t.norm === 'which') return true;
    if (!(t.pos === 'AUX' || t.pos === 'ADV')) return false;
  }
  return false;
}

/** "hoped ⟦to stay⟧ and is now …": "and" with a finite verb opens a predicate of the subject's own. */
function beforeNextPredicate(ctx: AttributionContext, start: number, end: number): number {
  const { tokens } = ctx;
  for (let t = start + 1; t < end - 1; t++) {
    if (ctx.quoteOf[t] === -1 && tokens[t]!.norm === 'and' && (tokens[t + 1]!.pos === 'AUX' || (tokens[t + 1]!.pos === 'VERB' && /(s|ed)$/.test(tokens[t + 1]!.norm)))) return t;
  }
  return end;
}

/** After a comma in a noun phrase, an "and" before the content's end and no verb: the comma separates a list. */
function listEndsWithAnd(ctx: AttributionContext, comma: number, end: number): boolean {
  for (let t = comma + 1; t < end; t++) {
    if (ctx.tokens[t]!.norm === 'and') return true;
    if (isVerbAt(ctx.tokens, t)) return false;
  }
  return false;
}

function holdsNoun(ctx: AttributionContext, start: number, end: number): boolean {
  for (let t = start; t < end; t++) if (/^(NOUN|PROPN|PRON|NUM)$/.test(ctx.tokens[t]!.pos)) return true;
  return false;
}

/** A verb that makes a clause with the noun phrase before it: not a participle ("the mayor, giving …"). */
const isFiniteVerb = (t: Token): boolean => t.pos === 'AUX' || (t.pos === 'VERB' && !t.norm.endsWith('ing'));

/** A verb, or a verb the tagger took for a noun between a subject and a modal or "to". */
function isVerb(ctx: AttributionContext, v: number): boolean {
  const { tokens } = ctx;
  // "a record of questioning …": a gerund after a preposition has no subject to hold the view
  if (tokens[v]!.pos === 'VERB') return !(tokens[v]!.norm.endsWith('ing') && tokens[v - 1]!.pos === 'ADP');
  if (tokens[v]!.pos !== 'NOUN') return false;
  // "that its backers hope will help"
  if (MODALS.has(tokens[v + 1]?.norm ?? '') && tokens[v + 1]!.pos === 'AUX' && /^(NOUN|PRON|PROPN)$/.test(tokens[v - 1]!.pos)) return true;
  // "The council plans to reopen …" (not "his plans to …": a possessive before makes it a noun)
  return tokens[v]!.norm.endsWith('s') && tokens[v + 1]?.norm === 'to' && tokens[v + 2]?.pos === 'VERB' && /^(NOUN|PROPN)$/.test(tokens[v - 1]!.pos);
}

/** "many residents would hope …": what someone would hope is not hoped. */
function hypothetical(ctx: AttributionContext, win: Window, v: number): boolean {
  let k = v - 1;
  while (k > win.from && ctx.tokens[k]!.pos === 'ADV') k--;
  return MODALS.has(ctx.tokens[k]!.norm) && ctx.tokens[k]!.norm !== 'will' && ctx.tokens[k]!.norm !== 'can';
}

/** "question several witnesses", "questioned him": a person questioned is interrogated, nothing is judged. */
function interrogated(ctx: AttributionContext, k: number): boolean {
  const m = ctx.mentionAt.get(k);
  return (m !== undefined && m.first === k && ctx.tokens[m.last + 1]?.norm !== "'s") || /^(him|her|them|me|us|several|witnesses|suspects)$/.test(ctx.tokens[k]!.norm);
}

/** "Campbell supporters have questioned …": a name before a common noun modifies it; the noun phrase holds the view. */
function holder(ctx: AttributionContext, ref: SpeakerRef | null): SpeakerRef | null {
  if (ref?.kind !== 'person') return ref;
  let last = ref.ref.last;
  while (ctx.tokens[last + 1]?.pos === 'NOUN' && ctx.quoteOf[last + 1] === -1) last++;
  return last === ref.ref.last ? ref : { kind: 'phrase', first: ref.ref.first, last };
}
