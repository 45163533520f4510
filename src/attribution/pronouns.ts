// Resolves "he" and "she" in "…," she said to the last person named before it whose gender fits,
// skipping names that stand inside quotes (they are what the speaker talks about, not who speaks).
import type { Person } from '../document.js';
import { SPEAKER_PRONOUNS } from '../lexicons/pronouns.js';
import type { AttributionContext } from './context.js';

export function resolvePronoun(ctx: AttributionContext, token: number): Person | null {
  const gender = SPEAKER_PRONOUNS.get(ctx.tokens[token]!.norm);
  if (gender !== 'male' && gender !== 'female') return null;
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.last >= token || ctx.quoteOf[m.first] !== -1) continue;
    if (!m.person.gender || m.person.gender === gender) return m.person;
  }
  return null;
}
