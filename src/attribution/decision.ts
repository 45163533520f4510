// A speaker decision and the two ways to reach one from words: a speaker phrase next to a cue, or the
// subject of the clause that holds the quote.
import type { AttributionMethod, AttributionRule, Speaker, TextSpan } from '../document.js';
import { textSpan } from '../document.js';
import type { AttributionContext, Window } from './context.js';
import { resolvePronoun } from './pronouns.js';
import { subjectBefore, type SpeakerRef } from './speaker-phrase.js';
import { linkPhrase, roleText } from './speaker-role.js';

export interface Decision {
  speaker: Speaker;
  cue: TextSpan | null;
  method: AttributionMethod;
  confidence: number;
}

/** Pronoun speakers are a step less certain than named ones: the antecedent may be wrong. */
const PRONOUN_PENALTY = 0.1;

export function decide(ctx: AttributionContext, ref: SpeakerRef | null, cue: { first: number; last: number } | null, method: AttributionRule, confidence: number): Decision | null {
  if (!ref) return null;
  const { tokens, doc } = ctx;
  const cueSpan = cue ? textSpan(doc.text, tokens[cue.first]!.start, tokens[cue.last]!.end) : null;
  const pronoun = ref.kind === 'pronoun';
  return { speaker: toSpeaker(ctx, ref), cue: cueSpan, method: pronoun ? `${method}:pronoun` : method, confidence: pronoun ? confidence - PRONOUN_PENALTY : confidence };
}

function toSpeaker(ctx: AttributionContext, given: SpeakerRef): Speaker {
  const { tokens, doc } = ctx;
  const ref = linkPhrase(ctx, given);
  switch (ref.kind) {
    case 'person': {
      const role = roleText(ctx, ref.role);
      return { entity: ref.ref.person.id, name: ref.ref.person.name, mention: textSpan(doc.text, ref.ref.mention.start, ref.ref.mention.end), ...(role ? { role } : {}) };
    }
    case 'pronoun': {
      const t = tokens[ref.token]!;
      const mention = textSpan(doc.text, t.start, t.end);
      const antecedent = resolvePronoun(ctx, ref.token);
      return antecedent ? { entity: antecedent.id, name: antecedent.name, mention } : { name: t.text, mention };
    }
    case 'relative': {
      const t = tokens[ref.token]!;
      return { entity: ref.antecedent.person.id, name: ref.antecedent.person.name, mention: textSpan(doc.text, t.start, t.end) };
    }
    case 'relative-phrase': {
      const t = tokens[ref.token]!;
      return { name: doc.text.slice(tokens[ref.first]!.start, tokens[ref.last]!.end), mention: textSpan(doc.text, t.start, t.end) };
    }
    case 'phrase': {
      const mention = textSpan(doc.text, tokens[ref.first]!.start, tokens[ref.last]!.end);
      return { name: mention.text, mention };
    }
  }
}

/**
 * The subject of the clause in `win` that a verb at or before `limit` takes: the first person, pronoun or
 * noun phrase that `subjectBefore` finds for a verb ("In Ohio, Mr. Obama decried …", "Sanders (I-Vt.) on
 * Saturday criticized …"). Tokens inside quotes are never subjects.
 */
export function clauseSubject(ctx: AttributionContext, win: Window, limit: number): SpeakerRef | null {
  const { tokens } = ctx;
  for (let v = win.from + 1; v < Math.min(limit, win.to); v++) {
    if (ctx.quoteOf[v] !== -1 || !(tokens[v]!.pos === 'VERB' || tokens[v]!.pos === 'AUX')) continue;
    const ref = subjectBefore(ctx, v, { from: win.from, to: v });
    if (ref) return ref;
  }
  return null;
}
