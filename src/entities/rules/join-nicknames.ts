// Nicknames in quotes inside a name: João Pedro “Pezinho” Lima is one person mention, marks and nickname
// included, and the nickname alone is no separate person. The headline's shorter ‘Pezinho’ Lima is the
// same name where the document writes it in full, and the surname alone then names that person even
// where a place shares it ("Lima").
import type { RuleContext } from './rule.js';
import { RunList, type TokenRun } from '../runs.js';
import { isGivenName } from '../../lexicons/first-names.js';
import { isCapitalizedAt } from '../tagger/token-facts.js';
import { CLOSING_MARKS, OPENING_MARKS } from '../../lexicons/quote-marks.js';
import { sameSegment } from '../tagger/features.js';

const MAX_NICKNAME_WORDS = 3;
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'to', 'near', 'at', 'via']);

interface Nicknamed {
  /** Tokens [first, end) of the whole name; `open` is the opening mark. */
  first: number;
  open: number;
  end: number;
}

export function joinNicknames({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const same = (a: number, b: number) => sameSegment(table, a, b);
  const isWord = (t: number) => isCapitalizedAt(table, t) && /\p{L}/u.test(tokens[t]!.text);
  const perAt = (t: number) => runs.find((r) => r.type === 'PER' && r.first <= t && t < r.end);
  // opening mark, one to three capitalised words, closing mark, a capitalised surname
  const found: Nicknamed[] = [];
  for (let open = 0; open < tokens.length; open++) {
    if (!OPENING_MARKS.has(tokens[open]!.text)) continue;
    let close = open + 1;
    while (close < tokens.length && close - open - 1 < MAX_NICKNAME_WORDS && same(open, close) && isWord(close)) close++;
    if (close === open + 1 || !same(open, close + 1) || !CLOSING_MARKS.has(tokens[close]!.text) || !isWord(close + 1)) continue;
    // the given names before it: the tagger's person run, or words a list knows as given names
    const given = same(open, open - 1) ? perAt(open - 1) : undefined;
    let first = given ? given.first : open;
    while (!given && same(open, first - 1) && isWord(first - 1) && isGivenName(tokens[first - 1]!.norm)) first--;
    found.push({ first, open, end: close + 2 });
  }
  // the words without their marks: the headline's ‘ ’ and the text's “ ” name the same nickname
  const key = (n: Nicknamed) => tokens.slice(n.open + 1, n.end).filter((t) => !CLOSING_MARKS.has(t.text)).map((t) => t.norm).join(' ');
  // given names before the nickname: "João Pedro", found by the tagger or known to a list
  const full = found.filter((n) => n.first < n.open && (isGivenName(tokens[n.first]!.norm) || !!perAt(n.first)));
  const fullKeys = new Set(full.map(key));
  const names = [...full, ...found.filter((n) => n.first === n.open && fullKeys.has(key(n)))];
  if (names.length === 0) return runs;
  const joined = new RunList(runs);
  for (const n of names) {
    const overlapping = joined.overlapping(n);
    const end = Math.max(n.end, ...overlapping.filter((r) => r.type === 'PER').map((r) => r.end));
    joined.replace(overlapping, { type: 'PER', first: n.first, end });
  }
  const result = joined.runs();
  // the surname alone, where no other capitalised word beside it makes another name
  const surnames = new Set(full.map((n) => tokens[n.end - 1]!.norm));
  const owner = new Map<number, TokenRun>();
  for (const r of result) for (let t = r.first; t < r.end; t++) owner.set(t, r);
  const alone = new RunList(result);
  tokens.forEach((tok, t) => {
    if (!surnames.has(tok.norm) || !isWord(t)) return;
    const run = owner.get(t);
    if (run && (run.type === 'PER' || run.end - run.first > 1)) return;
    if ((same(t, t + 1) && isWord(t + 1)) || (same(t, t - 1) && (isWord(t - 1) || PLACE_PREPOSITIONS.has(tokens[t - 1]!.norm)))) return;
    alone.replace(run ? [run] : [], { type: 'PER', first: t, end: t + 1 });
  });
  return alone.runs();
}
