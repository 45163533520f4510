// Companies taken for people: "Pomorail's chief executive", "a spokesman for Daehan", "Hanwon Rail,
// which". A name that the document never writes with a given name or a title, that no list knows as a
// person's name, and that stands somewhere in a company's context is a company (ORG), not a person.
import { sameSegment, type TokenTable } from '../tagger/features.js';
import type { RuleContext } from './rule.js';
import { isOrgWord, lexiconClasses } from '../../lexicons/gazetteer.js';
import { isGivenName } from '../../lexicons/first-names.js';
import type { TokenRun } from '../runs.js';
import { isWorldPlace } from '../../lexicons/world-places.js';
import { isTitleWord } from '../../lexicons/titles.js';
import { COMPANY_NAME_ENDINGS, COMPANY_NOUNS_BEFORE, COMPANY_POSSESSIONS, MARKET_NOUNS_AFTER, PLURAL_VERBS } from '../../lexicons/company-cues.js';
import { classesAt } from '../tagger/token-facts.js';

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
  words.forEach((ws, i) =>
    ws.forEach((w) => {
      const held = holders.get(w);
      if (held) held.push(i);
      else holders.set(w, [i]);
    }),
  );
  // words of person runs that stand somewhere in a company's context, found in one pass over the text
  const inCompanyContext = new Set<string>();
  tokens.forEach((tok, t) => {
    if (holders.has(tok.norm) && !inCompanyContext.has(tok.norm) && isCompanyContext(table, t)) inCompanyContext.add(tok.norm);
  });
  // "Douglas & Lomason": an ampersand joins the names of a firm's founders, and each name alone is the firm
  const isFirm = (run: TokenRun) => tokens.slice(run.first, run.end).some((tok) => tok.text === '&');
  const firmWords = new Set(runs.filter((r) => r.type !== 'LOC' && isFirm(r)).flatMap((r) => tokens.slice(r.first, r.end).map((tok) => tok.norm)));
  const companies = new Set<TokenRun>();
  // the entity depends only on the run's words: decided once per set of words, not once per run (a name
  // written a thousand times would otherwise gather its thousand runs a thousand times)
  const decided = new Map<string, boolean>();
  const isCompany = (i: number): boolean => {
    // every person run sharing a word with this one: the entity as the grouping stage will see it
    const entity = [...new Set(words[i]!.flatMap((w) => holders.get(w)!))];
    if (entity.some((j) => isNamed(table, people[j]!))) return false;
    const entityWords = new Set(entity.flatMap((j) => words[j]!));
    if ([...entityWords].some(isPersonName)) return false;
    const companyContext = [...entityWords].some((w) => inCompanyContext.has(w));
    return companyContext || entity.some((j) => isCompanyEnding(tokens[people[j]!.end - 1]!.norm));
  };
  people.forEach((run, i) => {
    const titled = run.first > 0 && isTitleWord(tokens[run.first - 1]!.norm);
    if (isFirm(run) || (run.end - run.first === 1 && !titled && firmWords.has(words[i]![0] ?? ''))) {
      companies.add(run);
      return;
    }
    const key = [...new Set(words[i])].sort().join(' ');
    if (!decided.has(key)) decided.set(key, isCompany(i));
    if (decided.get(key)) companies.add(run);
  });
  // a word taken for a place that no gazetteer knows, standing elsewhere where companies stand
  // ("Shares in Pomorail rose" beside "Pomorail's chief executive")
  const unknownPlaces = runs.filter((run) => run.type === 'LOC' && run.end - run.first === 1 && !isWorldPlace(tokens[run.first]!.norm) && classesAt(table, run.first).length === 0);
  const candidates = new Set(unknownPlaces.map((run) => tokens[run.first]!.norm));
  const whereCompaniesStand = new Set<string>(); // found in one pass over the text
  tokens.forEach((tok, t) => {
    if (candidates.has(tok.norm) && !whereCompaniesStand.has(tok.norm) && isCompanyContext(table, t, false)) whereCompaniesStand.add(tok.norm);
  });
  for (const run of unknownPlaces) if (whereCompaniesStand.has(tokens[run.first]!.norm)) companies.add(run);
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
export function isCompanyContext(table: TokenTable, t: number, orPlace = true): boolean {
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
  if (orPlace && MARKET_NOUNS_AFTER.has(at(t + 1)) && tokens[t + 1]!.text === at(t + 1)) return true;
  if (orPlace && isPluralSubject(table, t)) return true;
  if ((at(t - 1) === 'for' || at(t - 1) === 'at') && SPOKES.test(at(t - 2))) return true;
  if (at(t - 1) === 'of' && COMPANY_NOUNS_BEFORE.has(at(t - 2))) return true;
  return false;
}

const LIST_JOINS = new Set(['and', '&', 'or', 'nor', ',', 'both']);

/** "Deportivo were unable", "Celtic, who are second": a name, not the last of a list nor after a
 * preposition, as the subject of a plural verb. */
export function isPluralSubject(table: TokenTable, t: number): boolean {
  const { tokens } = table;
  const at = (i: number) => (sameSegment(table, t, i) ? tokens[i]!.norm : '');
  // "the people of Buchan were": a name after a preposition is not the verb's subject
  if (LIST_JOINS.has(at(t - 1)) || (sameSegment(table, t, t - 1) && tokens[t - 1]!.pos === 'ADP')) return false;
  if (/^\p{Lu}/u.test(at(t + 1) ? tokens[t + 1]!.text : '')) return false;
  // "the Roosevelts are": a family named in the plural
  if (at(t).endsWith('s')) return false;
  if (PLURAL_VERBS.has(at(t + 1))) return true;
  return at(t + 1) === ',' && at(t + 2) === 'who' && PLURAL_VERBS.has(at(t + 3));
}
