// Reported content after verbs that are no speech verbs but, followed by a that-clause, report what someone
// said or concluded: "The inquiry concluded ⟦that the pumps had failed⟧", "She reminded them ⟦that the
// vote was binding⟧". The speech verbs (src/lexicons/speech-verbs.ts) and the verbs of belief and wish are
// found elsewhere; here only a verb, then "that" and a clause with a verb of its own, the verb's subject as
// speaker. Not "so that", "now that", "given that", "the plan that …" (a relative), "that" as a determiner,
// an adjective or noun before "that" ("clear that", "the fact that"), verbs of perception ("saw that"),
// questions, negated or conditional uses, nor a clause another reported or quoted span already covers.
import type { AttributionContext, Window } from '../attribution/context.js';
import { clauseSubject } from '../attribution/decision.js';
import { SPEECH_VERB_FORMS } from '../lexicons/speech-verbs.js';
import { TIME_WORDS } from '../lexicons/time-words.js';
import { charSpan, contentEnd, isQuestion, isStatement, opensWithSubordinator, quotedShare, speakerOf, usableCueAt, type ReportedClause } from './reported-clauses.js';

/**
 * The verbs whose that-clauses PolNeAR train annotates as attributions at least THAT_SHARE of the time,
 * over at least 3 uses (scripts/count-that-clauses.ts: uses outside quotation marks that no other rule
 * reports, annotated/all, all forms): make 13/21 ("made clear that", "made the case that"), convince 6/9,
 * recognize 7/9, rule 3/4, press 3/3 ("pressing the case that"), calculate 3/3, demonstrate 3/4. Left out
 * below the share: given 0/5, ensure 1/5, prove 1/5, determine 0/3; left out as copulas, whose subject is
 * no speaker ("it became clear that"): become, remain, seem, appear; beliefs (think, know, mean, …) are
 * src/quotes/belief-cues.ts's. One verb a line with the forms news uses.
 */
const VERBS = `
make makes made making
convince convinces convinced convincing
recognize recognizes recognized recognizing recognise recognises recognised recognising
rule rules ruled ruling
press presses pressed pressing
calculate calculates calculated calculating
demonstrate demonstrates demonstrated demonstrating
`;

/** Least share of a verb's that-clauses PolNeAR train annotates for the verb to be listed. */
export const THAT_SHARE = 0.35;

const FORMS: ReadonlySet<string> = new Set(VERBS.split(/\s+/).filter(Boolean));

/** Verbs of perception: what is seen or heard is no statement (the "saw that"). */
const PERCEPTION = new Set('see sees saw seen seeing hear hears heard hearing notice notices noticed noticing watch watched watching feel feels felt'.split(' '));

export interface ThatClause extends ReportedClause {
  /** The verb's token. */
  verb: number;
  /** Words stand between the verb and "that": "reminded them that". */
  object: boolean;
}

/**
 * Every verb (not a speech verb, nor one of perception) followed by a that-clause no clause of `covered`
 * overlaps, whatever the verb: the candidates scripts/count-that-clauses.ts counts. `listed` keeps only
 * the verbs of the table.
 */
export function thatClauseCandidates(ctx: AttributionContext, covered: readonly ReportedClause[], listed = false): ThatClause[] {
  const { tokens } = ctx;
  const out: ThatClause[] = [];
  for (const s of ctx.doc.sentences) {
    const win: Window = { from: s.firstToken, to: s.endToken };
    if (win.to - win.from < 4 || isQuestion(ctx, win)) continue;
    for (let v = win.from; v < win.to - 2; v++) {
      const verb = tokens[v]!;
      if (verb.pos !== 'VERB' || ctx.quoteOf[v] !== -1 || SPEECH_VERB_FORMS.has(verb.norm) || PERCEPTION.has(verb.norm)) continue;
      if (listed && !FORMS.has(verb.norm)) continue;
      const found = thatAfter(ctx, win, v);
      if (!found || !usableCueAt(ctx, win, v)) continue;
      const { that, object } = found;
      const end = contentEnd(ctx, win, that, opensWithSubordinator(ctx, win, v));
      if (end <= that + 1 || !isStatement(ctx, that + 1, end, false) || quotedShare(ctx, that, end) > 0.5) continue;
      // "made the decision that the council reversed": after a noun, a clause that ends on its verb lacks
      // that verb's object, which the noun is: a relative
      if (object && /^(NOUN|PROPN)$/.test(tokens[that - 1]!.pos) && /^(VERB|AUX)$/.test(tokens[end - 1]!.pos)) continue;
      const content = charSpan(ctx, that, end);
      if ([...covered, ...out].some((c) => c.content.start < content.end && content.start < c.content.end)) continue;
      // "…, perhaps recognizing that …": a participle's subject is its main clause's, as for speech verbs
      const speaker = verb.norm.endsWith('ing') ? clauseSubject(ctx, { from: win.from, to: v }, v) : speakerOf(ctx, win, v, end);
      if (!speaker) continue;
      out.push({ content, cue: { first: v, last: v }, speaker, method: 'reported-speaker-cue', confidence: 0.6, verb: v, object });
    }
  }
  return out;
}

/** The reported clauses of the table's verbs, beside those of `covered`. */
export function findThatClauses(ctx: AttributionContext, covered: readonly ReportedClause[]): ReportedClause[] {
  return thatClauseCandidates(ctx, covered, true).map(({ verb: _verb, object: _object, ...clause }) => clause);
}

/** How many words may stand between the verb and "that": "made it clear that", "reminded the voters that". */
const OBJECT_REACH = 4;
/** Parts of speech of what may stand there: an object, the adjective of "made it clear", an adverb. */
const BETWEEN = new Set(['PRON', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The "that" that opens the verb's clause: right after it, or past an object ("reminded them that", "made
 * it clear that": `object` set) or an "-ly" adverb ("concluded quickly that"); null when there is none,
 * or when "that" is a determiner or a relative ("that night", "that idea", "that was …"). Not past "so",
 * "such", "now": those make "that" a conjunction of purpose or time, and the verb has no clause.
 */
function thatAfter(ctx: AttributionContext, win: Window, v: number): { that: number; object: boolean } | null {
  const { tokens } = ctx;
  let t = v + 1;
  let object = false;
  for (; t < Math.min(win.to, v + 1 + OBJECT_REACH) && ctx.quoteOf[t] === -1 && tokens[t]!.norm !== 'that'; t++) {
    const tok = tokens[t]!;
    if (tok.pos === 'ADV' && /ly$/.test(tok.norm)) continue;
    // "made clear that": the tagger may call "clear" a verb
    if (!(BETWEEN.has(tok.pos) || tok.norm === 'clear') || tok.norm === 'such') return null;
    object = true;
  }
  if (t >= win.to - 1 || tokens[t]!.norm !== 'that' || ctx.quoteOf[t] !== -1 || ctx.quoteOf[t + 1] !== -1) return null;
  // "the rhetoric that wildly painted …": a relative, its verb straight after "that" or an adverb
  const next = tokens[t + 1]!;
  const verbAt = (k: number): boolean => /^(VERB|AUX)$/.test(tokens[k]?.pos ?? '');
  if (verbAt(t + 1) || (next.pos === 'ADV' && verbAt(t + 2)) || next.pos === 'PUNCT' || TIME_WORDS.has(next.norm)) return null;
  // "rejected that idea outright": a determiner before a noun that no verb soon follows (the tagger calls
  // every "that" a conjunction)
  return next.pos === 'NOUN' && !verbWithin(ctx, win, t + 2) ? null : { that: t, object };
}

/** How far a clause's verb may follow "that" and its first noun: "that investigators in Ohio had erred". */
const VERB_REACH = 5;

function verbWithin(ctx: AttributionContext, win: Window, from: number): boolean {
  for (let k = from; k < Math.min(win.to, from + VERB_REACH); k++) {
    const tok = ctx.tokens[k]!;
    if (tok.pos === 'VERB' || tok.pos === 'AUX') return true;
    if (tok.pos === 'PUNCT') return false;
  }
  return false;
}
