// Companies taken for people: "Pomorail's chief executive", "a spokesman for Daehan", "Hanwon Rail,
// which". A name that the document never writes with a given name or a title, that no list knows as a
// person's name, and that stands somewhere in a company's context is a company (ORG), not a person.
import type { TokenTable } from '../tagger/features.js';
import type { RuleContext } from './rule.js';
import { isOrgWord, lexiconClasses } from '../../lexicons/gazetteer.js';
import { isGivenName } from '../../lexicons/first-names.js';
import type { TokenRun } from '../runs.js';
import { isWorldPlace } from '../../lexicons/world-places.js';
import { isTitleWord } from '../../lexicons/titles.js';
import { COMPANY_NAME_ENDINGS, COMPANY_NOUNS_BEFORE, COMPANY_POSSESSIONS } from '../../lexicons/company-cues.js';

const PERSON_CLASSES = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific'];
const SPOKES = /^spokes(man|woman|person)$/;
const POSSESSIVE = /^['’]s$/;

/** Person runs of `runs` whose name is a company's become ORG runs. */
export function relabelCompanies({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const people = runs.filter((r) => r.type === 'PER');
  const words = people.map((r) => tokens.slice(r.first, r.end).map((t) => t.norm).filter((w) => /\p{L}/u.test(w)));
  // runs holding each word, so that a run's entity is found without comparing every pair of runs
  const holders = new Map<string, number[]>();
  words.forEach((ws, i) => ws.forEach((w) => holders.set(w, [...(holders.get(w) ?? []), i])));
  // words of person runs that stand somewhere in a company's context, found in one pass over the text
  const inCompanyContext = new Set<string>();
  tokens.forEach((tok, t) => {
    if (holders.has(tok.norm) && !inCompanyContext.has(tok.norm) && isCompanyContext(table, t)) inCompanyContext.add(tok.norm);
  });
  const companies = new Set<TokenRun>();
  people.forEach((run, i) => {
    // every person run sharing a word with this one: the entity as the grouping stage will see it
    const entity = [...new Set(words[i]!.flatMap((w) => holders.get(w)!))];
    if (entity.some((j) => isNamed(table, people[j]!))) return;
    const entityWords = new Set(entity.flatMap((j) => words[j]!));
    if ([...entityWords].some(isPersonName)) return;
    const companyContext = [...entityWords].some((w) => inCompanyContext.has(w));
    if (companyContext || entity.some((j) => isCompanyEnding(tokens[people[j]!.end - 1]!.norm))) companies.add(run);
  });
  // a word taken for a place that no gazetteer knows, standing elsewhere where companies stand
  // ("Shares in Pomorail rose" beside "Pomorail's chief executive")
  for (const run of runs) {
    if (run.type !== 'LOC' || run.end - run.first !== 1) continue;
    const w = tokens[run.first]!.norm;
    if (isWorldPlace(w) || lexiconClasses(w).length > 0) continue;
    if (tokens.some((tok, t) => tok.norm === w && isCompanyContext(table, t, false))) companies.add(run);
  }
  return runs.map((r) => (companies.has(r) ? { ...r, type: 'ORG' } : r));
}

const isCompanyEnding = (norm: string): boolean => isOrgWord(norm) || COMPANY_NAME_ENDINGS.has(norm);

const isPersonName = (norm: string): boolean => isGivenName(norm) || lexiconClasses(norm).some((c) => PERSON_CLASSES.includes(c));

/** Written with a given name first ("Ngozi Eze") or after a title ("Mr Kubo"). */
function isNamed(table: TokenTable, run: TokenRun): boolean {
  const { tokens } = table;
  if (run.first > 0 && isTitleWord(tokens[run.first - 1]!.norm)) return true;
  return run.end - run.first >= 2 && isGivenName(tokens[run.first]!.norm);
}

/** Token t is a word of a name standing where companies stand: "X's shares", "X Inc", "X, which",
 * "a spokesman for X", "shares of X". "X, which" says "not a person" only: a place takes it too. */
function isCompanyContext(table: TokenTable, t: number, orPlace = true): boolean {
  const { tokens } = table;
  const same = (i: number) => i >= 0 && i < tokens.length && table.segments[i] === table.segments[t];
  const at = (i: number) => (same(i) ? tokens[i]!.norm : '');
  // possessive glued ("Lianhe's") or a token of its own
  let next = t + 1;
  if (POSSESSIVE.test(at(next))) next++;
  else if (!/['’]s$/.test(tokens[t]!.norm)) next = -1;
  if (next > 0) {
    if (COMPANY_POSSESSIONS.has(at(next))) return true;
    if (at(next) === 'chief' && (at(next + 1) === 'executive' || at(next + 1) === 'financial')) return true;
  }
  if (isCompanyEnding(at(t + 1)) && /^\p{Lu}/u.test(tokens[t + 1]!.text)) return true;
  if (orPlace && at(t + 1) === ',' && at(t + 2) === 'which') return true;
  if ((at(t - 1) === 'for' || at(t - 1) === 'at') && SPOKES.test(at(t - 2))) return true;
  if (at(t - 1) === 'of' && COMPANY_NOUNS_BEFORE.has(at(t - 2))) return true;
  return false;
}
