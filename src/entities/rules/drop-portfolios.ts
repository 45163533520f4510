// A minister's portfolio is no person: "the Minister for Humanitarian Affairs", "Secretary of State",
// "the Minister for Housing, Local Government and Heritage". Capitalised words after "for" or "of" that
// follow a title or a department word, through commas and "and", name an office.
import type { RuleContext } from './rule.js';
import type { TokenRun } from '../runs.js';
import { isCapitalized } from '../../text/shape.js';
import { isTitleWord } from '../../lexicons/titles.js';

const OFFICE_WORDS = new Set(['ministry', 'department', 'office', 'minister', 'secretary', 'commissioner']);

export function dropPortfolios({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const isPortfolio = (run: TokenRun): boolean => {
    let t = run.first - 1;
    // right after "for" or after the "and" that ends a list of portfolios, never after a comma: "the
    // Minister for Health, Jane Doe," names her
    const before = tokens[t]?.norm;
    if (before !== 'for' && before !== 'of' && before !== 'and' && before !== '&') return false;
    while (t >= 0 && table.segments[t] === table.segments[run.first]) {
      const tok = tokens[t]!;
      if (tok.norm === 'for' || tok.norm === 'of') {
        const office = tokens[t - 1];
        return !!office && table.segments[t - 1] === table.segments[t] && isCapitalized(office.text) && (isTitleWord(office.norm) || OFFICE_WORDS.has(office.norm));
      }
      if (!(isCapitalized(tok.text) || tok.text === ',' || tok.norm === 'and' || tok.text === '&')) return false;
      t--;
    }
    return false;
  };
  return runs.filter((r) => r.type !== 'PER' || !isPortfolio(r));
}
