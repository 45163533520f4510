// Which tokens are speech cues: a speech verb used as a verb ("said", "told"), "according to", and the
// participles ("saying", "adding") whose speaker is the subject of the clause they hang from.
import type { Token } from '../document.js';
import { EVIDENCE_NOUNS } from '../lexicons/evidence-nouns.js';
import { SPEECH_VERB_FORMS } from '../lexicons/speech-verbs.js';
import { OPENING_MARKS } from '../lexicons/quote-marks.js';

/** Whether token i is a speech verb used as one. "Ask for" and "call for" request, they do not report speech. */
export function isCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (isAsPutIt(tokens, i)) return true;
  const verb = SPEECH_VERB_FORMS.get(t.norm);
  if (!verb || tokens[i + 1]?.norm === 'for') return false;
  // "talked about", "referring to"; not "talked to reporters", "referred the case"
  if (verb.topicOnly && !verb.topic.includes(tokens[i + 1]?.norm ?? '')) return false;
  // "shows that", "pointed out that", "polls show"; not "showed the door", "found the body"
  if (verb.thatOnly && tokens[i + 1]?.norm !== 'that' && !(tokens[i + 1]?.norm === 'out' && tokens[i + 2]?.norm === 'that') && !afterEvidence(tokens, i)) return false;
  // "Polls show …": the tagger takes the verb after a plural noun for a noun
  const evidence = verb.thatOnly && EVIDENCE_NOUNS.has(tokens[i - 1]?.norm ?? '');
  return t.pos === 'VERB' || t.pos === 'AUX' || verb.always || evidence || isVerbTakenForNoun(tokens, i) || isVerbTakenForAdjective(tokens, i) || isParticipleTakenForOther(tokens, i);
}

/** "Alvarez branded it “…”": a past form in -ed that the tagger took for an adjective, right after a name or pronoun. */
function isVerbTakenForAdjective(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return tokens[i]!.pos === 'ADJ' && tokens[i]!.norm.endsWith('ed') && !!before && before.sentence === tokens[i]!.sentence && (before.pos === 'PROPN' || before.pos === 'PRON');
}

/** What may follow a participle that reports: "that", an infinitive, a noun phrase ("citing a threat"). */
const PARTICIPLE_OBJECT = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/** ", promising to campaign …", ", warning that …": a speech verb in -ing after a comma that the tagger took
 * for an adjective or a noun, before what it reports. */
function isParticipleTakenForOther(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const after = tokens[i + 1];
  if (!t.norm.endsWith('ing') || (t.pos !== 'ADJ' && t.pos !== 'NOUN') || tokens[i - 1]?.text !== ',' || !after || after.sentence !== t.sentence) return false;
  return after.norm === 'that' || (after.norm === 'to' && tokens[i + 2]?.pos === 'VERB') || PARTICIPLE_OBJECT.has(after.pos);
}

/** How far back the subject's head may stand: "Recent polls in Pennsylvania have similarly shown". */
const SUBJECT_REACH = 8;

/** A poll, study or record in the subject before the verb: "Polls show …", "Video of the arrest shows …". */
function afterEvidence(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - SUBJECT_REACH); k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[i]!.sentence || t.pos === 'PUNCT' || t.pos === 'VERB') return false;
    if (EVIDENCE_NOUNS.has(t.norm)) return true;
  }
  return false;
}

/** What opens the words a speech verb reports: a quotation mark (or two apostrophes), a colon, "that". */
const OPENS_REPORT = new Set([...OPENING_MARKS, "''", ':', 'that']);

/** "The ad claims “…”", "The report notes that …": a speech verb in -s that the tagger took for a plural
 * noun, between a noun and the words it reports; "say" after a number or a plural ("Six in 10 say …"). */
function isVerbTakenForNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (t.pos !== 'NOUN' || !before || !after || before.sentence !== t.sentence) return false;
  // "Four in 10 say they …", "42 percent say the …": a number or a plural before "say", a clause after it
  if (t.norm === 'say') return (before.pos === 'NUM' || (before.pos === 'NOUN' && before.norm.endsWith('s'))) && /^(PRON|DET|PROPN|NOUN|NUM)$/.test(after.pos);
  if (!t.norm.endsWith('s')) return false;
  return (before.pos === 'NOUN' || before.pos === 'PROPN') && (OPENS_REPORT.has(after.norm) || endsTrailingAttribution(tokens, i));
}

/** How many words the subject of a trailing attribution may take: ", The Wall Street Journal reports.". */
const TRAILING_SUBJECT_REACH = 6;

/** "…, The Wall Street Journal reports.": the word closes its sentence, and a noun phrase alone stands
 * between it and a comma. */
function endsTrailingAttribution(tokens: readonly Token[], i: number): boolean {
  const after = tokens[i + 1]!;
  if (after.text !== '.' || tokens[i + 2]?.sentence === after.sentence) return false;
  for (let k = i - 1; k >= Math.max(0, i - TRAILING_SUBJECT_REACH); k--) {
    const t = tokens[k]!;
    if (t.sentence !== after.sentence) return false;
    if (t.text === ',') return k < i - 1;
    if (!/^(DET|PROPN|NOUN|ADJ)$/.test(t.pos) && t.norm !== "'s") return false;
  }
  return false;
}

/** How many words "as … put it" may hold between "as" and "put": "as an American diplomat put it". */
const AS_PUT_IT_REACH = 6;

/** "put" in "as she put it" / "as the memo puts it": a source's words, quoted beside it. */
function isAsPutIt(tokens: readonly Token[], i: number): boolean {
  if ((tokens[i]!.norm !== 'put' && tokens[i]!.norm !== 'puts') || tokens[i + 1]?.norm !== 'it') return false;
  for (let k = i - 2; k >= Math.max(0, i - AS_PUT_IT_REACH - 1); k--) {
    if (tokens[k]!.norm === 'as') return true;
    if (tokens[k]!.sentence !== tokens[i]!.sentence || /^[,.;:!?]$/.test(tokens[k]!.text)) return false;
  }
  return false;
}

export const isParticipleCue = (tokens: readonly Token[], i: number): boolean => isCue(tokens, i) && tokens[i]!.norm.endsWith('ing');

/** Whether token `k` (which may lie past the text) is a verb or an auxiliary. */
export const isVerbAt = (tokens: readonly Token[], k: number): boolean => tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX';

/** "according to" starting at token i. */
export const isAccordingTo = (tokens: readonly Token[], i: number): boolean => tokens[i]?.norm === 'according' && tokens[i + 1]?.norm === 'to';
