// A name that fills a quotation by itself is a title or a nickname ("her last film, “Night Harbour”",
// "they call me “Ace”"), not a person, unless it starts with a given name (and no "known as" or
// "nicknamed" says it is a nickname: "known as ‘Tank’") or the document names the same person outside quotes.
import type { RuleContext } from './rule.js';
import type { TokenRun } from '../runs.js';
import { isGivenName } from '../../lexicons/first-names.js';
import { hasLetter } from '../../text/shape.js';
import { hasLetterAt } from '../tagger/token-facts.js';
import { CLOSING_MARKS, OPENING_MARKS } from '../../lexicons/quote-marks.js';

const NICKNAME_CUES = new Set(['nicknamed', 'dubbed', 'called', 'alias']);

export function dropQuotedNames({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const words = (r: TokenRun) => tokens.slice(r.first, r.end).filter((t) => hasLetter(t.text)).map((t) => t.norm);
  const inQuotes = (r: TokenRun): boolean => {
    let a = r.first;
    let b = r.end;
    while (a < b && !hasLetterAt(table, a)) a++;
    while (b > a && !hasLetterAt(table, b - 1)) b--;
    // the marks may stand just outside the run or be taken into it by the tagger
    const open = OPENING_MARKS.has(tokens[a - 1]?.text ?? '');
    const close = CLOSING_MARKS.has(tokens[b]?.text ?? '');
    return open && close && table.segments[a - 1] === table.segments[b];
  };
  // "known as ‘Tank’", "nicknamed ‘Ace’": the words before the opening mark say nickname
  const nicknamed = (r: TokenRun): boolean => {
    let a = r.first;
    while (a < r.end && !hasLetterAt(table, a)) a++;
    const before = tokens[a - 2]?.norm ?? '';
    if (NICKNAME_CUES.has(before)) return true;
    // "known among other tradesmen in the area as ‘Tank’"
    for (let k = a - 3; before === 'as' && k >= Math.max(0, a - 10) && table.segments[k] === table.segments[a]; k--) if (tokens[k]!.norm === 'known') return true;
    return false;
  };
  const quoted = runs.filter((r) => r.type === 'PER' && inQuotes(r) && (!isGivenName(words(r)[0] ?? '') || nicknamed(r)));
  if (quoted.length === 0) return runs;
  // words of person runs outside quotes
  const outside = new Set(runs.filter((r) => r.type === 'PER' && !quoted.includes(r)).flatMap(words));
  const drop = new Set(quoted.filter((r) => !words(r).some((w) => outside.has(w))));
  return runs.filter((r) => !drop.has(r));
}
