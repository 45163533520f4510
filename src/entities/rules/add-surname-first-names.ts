// Surname-first names ("Park Seo-yeon", "Phan Minh Duc") that the tagger, trained on 1996 Reuters, misses
// or cuts in two, and the later mentions by the surname alone ("Park wrote", "Park's films"), which the
// tagger takes for an everyday word. The document's own full names are the evidence: a surname alone is a
// person only where the same document names someone in full with it.
import type { TokenTable } from '../tagger/features.js';
import type { RuleContext } from './rule.js';
import { isEastAsianSurname } from '../../lexicons/east-asian-surnames.js';
import { isSurnameFirstName } from '../names.js';
import { heldByLonger, RunList, type TokenRun } from '../runs.js';
import { isCapitalized } from '../../text/shape.js';
import { isAllCapsAt, isCapitalizedAt } from '../tagger/token-facts.js';
import { sameSegment } from '../tagger/features.js';

const glued = (table: TokenTable, a: number, b: number): boolean => table.tokens[a]!.end === table.tokens[b]!.start;

/** Source-like text of tokens [first, end): a space only where the source has one. */
function runText(table: TokenTable, first: number, end: number): string {
  let s = table.tokens[first]!.text;
  for (let t = first + 1; t < end; t++) s += (glued(table, t - 1, t) ? '' : ' ') + table.tokens[t]!.text;
  return s;
}

/** "Seo-yeon", "Ji-hoon": a capitalised syllable, a hyphen and another syllable, written as one word. */
function hyphenatedGivenEnd(table: TokenTable, t: number): number {
  const { tokens } = table;
  if (t + 2 >= tokens.length || !isCapitalizedAt(table, t) || tokens[t + 1]!.text !== '-') return -1;
  if (!glued(table, t, t + 1) || !glued(table, t + 1, t + 2) || !/^\p{L}+$/u.test(tokens[t + 2]!.text)) return -1;
  return t + 3;
}

const isSurnameToken = (table: TokenTable, t: number): boolean => {
  const tok = table.tokens[t];
  return !!tok && isCapitalized(tok.text) && isEastAsianSurname(tok.norm);
};

export function addSurnameFirstNames({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const sorted = new RunList([...runs].sort((a, b) => a.first - b.first));
  const same = (a: number, b: number) => sameSegment(table, a, b);
  // full names: surname + hyphenated given name, or surname joined to the given name the tagger found
  const fullNames: TokenRun[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!isSurnameToken(table, i) || !same(i, i + 1)) continue;
    let end = hyphenatedGivenEnd(table, i + 1);
    // "Phan" + "Minh Duc": the tagger found both halves as names (a given name that a Western list also
    // knows, "Minh", then needs no other test)
    let halves = false;
    if (end < 0) {
      const given = sorted.overlapping({ first: i + 1, end: i + 2 }).find((r) => r.type === 'PER' && r.first === i + 1);
      if (!given) continue;
      end = given.end;
      halves = sorted.overlapping({ first: i, end: i + 1 }).some((r) => r.type === 'PER' && r.first === i && r.end === i + 1);
    }
    if (!same(i, end - 1) || (!halves && !isSurnameFirstName(runText(table, i, end)))) continue;
    fullNames.push({ type: 'PER', first: i, end });
    i = end - 1;
  }
  for (const name of fullNames) {
    const overlapping = sorted.overlapping(name);
    // a longer name of another kind that holds these words keeps them
    if (heldByLonger(overlapping, name)) continue;
    sorted.replace(overlapping, name);
  }
  const result = sorted.runs();
  // surnames of the document's surname-first full names, and the mentions by the surname alone
  const surnames = new Set(result.filter((r) => r.type === 'PER' && r.end - r.first >= 2 && isSurnameFirstName(runText(table, r.first, r.end)))
    .map((r) => tokens[r.first]!.norm));
  if (surnames.size === 0) return result;
  const owner = new Map<number, TokenRun>();
  for (const r of result) for (let t = r.first; t < r.end; t++) owner.set(t, r);
  const alone = new RunList(result);
  const isCapWord = (t: number) => t >= 0 && t < tokens.length && isCapitalizedAt(table, t) && /\p{L}/u.test(tokens[t]!.text);
  tokens.forEach((tok, t) => {
    if (!surnames.has(tok.norm) || !isCapitalizedAt(table, t) || (isAllCapsAt(table, t) && tok.text.length > 2)) return;
    const run = owner.get(t);
    if (run && (run.type === 'PER' || run.end - run.first > 1)) return;
    // "Park Avenue", "Central Park": another capitalised word beside it makes another name
    if (same(t, t + 1) && isCapWord(t + 1)) return;
    if (t > 0 && same(t - 1, t) && isCapWord(t - 1) && !table.initial[t - 1]) return;
    alone.replace(run ? [run] : [], { type: 'PER', first: t, end: t + 1 });
  });
  return alone.runs();
}
