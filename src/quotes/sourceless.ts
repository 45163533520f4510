// Attributions with no source in the text: "Trump is expected ⟦to deliver a victory speech⟧", "The
// speaker appeared ⟦closer to offering an endorsement⟧", "The group is reportedly ⟦spending $1.5 million
// on ads⟧", "Asked ⟦whether the plan would pass⟧, Ryan said …". Annotated news counts these as
// attributions with no source (the subject is what is expected or what seems, not who speaks; whoever
// asked the question goes unnamed), so they are reported as quotes of kind `indirect` with `speaker: null`
// and rule `reported-sourceless`. As for beliefs and speech acts (src/quotes/belief-cues.ts,
// src/quotes/act-cues.ts), each use is a candidate with a key (its construction: "seem to", "be-expected
// to", "reportedly", "asked wh", …) and a key is reported when PolNeAR train annotates its uses with this
// content at least SOURCELESS_SHARE of the time over at least SOURCELESS_MIN_USES uses (the counts in
// src/lexicons/sourceless-shares.ts, made by scripts/train-sourceless.ts).
// PolNeAR splits such a content in two where the subject stands before the cue ("⟦Trump⟧ is expected
// ⟦to deliver …⟧"); the part after the cue is the one reported here, the subject being no statement.
// Only uses no other rule reports are candidates. Not a use inside quotation marks or a question, nor
// a conditional one ("if he is expected to"); a negated one ("is not expected to") has keys of its own.
import type { AttributionContext, Window } from '../attribution/context.js';
import { isVerbAt } from '../attribution/cues.js';
import { SOURCELESS_SHARES } from '../lexicons/sourceless-shares.js';
import { lemmaTable } from '../lexicons/lemma-table.js';
import { beforeSetting } from './act-senses.js';
import { charSpan, contentEnd, isQuestion, isStatement, opensWithSubordinator, quotedShare, type ReportedClause } from './reported-clauses.js';

/** Verbs of seeming: their subject is what seems, not who speaks. */
const SEEM = lemmaTable(`
seem seems seemed seeming
appear appears appeared appearing
`);

/** Adverbs that report without a source: "is reportedly ⟦spending …⟧". */
const HEARSAY = new Set(['reportedly', 'allegedly', 'apparently', 'supposedly', 'purportedly', 'seemingly', 'ostensibly', 'evidently']);

/** Words that open the question after "asked": "Asked ⟦whether …⟧", "asked ⟦what …⟧". */
const QUESTION_OPENERS = new Set(['whether', 'if', 'what', 'why', 'how', 'who', 'when', 'where', 'which']);
/** How many words may stand between "asked" and its question: "Asked on Fox News Sunday whether …". */
const ASKED_REACH = 6;

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);
const NEGATION = new Set(['not', "n't", 'never']);
const CONDITION = new Set(['if', 'unless', 'whether']);
/** Least share of a key's uses on PolNeAR train annotated with this content for the key to be reported. */
export const SOURCELESS_SHARE = 0.5;
/** Fewest uses on PolNeAR train for a key's share to count. */
export const SOURCELESS_MIN_USES = 8;
/** Confidence of a sourceless report: the content is right as often as the key's share says, at best. */
const CONFIDENCE = 0.5;

export interface SourcelessCandidate {
  clause: ReportedClause;
  key: string;
}

/**
 * Every use of a sourceless construction outside quotation marks that no clause of `covered` overlaps,
 * with its key: the candidates scripts/train-sourceless.ts counts.
 */
export function sourcelessCandidates(ctx: AttributionContext, covered: readonly ReportedClause[]): SourcelessCandidate[] {
  const out: SourcelessCandidate[] = [];
  for (const s of ctx.doc.sentences) {
    const win: Window = { from: s.firstToken, to: s.endToken };
    if (win.to - win.from < 4 || isQuestion(ctx, win)) continue;
    for (let v = win.from; v < win.to - 1; v++) {
      if (ctx.quoteOf[v] !== -1) continue;
      const found = candidateAt(ctx, win, v);
      if (!found) continue;
      const [key, start, verbless] = found;
      // the question of "Asked …, X said" and a relative or adverbial clause ("which had been expected to
      // …, said") end at their comma; a topic after "about" before its setting ("about ⟦the cuts⟧ during a visit")
      const asked = key.startsWith('asked') || key.startsWith('be-asked');
      const clauseEnd = contentEnd(ctx, win, start, asked || inSubordinate(ctx, win, v));
      const end = key.endsWith(' about') ? beforeSetting(ctx, start, clauseEnd) : clauseEnd;
      if (end <= start || !isStatement(ctx, start, end, verbless) || quotedShare(ctx, start, end) > 0.5) continue;
      const content = charSpan(ctx, start, end);
      if ([...covered, ...out.map((c) => c.clause)].some((c) => c.content.start < content.end && content.start < c.content.end)) continue;
      const negated = negatedAt(ctx, win, v);
      if (negated === null) continue;
      out.push({ key: negated ? `${key} not` : key, clause: { content, cue: { first: v, last: v }, speaker: null, method: 'reported-sourceless', confidence: CONFIDENCE } });
    }
  }
  return out;
}

/** The key, the content's first token and whether the content may lack a verb, of a construction whose cue is `v`. */
function candidateAt(ctx: AttributionContext, win: Window, v: number): [string, number, boolean] | null {
  const { tokens } = ctx;
  const tok = tokens[v]!;
  const next = tokens[v + 1]!;
  if (ctx.quoteOf[v + 1] !== -1) return null;
  const seem = SEEM.get(tok.norm);
  if (seem && isVerbAt(tokens, v)) {
    // "seemed ⟦to be shrinking⟧"; "appeared ⟦paralyzed⟧", "seems ⟦increasingly likely⟧"
    // "what appears ⟦to be …⟧": the writer's or a speaker's hedge on a noun phrase, a key of its own
    const what = tokens[v - 1]?.norm === 'what' ? 'what-' : '';
    if (next.norm === 'to') return isVerbAt(tokens, v + 2) ? [`${what}${seem} to`, v + 1, false] : null;
    let k = v + 1;
    while (k < win.to - 1 && tokens[k]!.pos === 'ADV' && ctx.quoteOf[k] === -1) k++;
    return tokens[k]!.pos === 'ADJ' && ctx.quoteOf[k] === -1 ? [`${what}${seem} adj`, v + 1, true] : null;
  }
  if (HEARSAY.has(tok.norm)) return /^(VERB|AUX|ADP|ADV|ADJ|DET)$/.test(next.pos) ? [tok.norm, v + 1, true] : null;
  if (tok.norm === 'asked') return askedAt(ctx, win, v);
  // "is expected ⟦to …⟧", "is said ⟦to …⟧": a passive with no agent, then an infinitive
  if (tok.pos === 'VERB' && /(ed|en|wn|ld|id|ht)$/.test(tok.norm) && next.norm === 'to' && isVerbAt(tokens, v + 2) && beBefore(ctx, win, v) >= 0) return [`be-${tok.norm} to`, v + 1, false];
  // "it is believed ⟦that …⟧"
  if (tok.pos === 'VERB' && next.norm === 'that') {
    const b = beBefore(ctx, win, v);
    if (b > win.from && tokens[b - 1]!.norm === 'it') return [`it-be-${tok.norm} that`, v + 1, false];
  }
  return null;
}

const RELATIVES = new Set(['who', 'which', 'that']);

/** The cue at `v` stands in a relative clause ("which had been expected to") or an adverbial one ("While …"). */
function inSubordinate(ctx: AttributionContext, win: Window, v: number): boolean {
  let k = v - 1;
  while (k >= win.from && (ctx.tokens[k]!.pos === 'ADV' || ctx.tokens[k]!.pos === 'AUX' || BE.has(ctx.tokens[k]!.norm) || NEGATION.has(ctx.tokens[k]!.norm))) k--;
  return (k >= win.from && RELATIVES.has(ctx.tokens[k]!.norm)) || opensWithSubordinator(ctx, win, v);
}

/** The "be" right before `v` (adverbs and "been" passed over: "has long been rumored"), or -1. */
function beBefore(ctx: AttributionContext, win: Window, v: number): number {
  let k = v - 1;
  while (k >= win.from && (ctx.tokens[k]!.pos === 'ADV' || NEGATION.has(ctx.tokens[k]!.norm)) && ctx.quoteOf[k] === -1) k--;
  return k >= win.from && BE.has(ctx.tokens[k]!.norm) && ctx.quoteOf[k] === -1 ? k : -1;
}

/**
 * "Asked ⟦whether …⟧, X said", "When asked about ⟦the loan⟧, …", "X was asked ⟦if …⟧": the question,
 * from its opener ("whether", "if", a wh-word, "to") or after "about", to its comma. Not "X asked whether"
 * (a speaker asks: the speech verbs' rules report it).
 */
function askedAt(ctx: AttributionContext, win: Window, v: number): [string, number, boolean] | null {
  const { tokens } = ctx;
  const opens = openAsked(ctx, win, v) || tokens[v - 1]!.text === ',';
  const passive = !opens && beBefore(ctx, win, v) >= 0;
  if (!opens && !passive) return null;
  for (let k = v + 1; k < Math.min(win.to - 1, v + 1 + ASKED_REACH); k++) {
    const t = tokens[k]!;
    // "Asked by Starnes whether …": the asker is named, and speaks
    if (ctx.quoteOf[k] !== -1 || t.pos === 'PUNCT' || t.norm === 'by') return null;
    const tag = opens ? 'asked' : 'be-asked';
    if (QUESTION_OPENERS.has(t.norm)) return [`${tag} wh`, k, false];
    if (t.norm === 'about') return /^(DET|NOUN|PROPN|ADJ|NUM|PRON|VERB)$/.test(tokens[k + 1]!.pos) && ctx.quoteOf[k + 1] === -1 ? [`${tag} about`, k + 1, true] : null;
    if (t.norm === 'to') return isVerbAt(tokens, k + 1) ? [`${tag} to`, k, false] : null;
  }
  return null;
}

/** Words before "asked" that leave it without a subject: "When asked …", "after being asked …". */
const ASKED_OPENERS = new Set(['when', 'after', 'once', 'being']);

/** "asked" at `v` has no subject before it: it opens its sentence, or follows "when", "after being". */
function openAsked(ctx: AttributionContext, win: Window, v: number): boolean {
  return ctx.tokens[v]!.norm === 'asked' && (v === win.from || ASKED_OPENERS.has(ctx.tokens[v - 1]!.norm));
}

/**
 * The clauses of `clauses` whose cue is an "asked" with no subject ("Asked ⟦whether …⟧, Ryan said",
 * "when asked ⟦if …⟧") lose the speaker another rule gave them: whoever asked goes unnamed, and the one who
 * answers did not ask.
 */
export function unsourceQuestions(ctx: AttributionContext, clauses: readonly ReportedClause[]): ReportedClause[] {
  return clauses.map((c) => {
    if (c.cue.first !== c.cue.last) return c;
    const s = ctx.doc.sentences[ctx.tokens[c.cue.first]!.sentence]!;
    const win = { from: s.firstToken, to: s.endToken };
    return openAsked(ctx, win, c.cue.first) && askedAt(ctx, win, c.cue.first)?.[0] === 'asked wh' ? { ...c, speaker: null, method: 'reported-sourceless' as const, confidence: CONFIDENCE } : c;
  });
}

/** Whether the cue at `v` is negated (true), plain (false) or conditional (null): back to its clause's start. */
function negatedAt(ctx: AttributionContext, win: Window, v: number): boolean | null {
  let negated = false;
  for (let k = v - 1; k >= win.from && v - k <= 6; k--) {
    const t = ctx.tokens[k]!;
    if (t.text === ',' || t.text === ';' || ctx.quoteOf[k] !== -1) break;
    if (CONDITION.has(t.norm)) return null;
    if (NEGATION.has(t.norm)) negated = true;
  }
  return negated;
}

/**
 * Keys the share would adopt but that are left out by measure: "seem adj" (17 of 33 train uses annotated,
 * "appeared ⟦paralyzed⟧") added 0.1 point of reported F1 on PolNeAR train and took 0.1 off dev (four more
 * false positives, no match).
 */
const LEFT_OUT: ReadonlySet<string> = new Set(['seem adj']);

/** The keys reported: enough uses on PolNeAR train, annotated at least SOURCELESS_SHARE of the time. */
const ADOPTED: ReadonlySet<string> = new Set(
  Object.entries(SOURCELESS_SHARES)
    .filter(([, [uses, annotated]]) => uses >= SOURCELESS_MIN_USES && annotated / uses >= SOURCELESS_SHARE)
    .filter(([key]) => !LEFT_OUT.has(key))
    .map(([key]) => key),
);

/** The keys reported: for the README and tests. */
export const adoptedSourcelessKeys = (): readonly string[] => [...ADOPTED].sort();

/** The reported sourceless attributions beside the clauses of `covered`. */
export function findSourcelessClauses(ctx: AttributionContext, covered: readonly ReportedClause[]): ReportedClause[] {
  if (ADOPTED.size === 0) return [];
  return sourcelessCandidates(ctx, covered)
    .filter((c) => ADOPTED.has(c.key))
    .map((c) => c.clause);
}
