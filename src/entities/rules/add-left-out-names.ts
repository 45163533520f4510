// Capitalised words the tagger left out, which the document names elsewhere: a word spelt like a word of a
// person's name written in full is that person's; a word the tagger took for a place on its own
// elsewhere, or a country, is a place. Both read the runs as this rule receives them, so neither
// addition hides the other.
import type { RuleContext } from './rule.js';
import type { TokenRun } from '../runs.js';
import { isTitleWord } from '../../lexicons/titles.js';
import { SPEECH_VERB_FORMS } from '../../lexicons/speech-verbs.js';
import { classesAt, isCapitalizedAt } from '../tagger/token-facts.js';

export function addLeftOutNames({ table, names }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const result = [...runs];
  const covered = new Uint8Array(tokens.length);
  for (const run of runs) for (let t = run.first; t < run.end; t++) covered[t] = 1;
  tokens.forEach((tok, t) => {
    // a title word or a common word opening a sentence ("Major", "Will") only where a speech verb follows
    // it, not a name: "Major told reporters"
    if (covered[t] || !names.isPersonWord(t)) return;
    const speaks = SPEECH_VERB_FORMS.has(tokens[t + 1]?.norm ?? '') && table.segments[t + 1] === table.segments[t];
    if (isTitleWord(tok.norm) && !speaks) return;
    if (!isCapitalizedAt(table, t) || (table.initial[t] && classesAt(table, t).includes('Word') && !speaks)) return;
    if (covered[t - 1] || covered[t + 1]) return;
    result.push({ type: 'PER', first: t, end: t + 1 });
  });
  tokens.forEach((tok, t) => {
    if (covered[t] || covered[t - 1] || covered[t + 1] || !isCapitalizedAt(table, t)) return;
    if (!names.placeWords.has(tok.norm) && !classesAt(table, t).includes('Country')) return;
    if (table.initial[t] && classesAt(table, t).includes('Word')) return;
    result.push({ type: 'LOC', first: t, end: t + 1 });
    covered[t] = 1;
  });
  return result;
}
