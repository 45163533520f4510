// Which tokens are speech cues: a speech verb used as a verb ("said", "told"), "according to", and the
// participles ("saying", "adding") whose speaker is the subject of the clause they hang from.
import type { Token } from '../document.js';
import { SPEECH_VERBS, WEAK_SPEECH_VERBS } from '../lexicons/speech-verbs.js';

/** Forms that are speech verbs whatever part of speech the tagger gave them. */
const ALWAYS_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'asked']);

/** Whether token i is a speech verb used as one. "Ask for" and "call for" request, they do not report speech. */
export function isCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!SPEECH_VERBS.has(t.norm) || tokens[i + 1]?.norm === 'for') return false;
  return t.pos === 'VERB' || t.pos === 'AUX' || (!WEAK_SPEECH_VERBS.has(t.norm) && ALWAYS_VERBS.has(t.norm));
}

export const isParticipleCue = (tokens: readonly Token[], i: number): boolean => isCue(tokens, i) && tokens[i]!.norm.endsWith('ing');

/** "according to" starting at token i. */
export const isAccordingTo = (tokens: readonly Token[], i: number): boolean => tokens[i]?.norm === 'according' && tokens[i + 1]?.norm === 'to';
