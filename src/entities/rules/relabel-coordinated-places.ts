// Places joined to a place: "arrives in Adré and Farchana", "in Ca Mau and Bac Lieu provinces". The
// tagger reads an unfamiliar second name on its own and calls it a person or a firm; standing after "and"
// beside a place that a place preposition introduces, it is one more place of the same list.
import type { RuleContext } from './rule.js';
import type { TokenRun } from '../runs.js';

const STRONG_PREPOSITIONS = new Set(['in', 'near']);
const LIST_PREPOSITIONS = new Set(['between', 'across', 'outside', 'around']);
/** "south of Faenza and Modigliana": "of" after a compass word introduces places too. */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
/** Whether the word at t puts what follows on the map; the weaker words ("between Israel and Hizbollah")
 * only for a second name the tagger took for a person. */
const introducesPlace = (tokens: { norm: string }[], t: number, person: boolean): boolean =>
  STRONG_PREPOSITIONS.has(tokens[t]!.norm) || (person && (LIST_PREPOSITIONS.has(tokens[t]!.norm) || (tokens[t]!.norm === 'of' && t > 0 && COMPASS.has(tokens[t - 1]!.norm))));

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
    if (!place || place.type !== 'LOC' || place.first === 0 || !introducesPlace(tokens, place.first - 1, run.type === 'PER')) return run;
    for (let t = run.first; t < run.end; t++) if (isPersonWord(t)) return run;
    return { ...run, type: 'LOC' };
  });
}
