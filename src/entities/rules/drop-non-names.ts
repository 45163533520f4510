// Words whose shape rules out a person's name: a plural of capitals ("GPs", "MPs", "CEOs") and the first
// half of a contraction ("Do" of "Don't", "Ca" of "Can't"); and holidays, neither people nor places
// ("over Easter", "from Good Friday"); a participle opening a sentence ("Defending, Ms Hollis said"); and a run of lower-case words alone ("west" of "south-west Scotland").
import type { RuleContext } from './rule.js';
import type { TokenRun } from '../runs.js';
import { HOLIDAYS } from '../../lexicons/holidays.js';
import { isCapitalized } from '../../text/shape.js';

const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
const NEGATION = /^n['’]t$/;

export function dropNonNames({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  // common words the document writes in lower case: the same word opening a sentence is no name ("downtown
  // Kingston" … "Downtown is not finished")
  const lowerWords = new Set(tokens.filter((t) => t.text === t.norm && /^\p{Ll}/u.test(t.text)).map((t) => t.norm));
  const notName = (r: TokenRun): boolean => {
    if (r.type === 'LOC' && r.end - r.first === 1 && table.initial[r.first] && lowerWords.has(tokens[r.first]!.norm)) return true;
    if (!tokens.slice(r.first, r.end).some((t) => isCapitalized(t.text))) return true;
    if ((r.type === 'PER' || r.type === 'LOC') && HOLIDAYS.has(tokens.slice(r.first, r.end).map((t) => t.norm).join(' '))) return true;
    if (r.type !== 'PER') return false;
    const last = tokens[r.end - 1]!;
    const next = tokens[r.end];
    if (next && last.end === next.start && NEGATION.test(next.norm)) return true;
    if (r.end - r.first !== 1) return false;
    // a participle opening a sentence before a comma ("Defending, Ms Hollis said")
    const word = tokens[r.first]!;
    if (table.initial[r.first] && word.pos === 'VERB' && /ing$/.test(word.norm) && next?.text === ',') return true;
    return PLURAL_ACRONYM.test(word.text);
  };
  return runs.filter((r) => !notName(r));
}
