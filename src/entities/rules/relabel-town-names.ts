// A town's name is also the name of its football club and of firms named after it ("Hartlepool
// manager", "steel tube maker Corby"), and the tagger, which sees a few words around each token, labels
// each mention on its own: one wrong label then stands for the name wherever its neighbours say nothing.
// This rule decides per name from the whole document. Each mention with a cue takes it: a place's
// ("in X", "X council", the dateline) or a club's or firm's ("X manager", "beat X", "sacked by X", "X, the
// steel maker"); the mentions without one take the side with more cues, where it has two at least or one
// that is no "to X" or "from X" (else, the tagger's label). "to X" and "from X" say place only for a name that no cue calls a club or a firm:
// a player moves "to" and "from" clubs.
// Countries are left alone: a national team is named as its country.
import type { TokenTable } from '../tagger/features.js';
import type { RuleContext } from './rule.js';
import type { EntityType } from '../tagger/labels.js';
import { RunList, type TokenRun } from '../runs.js';
import { isAllCapsAt, isNameCaseAt } from '../tagger/token-facts.js';
import { lexiconClasses } from '../../lexicons/gazetteer.js';
import { isWorldPlace } from '../../lexicons/world-places.js';
import { mapEntries } from '../../geo/gazetteer.js';
import { CLUB_OR_FIRM_NOUNS_AFTER, CLUB_VERBS_BEFORE, CLUB_VERBS_WITH_PREPOSITION, FIRM_NOUNS } from '../../lexicons/company-cues.js';
import { isCompanyContext, isPluralSubject } from './relabel-companies.js';
import { datelinePlaces } from './add-dateline-places.js';

/** Words before a name that put it on the map ("in X", "downtown X"); "from" and "to" are read apart. */
const PLACE_WORDS_BEFORE = new Set(['in', 'into', 'across', 'near', 'outside', 'around', 'throughout', 'towards', 'toward', 'beyond', 'downtown', 'uptown', 'via']);
/** Lower-case nouns after a name that make it the place ("X council", "X residents"). */
const PLACE_NOUNS_AFTER = new Set(['council', 'councils', 'county', 'borough', 'residents', 'constituency', 'area', 'town', 'city', 'region', 'district']);
/** "the town of X", "a council of X's size". */
const PLACE_NOUNS_BEFORE_OF = new Set([
  'town', 'city', 'county', 'borough', 'village', 'people', 'residents', 'council', 'outskirts', 'centre', 'center', 'streets', 'mayor',
  'parts', 'rest', 'whole', 'north', 'south', 'east', 'west',
]);
/** Verbs before "to X" that make X an opponent, not a destination ("lost to X"). */
const LOST = new Set(['lost', 'lose', 'loses', 'losing', 'defeat', 'defeats']);
/** Verbs of a player's move: "joined Espanyol from X", "transferred to X". */
const TRANSFERS = new Set(['joined', 'signed', 'transferred', 'loaned']);
const POSSESSIVE = /^['’]s?$/;

/** 'firm': a cue that defines the name as a firm's or a club's ("X, the tube maker"), which counts twice. */
type Side = 'place' | 'org' | 'firm' | 'weak place';

export function relabelTownNames({ table, names }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const owner = new Map<number, TokenRun>();
  for (const r of runs) for (let t = r.first; t < r.end; t++) owner.set(t, r);
  // names of towns and regions the tagger marked somewhere on their own, written as names, no person's
  const keys = new Set<string>();
  const judged = new Set<string>(); // each word is looked up once, however often it is named
  for (const r of runs) {
    if (r.end - r.first !== 1 || !isNameToken(table, r.first) || names.isPersonWord(r.first)) continue;
    const norm = tokens[r.first]!.norm;
    if (judged.has(norm)) continue;
    judged.add(norm);
    // a town named like a common word ("Reading", "Nice", "Western") is left to the tagger
    if (lexiconClasses(norm).includes('Word')) continue;
    if (isTownName(norm) || (names.placeWords.has(norm) && !isCountry(norm))) keys.add(norm);
  }
  if (keys.size === 0) return runs;
  const datelines = new Set(datelinePlaces(table).filter((p) => p.end - p.first === 1).map((p) => p.first));
  // each mention of a key (alone, or a run of its own) and its cue, in one pass over the text
  const mentions = new Map<string, Array<{ t: number; side: Side | null }>>();
  tokens.forEach((tok, t) => {
    if (!keys.has(tok.norm) || !isNameToken(table, t)) return;
    const run = owner.get(t);
    if ((run && run.end - run.first !== 1) || capitalisedBeside(table, t)) return;
    const side: Side | null = datelines.has(t) || isDatelineStart(table, t) ? 'place' : (cueAt(table, t) ?? cueAt(table, listHead(table, t), true));
    const list = mentions.get(tok.norm);
    if (list) list.push({ t, side });
    else mentions.set(tok.norm, [{ t, side }]);
  });
  const result = new RunList(runs);
  for (const list of mentions.values()) {
    const orgs = list.filter((m) => m.side === 'org').length + 2 * list.filter((m) => m.side === 'firm').length;
    const places = list.filter((m) => m.side === 'place' || (m.side === 'weak place' && orgs === 0)).length;
    const strongPlaces = list.filter((m) => m.side === 'place').length;
    const rest: Side | null = places > orgs && (places >= 2 || strongPlaces > 0) ? 'place' : orgs > places && orgs >= 2 ? 'org' : null;
    for (const m of list) {
      const { t } = m;
      const side = m.side === 'weak place' ? (orgs === 0 ? 'place' : null) : m.side === 'firm' ? 'org' : m.side;
      const decided = side ?? rest;
      if (!decided) continue;
      const type: EntityType = decided === 'place' ? 'LOC' : 'ORG';
      const run = owner.get(t);
      if (run?.type === type) continue;
      // a mention the tagger left out is added only as a place: an organisation adds no mention
      if (!run && type !== 'LOC') continue;
      result.replace(run ? [run] : [], { type, first: t, end: t + 1 });
    }
  }
  return result.runs();
}

/** A town's or a region's name the gazetteer or the map knows, no country's ("Stockton", "Somerset"). */
function isTownName(norm: string): boolean {
  if (isCountry(norm)) return false;
  return isWorldPlace(norm) || lexiconClasses(norm).includes('City') || mapEntries(norm).length > 0;
}

const isCountry = (norm: string): boolean => lexiconClasses(norm).includes('Country') || mapEntries(norm).some((e) => e.kind === 'country');

const isNameToken = (table: TokenTable, t: number): boolean => isNameCaseAt(table, t);

/** A capitalised word right before or after: the token is part of a longer name the tagger left out. */
const capitalisedBeside = (table: TokenTable, t: number): boolean =>
  [t - 1, t + 1].some((i) => i >= 0 && i < table.tokens.length && table.segments[i] === table.segments[t] && isNameToken(table, i) && !table.initial[i]);

/** "NICE, France 1996-08-30", "MILAN 1996-08-30": a word in capitals opening a line, before a comma or a date. */
const isDatelineStart = (table: TokenTable, t: number): boolean =>
  table.initial[t]! && isAllCapsAt(table, t) && /^(,|\d{4}-\d\d-\d\d)/.test(table.tokens[t + 1]?.text ?? '') && table.segments[t + 1] === table.segments[t];

/** The first name of the list that holds the name at t ("at Hull and Grimsby": "Hull"), or t. */
function listHead(table: TokenTable, t: number): number {
  const { tokens } = table;
  let head = t;
  for (;;) {
    let k = head - 1;
    if (k >= 0 && tokens[k]!.norm === 'and' && tokens[k - 1]?.text === ',') k--;
    if (k < 1 || table.segments[k - 1] !== table.segments[t] || !(tokens[k]!.text === ',' || tokens[k]!.norm === 'and' || tokens[k]!.norm === 'or')) return head;
    let first = k - 1;
    if (!isNameToken(table, first)) return head;
    while (first > 0 && table.segments[first - 1] === table.segments[t] && isNameToken(table, first - 1) && !table.initial[first]) first--;
    head = first;
  }
}

/** What the words around the mention at t say: a place, a club or firm, or nothing; `beforeOnly`: the
 * words before it only (the cue of a list's first name holds for the list). */
function cueAt(table: TokenTable, t: number, beforeOnly = false): Side | null {
  const { tokens } = table;
  const at = (i: number) => (i >= 0 && i < tokens.length && table.segments[i] === table.segments[t] ? tokens[i]!.norm : '');
  const lower = (i: number) => at(i) !== '' && tokens[i]!.text === at(i);
  const before = at(t - 1);
  const before2 = at(t - 2);
  let after = t + 1;
  const possessive = POSSESSIVE.test(at(after));
  if (possessive) after++;
  // a club's or a firm's
  if (!beforeOnly && (isCompanyContext(table, t, false) || isPluralSubject(table, t))) return 'org';
  if (!beforeOnly && lower(after) && CLUB_OR_FIRM_NOUNS_AFTER.has(at(after))) return 'org';
  if (CLUB_VERBS_BEFORE.has(before) || CLUB_VERBS_WITH_PREPOSITION.has(`${before2} ${before}`)) return 'org';
  if (lower(t - 1) && FIRM_NOUNS.has(before)) return 'firm';
  // a team in a line of results ("Wigan 42 Bradford Bulls 36")
  if (!beforeOnly && /^\d+$/.test(at(t + 1)) && !table.initial[t + 1] && (at(t + 2) === '' || isNameToken(table, t + 2))) return 'org';
  if (before === 'to' || before === 'from') {
    for (let i = t - 2; i >= t - 6 && at(i) !== ''; i--) if (TRANSFERS.has(at(i))) return 'org';
  }
  if (!beforeOnly && !possessive && at(t + 1) === ',' && at(t + 2) === 'the') {
    for (let i = t + 3; i < t + 8 && lower(i); i++) if (FIRM_NOUNS.has(at(i))) return 'firm';
  }
  // a place's
  if (PLACE_WORDS_BEFORE.has(before)) return 'place';
  if ((before === 'to' && !LOST.has(before2)) || before === 'from') return 'weak place';
  if (before === 'of' && PLACE_NOUNS_BEFORE_OF.has(before2)) return 'place';
  if (!beforeOnly && lower(after) && PLACE_NOUNS_AFTER.has(at(after))) return 'place';
  return null;
}
