// Links a speaker written with a descriptor to the person the article names: "said local shopkeeper Tom
// Reyes" and "Anne Richards, assistant secretary of state, said" speak as Tom Reyes and Anne Richards, so
// counts of who is quoted do not split one person in two. The descriptor is kept apart as the role.
import type { AttributionContext } from './context.js';
import { isTitleWord } from '../lexicons/titles.js';
import type { SpeakerRef } from './speaker-phrase.js';

/** Tokens [first, last] of a descriptor beside a speaker's name. */
export interface RoleTokens {
  first: number;
  last: number;
}

/** A speaker phrase whose head is a person's name becomes that person, the other words before the name its
 * role. A name that only modifies the head ("Clinton supporters", "Clinton's campaign") or is the object
 * of a preposition ("a spokeswoman for Clinton") leaves the phrase as it is: the speakers are others. */
export function linkPhrase(ctx: AttributionContext, ref: SpeakerRef): SpeakerRef {
  if (ref.kind !== 'phrase') return ref;
  for (let t = ref.first; t <= ref.last; t++) {
    const m = ctx.mentionAt.get(t);
    if (!m) continue;
    if (m.last !== ref.last || (m.first > ref.first && ctx.tokens[m.first - 1]!.pos === 'ADP')) return ref;
    return { kind: 'person', ref: m, ...(m.first > ref.first ? { role: { first: ref.first, last: m.first - 1 } } : {}) };
  }
  return ref;
}

/** Longest role kept: "the deputy minister for ports and inland waterways". */
const MAX_ROLE_TOKENS = 12;

/** The role's words, without a leading article ("the local shopkeeper" -> "local shopkeeper"); null if none is left. */
export function roleText(ctx: AttributionContext, role: RoleTokens | undefined): string | null {
  if (!role) return null;
  const { tokens, doc } = ctx;
  let first = role.first;
  let last = role.last;
  while (first <= last && (tokens[first]!.pos === 'DET' || tokens[first]!.pos === 'PUNCT')) first++;
  while (last >= first && tokens[last]!.pos === 'PUNCT') last--;
  if (first > last || !/\p{L}/u.test(tokens[first]!.text) || last - first >= MAX_ROLE_TOKENS) return null;
  // a title alone ("Dr.", "Cllr") stays with the name, as the mention's title
  let titles = true;
  for (let t = first; t <= last; t++) if (!isTitleWord(tokens[t]!.norm) && tokens[t]!.text !== '.') titles = false;
  if (titles) return null;
  // a descriptor is a noun phrase: "who took office in May" or "speaking on Monday" is no role
  for (let t = first; t <= last; t++) if (tokens[t]!.pos === 'VERB' || tokens[t]!.pos === 'AUX' || tokens[t]!.pos === 'PRON' || tokens[t]!.pos === 'SCONJ') return null;
  return doc.text.slice(tokens[first]!.start, tokens[last]!.end);
}
