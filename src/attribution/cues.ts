// Which tokens are speech cues: a speech verb used as a verb ("said", "told"), "according to", and the
// participles ("saying", "adding") whose speaker is the subject of the clause they hang from.
import type { Token } from '../document.js';
import { SPEECH_VERBS, WEAK_SPEECH_VERBS } from '../lexicons/speech-verbs.js';

/** Forms that are speech verbs whatever part of speech the tagger gave them. */
const ALWAYS_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'asked']);

export function isCue(t: Token): boolean {
  if (!SPEECH_VERBS.has(t.norm)) return false;
  return t.pos === 'VERB' || t.pos === 'AUX' || (!WEAK_SPEECH_VERBS.has(t.norm) && ALWAYS_VERBS.has(t.norm));
}

export const isParticipleCue = (t: Token): boolean => isCue(t) && t.norm.endsWith('ing');

/** "according to" starting at token i. */
export const isAccordingTo = (tokens: readonly Token[], i: number): boolean => tokens[i]?.norm === 'according' && tokens[i + 1]?.norm === 'to';
