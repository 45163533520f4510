// Places joined to a place: "arrives in Adré and Farchana", "in Ca Mau and Bac Lieu provinces". The
// tagger reads an unfamiliar second name on its own and calls it a person or a firm; standing after "and"
// beside a place that a place preposition introduces, it is one more place of the same list.
import type { RuleContext } from './rule.js';
import type { TokenRun } from '../runs.js';

const LIST_PREPOSITIONS = new Set(['in', 'near']);

/** Runs after "and"/"or" that continue a list of places become places, unless a word of theirs is a person's. */
export function relabelCoordinatedPlaces({ table, names }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens, segments } = table;
  const { isPersonWord } = names;
  const endingAt = new Map(runs.map((r) => [r.end, r]));
  return runs.map((run) => {
    // a person's or a firm's name, not an adjective ("in Serbia and Bosnian Serb territory")
    if ((run.type !== 'PER' && run.type !== 'ORG') || run.first < 2 || segments[run.first - 2] !== segments[run.first]) return run;
    const joiner = tokens[run.first - 1]!.norm;
    if (joiner !== 'and' && joiner !== 'or') return run;
    const place = endingAt.get(run.first - 1);
    if (!place || place.type !== 'LOC' || place.first === 0 || !LIST_PREPOSITIONS.has(tokens[place.first - 1]!.norm)) return run;
    for (let t = run.first; t < run.end; t++) if (isPersonWord(t)) return run;
    return { ...run, type: 'LOC' };
  });
}
