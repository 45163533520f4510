// A name is usually written in full once and then shortened, and the tagger, which sees only a few words
// around each token, can miss the short form ("Takemura" alone looks like a place). This rule changes no
// run: it records what the runs so far say about the document's names, for the rules after it.
import type { RuleContext } from './rule.js';
import type { TokenRun } from '../runs.js';
import { PLACE_CLASSES } from '../../lexicons/gazetteer.js';
import { isTitleWord } from '../../lexicons/titles.js';
import { classesAt, hasLetterAt } from '../tagger/token-facts.js';

export function recordDocumentNames(ctx: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { table } = ctx;
  const { tokens } = table;
  // words of names the tagger found written in full ("Masayoshi Takemura"), or after a title ("Mr Kubo")
  const personWords = new Set<string>();
  for (const run of runs) {
    if (run.type !== 'PER') continue;
    const named = run.end - run.first >= 2 || (run.first > 0 && isTitleWord(tokens[run.first - 1]!.norm));
    if (!named) continue;
    for (let t = run.first; t < run.end; t++) if (hasLetterAt(table, t) && tokens[t]!.norm.length > 1) personWords.add(tokens[t]!.norm);
  }
  ctx.names = {
    isPersonWord: (t) => personWords.has(tokens[t]!.norm) && !classesAt(table, t).some((c) => PLACE_CLASSES.includes(c)),
    // any word the tagger took for part of a name, for the weaker "first name + surname" test
    anyPersonWords: new Set(runs.filter((r) => r.type === 'PER').flatMap((r) => tokens.slice(r.first, r.end).map((t) => t.norm))),
    placeWords: new Set(runs.filter((r) => r.type === 'LOC' && r.end - r.first === 1).map((r) => tokens[r.first]!.norm)),
  };
  return runs;
}
