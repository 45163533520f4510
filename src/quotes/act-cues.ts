// Speech acts without a clause, and the nouns that name what someone said: "The mayor urged ⟦residents to
// stay indoors⟧", "Lopez refused ⟦to resign⟧", "She accused ⟦the council of hiding the costs⟧", "his claim
// ⟦that the figures were wrong⟧". Annotated news counts some of these constructions as attributions and
// not others, so, as for beliefs (src/quotes/belief-cues.ts), each use is a candidate with a key (the verb
// or noun and its construction: "urge object-to", "refuse to", "accuse object-of", "claim-n that") and a
// key is reported when PolNeAR train annotated its uses with this content at least ACT_SHARE of the time
// over at least ACT_MIN_USES uses (the counts in src/lexicons/act-cue-shares.ts, made by
// scripts/train-act-cues.ts). Where the content may start in two places ("urged ⟦residents to stay⟧" or
// "urged residents ⟦to stay⟧"), both are counted and the one annotated more often is kept.
// Only uses no other rule reports are candidates: "said he would refuse to …" is one statement, already
// reported. Not a negated, conditional or passive use, nor one inside quotation marks or a question.
import type { AttributionContext, Window } from '../attribution/context.js';
import { isVerbAt } from '../attribution/cues.js';
import { phraseEndingAt, relativeBefore, subjectBefore, type SpeakerRef } from '../attribution/speaker-phrase.js';
import { ACT_CUE_SHARES } from '../lexicons/act-cue-shares.js';
import { lemmaTable } from '../lexicons/lemma-table.js';
import { OBJECT_PRONOUNS } from '../lexicons/pronouns.js';
import { beforeSetting, notSpeechObject } from './act-senses.js';
import { charSpan, contentEnd, isQuestion, isStatement, opensWithSubordinator, quotedShare, speakerOf, usableCueAt, type ReportedClause } from './reported-clauses.js';

/** The verbs, one a line with the forms news uses. */
const VERBS = `
urge urges urged urging
ask asks asked asking
warn warns warned warning
encourage encourages encouraged encouraging
press presses pressed pressing
invite invites invited inviting
order orders ordered ordering
advise advises advised advising
challenge challenges challenged challenging
refuse refuses refused refusing
decline declines declined declining
promise promises promised promising
vow vows vowed vowing
pledge pledges pledged pledging
agree agrees agreed agreeing
demand demands demanded demanding
accuse accuses accused accusing
blame blames blamed blaming
criticize criticizes criticized criticizing criticise criticises criticised criticising
praise praises praised praising
attack attacks attacked attacking
thank thanks thanked thanking
fault faults faulted faulting
defend defends defended defending
deny denies denied denying
reject rejects rejected rejecting
condemn condemns condemned condemning
dismiss dismisses dismissed dismissing
describe describes described describing
discuss discusses discussed discussing
address addresses addressed addressing
mention mentions mentioned mentioning
endorse endorses endorsed endorsing
support supports supported supporting
push pushes pushed pushing
focus focuses focused focusing
tout touts touted touting
applaud applauds applauded applauding
welcome welcomes welcomed welcoming
hail hails hailed hailing
mock mocks mocked mocking
ridicule ridicules ridiculed ridiculing
recommend recommends recommended recommending
respond responds responded responding
cite cites cited citing
question questions questioned questioning
raise raises raised raising
express expresses expressed expressing
acknowledge acknowledges acknowledged acknowledging
suggest suggests suggested suggesting
vote votes voted voting
point points pointed pointing
react reacts reacted reacting
`;

/** The nouns, one a line with their forms: what someone said, named by its act. */
const NOUNS = `
claim claims
statement statements
criticism criticisms
support
call calls
promise promises
pledge pledges
warning warnings
allegation allegations
accusation accusations
denial denials
demand demands
assertion assertions
suggestion suggestions
argument arguments
threat threats
vow vows
insistence
proposal proposals
endorsement endorsements
decision decisions
attack attacks
view views
opposition
question questions
concern concerns
interest
focus
plan plans
case
doubt doubts
fear fears
comment comments
remark remarks
announcement announcements
praise
position positions
stance
push
response responses
complaint complaints
explanation explanations
admission
prediction predictions
request requests
offer offers
refusal
recommendation recommendations
appeal appeals
description
message
assessment
`;

const VERB_LEMMA = lemmaTable(VERBS);
const NOUN_LEMMA = lemmaTable(NOUNS);

/** Least share of a key's uses on PolNeAR train annotated with this content for the key to be reported. */
export const ACT_SHARE = 0.5;
/** Fewest uses on PolNeAR train for a key's share to count. */
export const ACT_MIN_USES = 8;

/** Prepositions after which a verb's or a noun's object is what was said: "warned of", "criticism of". */
const PREPOSITIONS = new Set(['of', 'for', 'against', 'about', 'on']);
/** A noun's, besides: "interest in", "concerns over", "opposition to" (a noun phrase after "to": construction "to-np"). */
const NOUN_PREPOSITIONS = new Set([...PREPOSITIONS, 'in', 'over', 'to']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
/** Pronouns that are only ever objects: after one of them a noun was a verb. */
const OBJECT_ONLY = new Set(['them', 'him', 'us', 'me']);
/** Words that, between a comma and a participle, are its subject: "…, each touting …". */
const DISTRIBUTIVES = new Set(['each', 'both']);
/** How many words an object between the verb and "to" or a preposition may take: "urged the city's transport board to". */
const OBJECT_REACH = 6;

export interface ActCandidate {
  clause: ReportedClause;
  /** "urge object-to", "claim-n that"; with "/to" (or "/prep"), the content starts at "to" (the preposition's object), not at the object. */
  key: string;
}


/** The end (exclusive) of an object from k: a pronoun, a person, or a short noun phrase; -1 when none. */
function objectEnd(ctx: AttributionContext, win: Window, k: number): number {
  const { tokens } = ctx;
  if (k >= win.to || ctx.quoteOf[k] !== -1) return -1;
  if (OBJECT_PRONOUNS.has(tokens[k]!.norm)) return k + 1;
  const person = ctx.mentionAt.get(k);
  if (person && person.first === k) return person.last + 1;
  let t = k;
  let noun = false;
  while (t < Math.min(win.to, k + OBJECT_REACH) && ctx.quoteOf[t] === -1) {
    const tok = tokens[t]!;
    if (tok.pos === 'NOUN' || tok.pos === 'PROPN') noun = true;
    else if (!(tok.pos === 'ADJ' || tok.pos === 'NUM' || (tok.pos === 'DET' && (t === k || tokens[t - 1]!.norm === "'s")) || POSSESSIVE_PRONOUNS.has(tok.norm) || tok.norm === "'s")) break;
    t++;
  }
  // "the final total as …": after a determiner, a phrase of adjectives ends in a noun the tagger missed
  if (!noun && t > k + 1 && tokens[k]!.pos === 'DET' && tokens[t - 1]!.pos === 'ADJ' && t < win.to && tokens[t]!.pos === 'ADP') return t;
  return noun ? t : -1;
}

interface Found {
  construction: string;
  /** Where the content may start, the first the default: [tag, token]. */
  starts: Array<[string, number]>;
}

/** "to reduced sediment": a participle the tagger took for a verb, before a noun, opens a noun phrase
 * ("to need help", "to proceed" are infinitives: "-eed"). */
function participleBeforeNoun(ctx: AttributionContext, k: number): boolean {
  const norm = ctx.tokens[k]?.norm ?? '';
  return norm.endsWith('ed') && !norm.endsWith('eed') && ctx.tokens[k + 1]?.pos === 'NOUN';
}

/** What follows the verb at v: "to" and a verb, an object and "to", an object and a preposition, a preposition, or an object. */
function afterVerb(ctx: AttributionContext, win: Window, v: number): Found | null {
  const { tokens } = ctx;
  const k = v + 1;
  if (k >= win.to - 1 || ctx.quoteOf[k] !== -1) return null;
  const first = tokens[k]!;
  if (first.norm === 'to' && isVerbAt(ctx.tokens, k + 1) && !participleBeforeNoun(ctx, k + 1)) return { construction: 'to', starts: [['', k]] };
  // "responded to the charges", "pointed to reduced sediment": a noun phrase after "to"
  if (first.norm === 'to') return ctx.quoteOf[k + 1] === -1 && (/^(DET|NOUN|PROPN|ADJ|NUM|PRON)$/.test(tokens[k + 1]!.pos) || participleBeforeNoun(ctx, k + 1)) ? { construction: 'to-np', starts: [['', k + 1], ['prep', k]] } : null;
  if (PREPOSITIONS.has(first.norm)) return ctx.quoteOf[k + 1] === -1 && /^(DET|NOUN|PROPN|ADJ|NUM|PRON|VERB)$/.test(tokens[k + 1]!.pos) ? { construction: first.norm, starts: [['', k + 1], ['prep', k]] } : null;
  // "described ⟦fleeing through smoke⟧": a gerund opens the object, which runs to the clause's end
  if (first.pos === 'VERB' && first.norm.endsWith('ing') && first.norm.length > 5) return { construction: 'object', starts: [['', k]] };
  const o = objectEnd(ctx, win, k);
  if (o < 0 || o >= win.to) return null;
  const next = tokens[o]!;
  if (next.norm === 'to' && isVerbAt(ctx.tokens, o + 1)) return { construction: 'object-to', starts: [['', k], ['to', o]] };
  if ((next.norm === 'of' || next.norm === 'for') && ctx.quoteOf[o + 1] === -1) return { construction: `object-${next.norm}`, starts: [['', k], ['prep', o + 1]] };
  // "defended the decision.", "demanded an apology from …": the object alone, to the clause's end
  if (first.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(first.norm)) return null;
  return { construction: 'object', starts: [['', k], ['np', k]] };
}

/** What follows the noun at n: "that" and a clause, "to" and a verb, or a preposition and its object. */
function afterNoun(ctx: AttributionContext, win: Window, n: number): Found | null {
  const { tokens } = ctx;
  const k = n + 1;
  if (k >= win.to - 1 || ctx.quoteOf[k] !== -1 || ctx.quoteOf[k + 1] !== -1) return null;
  const first = tokens[k]!;
  if (first.norm === 'that') return isVerbAt(ctx.tokens, k + 1) ? null : { construction: 'that', starts: [['', k]] };
  if (first.norm === 'to' && isVerbAt(ctx.tokens, k + 1)) return { construction: 'to', starts: [['', k]] };
  if (NOUN_PREPOSITIONS.has(first.norm) && /^(DET|NOUN|PROPN|ADJ|NUM|PRON|VERB)$/.test(tokens[k + 1]!.pos)) return { construction: first.norm === 'to' ? 'to-np' : first.norm, starts: [['', k + 1], ['prep', k]] };
  return null;
}

/** The holder of a noun: "his claim", "Trump's claim", "the mayor's call for …"; null when none is named. */
function possessor(ctx: AttributionContext, win: Window, n: number): SpeakerRef | null {
  const { tokens } = ctx;
  let p = n - 1;
  // "his repeated claims", "the union's latest call"
  while (p > win.from && tokens[p]!.pos === 'ADJ') p--;
  if (p < win.from) return null;
  if (POSSESSIVE_PRONOUNS.has(tokens[p]!.norm) && tokens[p]!.pos !== 'VERB') return tokens[p]!.norm === 'its' ? null : { kind: 'pronoun', token: p };
  if (tokens[p]!.norm !== "'s" && tokens[p]!.norm !== "'") return null;
  const last = p - 1;
  if (last < win.from) return null;
  const m = ctx.mentionAt.get(last);
  if (m && m.last === last) return { kind: 'person', ref: m };
  if (!/^(NOUN|PROPN)$/.test(tokens[last]!.pos)) return null;
  let first = last;
  while (first - 1 >= win.from && /^(NOUN|PROPN|ADJ)$/.test(tokens[first - 1]!.pos)) first--;
  if (first - 1 >= win.from && tokens[first - 1]!.pos === 'DET') first--;
  return { kind: 'phrase', first, last };
}

/** The nearest finite verb before `t` outside quotation marks, with no comma, "that" or relative pronoun
 * between (the verb an "and" coordinates with); -1 when none. */
function previousVerb(ctx: AttributionContext, win: Window, t: number): number {
  for (let p = t - 1; p >= win.from; p--) {
    const tok = ctx.tokens[p]!;
    if (tok.text === ',' || /^(that|who|which|when|while|if|because)$/.test(tok.norm)) return -1;
    // "Obama and Clinton call them …": a word the tagger took for a noun is a verb before an object pronoun
    const verb = tok.pos === 'VERB' || (tok.pos === 'NOUN' && OBJECT_ONLY.has(ctx.tokens[p + 1]!.norm));
    if (ctx.quoteOf[p] === -1 && verb && !tok.norm.endsWith('ing')) return p;
  }
  return -1;
}

/** The subject of an act verb: a participle's is its clause's, as for speech verbs ("…, encouraging
 * voters to …"), and so is that of a verb after "and" or "but"; a finite verb's must stand right before it (past adverbs and auxiliaries) or be the
 * relative pronoun there: the looser fallbacks of speech verbs (a clause's subject further back, a
 * sentence's opening phrase) name the wrong holder of an act more often than not. */
function actor(ctx: AttributionContext, win: Window, v: number, end: number): SpeakerRef | null {
  // "Trump and Clinton vied for …, each touting ⟦their own experience⟧": "each" or "both" before a participle speaks for it
  if (ctx.tokens[v]!.norm.endsWith('ing') && v - 1 > win.from && DISTRIBUTIVES.has(ctx.tokens[v - 1]!.norm) && ctx.tokens[v - 2]!.text === ',') return { kind: 'phrase', first: v - 1, last: v - 1 };
  // "…, but declined to name them": a verb coordinated with an earlier one shares its subject, the one right
  // before that verb where there is one ("When …, Obama and Clinton call them … and describe …")
  if (/^(and|but)$/.test(ctx.tokens[v - 1]!.norm)) {
    const p = previousVerb(ctx, win, v - 1);
    const subject = p < 0 ? null : subjectBefore(ctx, p, { from: win.from, to: p });
    if (subject) return subject;
  }
  if (ctx.tokens[v]!.norm.endsWith('ing') || /^(and|but)$/.test(ctx.tokens[v - 1]!.norm)) return speakerOf(ctx, win, v, end);
  const before = { from: win.from, to: v };
  return subjectBefore(ctx, v, before) ?? relativeBefore(ctx, v, before) ?? relativePastParticiple(ctx, win, v);
}

/** How many words a participle phrase between a noun and "which" may take. */
const PARTICIPLE_REACH = 8;

/** "a report by the committee, chaired by Sir Alan Reeve, which described …": "which" speaks for the noun
 * phrase before a participle phrase between commas (not for the person inside it). */
function relativePastParticiple(ctx: AttributionContext, win: Window, v: number): SpeakerRef | null {
  const { tokens } = ctx;
  const j = v - 1;
  if (j - 2 <= win.from || tokens[j]!.norm !== 'which' || tokens[j - 1]!.text !== ',') return null;
  for (let p = j - 2; p > win.from && j - p <= PARTICIPLE_REACH; p--) {
    if (tokens[p]!.text !== ',') continue;
    const participle = tokens[p + 1]!;
    if (participle.pos !== 'VERB' || !participle.norm.endsWith('ed')) return null;
    const head = phraseEndingAt(ctx, p - 1, { from: win.from, to: p });
    return head?.kind === 'phrase' ? { kind: 'relative-phrase', token: j, first: head.first, last: head.last } : null;
  }
  return null;
}

/** The noun phrase's end from `start`, for the "np" variant of an object: before a preposition, a comma, a verb. */
function phraseEnd(ctx: AttributionContext, start: number, end: number): number {
  let t = start;
  while (t < end && ctx.quoteOf[t] === -1 && /^(DET|NOUN|PROPN|ADJ|NUM|PRON|PART)$/.test(ctx.tokens[t]!.pos)) t++;
  return t;
}

/** "described ⟦the final total as “a floor, not a ceiling”⟧": an object of the writer's words and then
 * "as" and quoted words is a reported clause with a quoted part, however long the quoted part. */
function describedAs(ctx: AttributionContext, first: number, end: number): boolean {
  for (let t = first + 1; t < end - 1; t++) {
    if (ctx.quoteOf[t] !== -1) return false;
    if (ctx.tokens[t]!.norm === 'as') return ctx.quoteOf[t + 1] !== -1;
  }
  return false;
}

/** A sentence's candidate uses, of the verbs and nouns, with every start each may take. */
function candidatesIn(ctx: AttributionContext, win: Window, only: ReadonlySet<string> | null, out: ActCandidate[][]): void {
  const { tokens } = ctx;
  for (let v = win.from; v < win.to - 1; v++) {
    const tok = tokens[v]!;
    if (ctx.quoteOf[v] !== -1) continue;
    const verb = VERB_LEMMA.get(tok.norm);
    const noun = NOUN_LEMMA.get(tok.norm);
    const isVerb = !!verb && tok.pos === 'VERB' && v > win.from;
    const isNoun = !!noun && tok.pos === 'NOUN';
    if (!isVerb && !isNoun) continue;
    const lemma = isVerb ? verb! : `${noun!}-n`;
    if (only && !only.has(lemma)) continue;
    // "after a meeting to ask …" is an act intended, not done; "held him in contempt for refusing …": a
    // gerund after a preposition has no subject of its own to name the speaker
    if (isVerb && (tokens[v - 1]!.norm === 'to' || (tok.norm.endsWith('ing') && /^(ADP|SCONJ)$/.test(tokens[v - 1]!.pos)) || !usableCueAt(ctx, win, v))) continue;
    const found = isVerb ? afterVerb(ctx, win, v) : afterNoun(ctx, win, v);
    if (!found) continue;
    const base = `${lemma} ${found.construction}`;
    if (only && !only.has(base)) continue;
    const [, first] = found.starts[0]!;
    const end = contentEnd(ctx, win, first, opensWithSubordinator(ctx, win, v));
    if (end <= first + 1 || (quotedShare(ctx, first, end) > 0.5 && !describedAs(ctx, first, end)) || !isStatement(ctx, first, end, true)) continue;
    const speaker = isVerb ? actor(ctx, win, v, end) : possessor(ctx, win, v);
    if (!speaker) continue;
    const use: ActCandidate[] = [];
    if (isVerb && found.construction === 'object' && notSpeechObject(ctx, verb!, first, end)) continue;
    for (const [tag, start] of found.starts) {
      const stop = tag === 'np' ? phraseEnd(ctx, start, end) : found.construction === 'object' ? beforeSetting(ctx, start, end) : end;
      if (stop <= start) continue;
      const clause: ReportedClause = { content: charSpan(ctx, start, stop), cue: { first: v, last: v }, speaker, method: 'reported-act', confidence: 0.6 };
      use.push({ clause, key: tag ? `${base}/${tag}` : base });
    }
    out.push(use);
  }
}

/**
 * Every use of a listed verb or noun outside quotation marks with a construction, a content and a speaker,
 * that no clause of `covered` overlaps, once for each start its content may take. With `only`, just the
 * lemmas and keys it holds (the adopted ones).
 */
export function actCandidates(ctx: AttributionContext, covered: readonly ReportedClause[], only: ReadonlySet<string> | null = null): ActCandidate[] {
  const out: ActCandidate[][] = [];
  for (const s of ctx.doc.sentences) {
    const win: Window = { from: s.firstToken, to: s.endToken };
    if (win.to - win.from < 4 || isQuestion(ctx, win)) continue;
    candidatesIn(ctx, win, only, out);
  }
  const overlaps = (a: ReportedClause): boolean => covered.some((c) => c.content.start < a.content.end && a.content.start < c.content.end);
  // a use is left out, every start of it, when any of its contents overlaps another rule's
  return out.filter((use) => !use.some((c) => overlaps(c.clause))).flat();
}

/** The adopted key of each construction (its best start), by construction. */
const ADOPTED = new Map<string, string>();
{
  const best = new Map<string, [string, number, number]>();
  for (const [key, [uses, annotated]] of Object.entries(ACT_CUE_SHARES)) {
    const base = key.split('/')[0]!;
    const prev = best.get(base);
    if (!prev || annotated > prev[2]) best.set(base, [key, uses, annotated]);
  }
  for (const [base, [key, uses, annotated]] of best) if (uses >= ACT_MIN_USES && annotated / uses >= ACT_SHARE) ADOPTED.set(base, key);
}
const ONLY: ReadonlySet<string> = new Set([...ADOPTED.keys()].flatMap((base) => [base, base.split(' ')[0]!]));
const ADOPTED_KEYS: ReadonlySet<string> = new Set(ADOPTED.values());

/** The keys reported, each with its start: for the README and tests. */
export const adoptedActKeys = (): readonly string[] => [...ADOPTED_KEYS].sort();

/** The candidates of the adopted keys, at their adopted start, beside the clauses of `covered`. */
export function findActClauses(ctx: AttributionContext, covered: readonly ReportedClause[]): ReportedClause[] {
  if (ADOPTED_KEYS.size === 0) return [];
  const out: ReportedClause[] = [];
  for (const c of actCandidates(ctx, covered, ONLY)) {
    if (!ADOPTED_KEYS.has(c.key)) continue;
    // two nouns or verbs of one clause ("the call for an apology and his demand for …"): the first holds
    if (out.some((o) => o.content.start < c.clause.content.end && c.clause.content.start < o.content.end)) continue;
    out.push(c.clause);
  }
  return out;
}

