// What scripts/train-belief-cues.ts, train-act-cues.ts and train-sourceless.ts share: reading PolNeAR train
// (from ../shared/eval, never copied), judging each candidate use against its annotations, tallying the uses
// per key and writing the counts (only) to a lexicon module.
import fs from 'node:fs';
import path from 'node:path';
import type { Span, Token } from '../src/document.js';
import { iou, quoteCore } from '../src/eval/metrics.js';
import { analyze } from '../src/index.js';
import { buildContext, type AttributionContext } from '../src/attribution/context.js';
import { findActClauses } from '../src/quotes/act-cues.js';
import { findBeliefClauses } from '../src/quotes/belief-cues.js';
import { findReportedClauses, type ReportedClause } from '../src/quotes/reported-clauses.js';
import { findThatClauses } from '../src/quotes/that-clauses.js';
import { EVAL_DIR } from './conll.js';

export interface Attribution extends Span {
  cueStart?: number | null;
  cueEnd?: number | null;
}
export interface GoldRecord {
  id: string;
  text: string;
  quotes?: Attribution[];
  indirectAttributions?: Attribution[];
}

/** Content IoU at which the scorer matches a reported span. */
const MIN_IOU = 0.5;

export const cliArgs = process.argv.slice(2);

/** The records of `--gold FILE` (PolNeAR train by default); exits when the file is missing. */
export function readGold(): GoldRecord[] {
  const at = cliArgs.indexOf('--gold');
  const gold = at >= 0 ? cliArgs[at + 1]! : path.join(EVAL_DIR, 'polnear_train.jsonl');
  if (!fs.existsSync(gold)) {
    console.log(`no ${gold}: nothing to count`);
    process.exit(0);
  }
  return fs.readFileSync(gold, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldRecord);
}

/**
 * A text as the reported stage sees it when the rules of `rule` run: the context beside the quoted spans
 * only, and the clauses the rules before them report (speech verbs; then beliefs and that-clauses; then
 * speech acts), which their candidates must not overlap.
 */
type ReportedRule = 'belief' | 'act' | 'sourceless';

export function reportedContext(text: string, rule: ReportedRule): { ctx: AttributionContext; covered: ReportedClause[] } {
  const doc = analyze(text);
  const ctx = buildContext({ ...doc, quotes: doc.quotes.filter((q) => q.kind !== 'indirect') });
  const spoken = findReportedClauses(ctx);
  if (rule === 'belief') return { ctx, covered: spoken };
  const others = [...spoken, ...findBeliefClauses(ctx, spoken)];
  const found = [...others, ...findThatClauses(ctx, others)];
  return { ctx, covered: rule === 'act' ? found : [...found, ...findActClauses(ctx, found)] };
}

/** key -> [uses, annotated with this content and cue, cue annotated at all] */
export type Tally = Map<string, [number, number, number]>;

/** Counts one use under `key`: annotated when an attribution cued on `cue` has this content; says whether it was. */
function tallyUse(counts: Tally, r: GoldRecord, key: string, content: Span, cue: Token): boolean {
  const core = quoteCore(r.text, content);
  const gold = r.indirectAttributions ?? [];
  const cuedHere = (a: Attribution): boolean => a.cueStart != null && a.cueEnd != null && a.cueStart <= cue.start && cue.end <= a.cueEnd;
  // this word's own attribution: the content matched and the cue on this word (not a longer one around it)
  const right = gold.some((g) => cuedHere(g) && iou(quoteCore(r.text, g), core) >= MIN_IOU);
  const c = counts.get(key) ?? [0, 0, 0];
  c[0]++;
  if (right) c[1]++;
  if ([...(r.quotes ?? []), ...gold].some(cuedHere)) c[2]++;
  counts.set(key, c);
  return right;
}

/** A construction's use as a rule's candidate finder gives it. */
export interface Candidate {
  key: string;
  clause: ReportedClause;
}

/**
 * Tallies, over `--gold` in file order, every use `find` gives in the context the reported stage gives the
 * rules of `rule`; `seen` (optional) is told of each use and whether it was annotated.
 */
export function tallyCandidates(
  rule: ReportedRule,
  find: (ctx: AttributionContext, covered: readonly ReportedClause[]) => readonly Candidate[],
  seen?: (r: GoldRecord, ctx: AttributionContext, c: Candidate, annotated: boolean) => void,
): Tally {
  const counts: Tally = new Map();
  for (const r of readGold()) {
    const { ctx, covered } = reportedContext(r.text, rule);
    for (const c of find(ctx, covered)) {
      const annotated = tallyUse(counts, r, c.key, c.clause.content, ctx.tokens[c.clause.cue.first]!);
      seen?.(r, ctx, c, annotated);
    }
  }
  return counts;
}

/** `--report`: every key with its counts; unless `--dry`, the keys with at least `minUses` uses written to
 * `out` as `export const NAME = { key: [uses, annotated, cue] }` after the `header` comment lines. */
export function finish(counts: Tally, minUses: number, out: string, name: string, header: string): void {
  const keys = [...counts.keys()].sort();
  if (cliArgs.includes('--report')) for (const k of keys) {
    const [n, right, cue] = counts.get(k)!;
    console.log(`${k.padEnd(30)} ${String(n).padStart(5)} ${String(right).padStart(5)} ${((100 * right) / n).toFixed(0).padStart(4)} % right  ${((100 * cue) / n).toFixed(0).padStart(4)} % cue annotated`);
  }
  if (cliArgs.includes('--dry')) return;
  const lines = keys.filter((k) => counts.get(k)![0] >= minUses).map((k) => `  '${k}': [${counts.get(k)!.join(', ')}],`);
  fs.writeFileSync(out, `${header}export const ${name}: Readonly<Record<string, readonly [number, number, number]>> = {\n${lines.join('\n')}\n};\n`);
  console.log(`wrote ${out}: ${lines.length} keys`);
}
