// Uses of speech-act verbs in senses that report nothing: "called for a taxi", "denied him entry",
// "defended the title", and where an act's setting starts after its object ("defended ⟦the record⟧ at a
// news conference"). Shared by the speech-verb rules (src/quotes/reported-clauses.ts) and the act cues
// (src/quotes/act-cues.ts), which report such objects.
import type { AttributionContext } from '../attribution/context.js';
import { OBJECT_PRONOUNS } from '../lexicons/pronouns.js';

/** Per verb, the head nouns of objects that make it no act of speech: a thing sent for, a thing refused,
 * a thing held in sport or war. */
const NOT_SPEECH_OBJECTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    call: 'taxi taxis cab cabs ambulance ambulances car',
    deny: 'entry access bail permission visa visas parole asylum admission',
    defend: 'title titles crown championship belt trophy cup goal net lead border borders territory city town base line homeland fort',
  }).map(([verb, nouns]) => [verb, new Set(nouns.split(' '))]),
);
/** How far into the object its head noun may stand: "the world heavyweight title". */
const HEAD_REACH = 4;

/** Whether the object from `start` makes `verb` (a lemma) no act of speech: a listed head noun, or for
 * "deny" a person and then a thing ("denied him entry", "denied Smith a visa"). */
export function notSpeechObject(ctx: AttributionContext, verb: string, start: number, end: number): boolean {
  const { tokens } = ctx;
  const nouns = NOT_SPEECH_OBJECTS.get(verb);
  if (!nouns) return false;
  for (let t = start; t < Math.min(end, start + HEAD_REACH); t++) if (tokens[t]!.pos === 'NOUN' && nouns.has(tokens[t]!.norm)) return true;
  if (verb !== 'deny') return false;
  const m = ctx.mentionAt.get(start);
  const after = OBJECT_PRONOUNS.has(tokens[start]!.norm) ? start + 1 : m && m.first === start ? m.last + 1 : -1;
  return after > 0 && after < end && /^(DET|NOUN|ADJ)$/.test(tokens[after]!.pos);
}

/** "defended ⟦the corporation's record⟧ at a news conference on Monday": an object that is all that was
 * said ends before "at" or "during" after its noun, where the setting of the act begins. */
export function beforeSetting(ctx: AttributionContext, start: number, end: number): number {
  for (let t = start + 2; t < end; t++) {
    if ((ctx.tokens[t]!.norm === 'at' || ctx.tokens[t]!.norm === 'during') && ctx.quoteOf[t] === -1 && /^(NOUN|PROPN)$/.test(ctx.tokens[t - 1]!.pos) && ctx.tokens[t + 1]?.pos === 'DET') return t;
  }
  return end;
}
