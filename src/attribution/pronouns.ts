// Resolves "he" and "she" in "…," she said to the last person named before it whose gender fits,
// skipping names that stand inside quotes (they are what the speaker talks about, not who speaks). In the
// pronoun's own sentence a name in the possessive ("Machado’s courage") is passed over first: "Clinton
// says she appreciated Machado’s courage through what she calls …" speaks of Clinton.
import type { Person } from '../document.js';
import { POSSESSIVE_PRONOUNS, SPEAKER_PRONOUNS } from '../lexicons/pronouns.js';
import type { AttributionContext, MentionRef } from './context.js';

export function resolvePronoun(ctx: AttributionContext, token: number): Person | null {
  const gender = SPEAKER_PRONOUNS.get(ctx.tokens[token]!.norm) ?? POSSESSIVE_PRONOUNS.get(ctx.tokens[token]!.norm);
  if (gender !== 'male' && gender !== 'female') return null;
  const sentence = ctx.tokens[token]!.sentence;
  const possessiveHere = (m: MentionRef) => ctx.tokens[m.first]!.sentence === sentence && isPossessive(ctx, m);
  return lastFitting(ctx, token, gender, possessiveHere) ?? lastFitting(ctx, token, gender, () => false);
}

function lastFitting(ctx: AttributionContext, token: number, gender: string, skip: (m: MentionRef) => boolean): Person | null {
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.last >= token || ctx.quoteOf[m.first] !== -1 || skip(m)) continue;
    if (!m.person.gender || m.person.gender === gender) return m.person;
  }
  return null;
}

/** "Machado’s", "Machado 's": the mention owns what follows. */
const isPossessive = (ctx: AttributionContext, m: MentionRef): boolean => {
  const last = ctx.tokens[m.last]!;
  const next = ctx.tokens[m.last + 1];
  return /['’]s$/.test(last.text) || (!!next && next.start === last.end && /^['’]s?$/.test(next.text));
};
