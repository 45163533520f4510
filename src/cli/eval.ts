// onrecord eval: runs the pipeline over gold documents and prints precision, recall and F1 per category,
// the metric of ../shared/eval/score.mjs. Exit 0, or 1 when a figure is below its floor in --thresholds,
// the gold has problems (bad JSON, offsets that do not fit the text) or cannot be read, or the pipeline
// threw on a document; 2 on a usage error.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeFsError } from '../batch/errors.js';
import { loadGoldSource } from '../eval/gold.js';
import { formatDocs, formatMisses, formatSource } from '../eval/report.js';
import { combineProjectSources, evaluateSource, type SourceResult } from '../eval/run.js';
import { describeShortfall, readThresholds, shortfalls, type Shortfall } from '../eval/thresholds.js';
import { VERSION } from '../version.js';
import { answeredHelpOrVersion, existingPath, nonEmpty, parseOptions, UsageError, wholeNumber, type Parsed } from './args.js';

const HELP = `Usage: onrecord eval --gold FILE_OR_DIR [--gold …] [options]
Options take their value as "--misses 0" or "--misses=0".

Gold sources (each scored and reported on its own):
  FILE.jsonl          JSON Lines records {id, text, people?, places?, quotes?} (the ../shared/eval format);
                      its name in thresholds is the file name without ".jsonl" (polnear_dev)
  DIR                 the project's gold: DIR/<stem>.gold.json for <corpus>/<stem>.txt; name "project"
                      ("project-X" for a folder gold-X, e.g. tests/gold-international); two or more project
                      gold directories are also scored together as "project-all"

Options:
  --corpus DIR        articles of a gold directory (default: the corpus/ two levels above it, else ./corpus)
  --thresholds FILE   floors (percentages) per source and figure, or {"max": percentage} ceilings; exit 1
                      naming each figure below its floor or above its ceiling
  --json              one JSON object on stdout, for machines
  --docs              a table of figures per document
  --misses N          show up to N misses of each kind, each in its sentence (default 5; 0 for none)
  --limit N           score only the first N documents of each source
  --write-pred DIR    also write DIR/<source>.pred.jsonl in score.mjs's prediction format
  --help, --version

Exit codes: 0 done (every figure at or above its floor), 1 a figure below its floor or a document the
pipeline failed on, 2 usage error (unknown option, bad value, a gold, corpus or thresholds path missing).`;

interface Options {
  gold: string[];
  corpus?: string;
  thresholds?: string;
  json: boolean;
  docs: boolean;
  misses?: number;
  limit: number;
  writePred?: string;
}

const SPEC = {
  gold: { type: 'string', multiple: true },
  corpus: { type: 'string' },
  thresholds: { type: 'string' },
  'write-pred': { type: 'string' },
  misses: { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'boolean' },
  docs: { type: 'boolean' },
} as const;

const MAX_DOCS = 1_000_000_000;

/** The options of `onrecord eval`; a bad one, or a gold, corpus or thresholds path that does not exist, throws UsageError. */
function parse(values: Parsed<typeof SPEC>['values'], positionals: string[]): Options {
  // "--gold a.jsonl b.jsonl": paths after the first are positionals, gold sources too
  const gold = [...(values.gold ?? []), ...positionals];
  if (gold.length === 0) throw new UsageError('give at least one --gold FILE_OR_DIR');
  for (const path of gold) existingPath('gold', path);
  if (values.corpus !== undefined) existingPath('--corpus', values.corpus);
  if (values.thresholds !== undefined) existingPath('--thresholds', values.thresholds);
  return {
    gold,
    ...(values.corpus !== undefined ? { corpus: values.corpus } : {}),
    ...(values.thresholds !== undefined ? { thresholds: values.thresholds } : {}),
    ...(values['write-pred'] !== undefined ? { writePred: nonEmpty('--write-pred', values['write-pred']) } : {}),
    ...(values.misses !== undefined ? { misses: wholeNumber('--misses', values.misses, 0, MAX_DOCS) } : {}),
    limit: values.limit === undefined ? Infinity : wholeNumber('--limit', values.limit, 0, MAX_DOCS),
    json: values.json ?? false,
    docs: values.docs ?? false,
  };
}

export async function runEval(argv: string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv, SPEC);
  if (answeredHelpOrVersion(values, HELP, VERSION)) return 0;
  const o = parse(values, positionals);
  // a file that cannot be read or parsed is one line naming it, never a stack trace
  const orReport = <T>(what: string, read: () => T): T | null => {
    try {
      return read();
    } catch (err) {
      console.error(`onrecord eval: ${what}: ${describeFsError(err)}`);
      return null;
    }
  };
  const thresholds = o.thresholds ? orReport(o.thresholds, () => readThresholds(o.thresholds!)) : undefined;
  if (thresholds === null) return 1;
  const results: SourceResult[] = [];
  for (const path of o.gold) {
    const source = orReport(path, () => loadGoldSource(path, o.corpus));
    if (source === null) return 1;
    if (results.some((r) => r.name === source.name)) throw new UsageError(`two gold sources named "${source.name}"; thresholds could not tell them apart`);
    results.push(evaluateSource(source, { limit: o.limit }));
  }
  if (o.writePred) {
    mkdirSync(o.writePred, { recursive: true });
    for (const r of results) writeFileSync(join(o.writePred, `${r.name}.pred.jsonl`), r.predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
  }
  const combined = combineProjectSources(results);
  const scored = combined ? [...results, combined] : results;
  const short: Shortfall[] = thresholds ? shortfalls(scored, thresholds) : [];
  const failed = results.some((r) => r.failures.length > 0 || r.problems.length > 0);
  if (o.json) console.log(JSON.stringify(toJson(results, combined, o, short)));
  else printText(results, combined, o, short);
  return short.length || failed ? 1 : 0;
}

function toJson(results: SourceResult[], combined: SourceResult | null, o: Options, short: Shortfall[]): unknown {
  const perKind = o.misses ?? 0;
  return {
    sources: results.map((r) => ({
      name: r.name, kind: r.kind, path: r.path, docs: r.docs, seconds: r.seconds,
      ...r.scores, figures: r.figures, problems: r.problems, failures: r.failures,
      ...(o.docs ? { perDoc: r.perDoc.map((d) => ({ id: d.id, figures: d.figures })) } : {}),
      ...(perKind ? { misses: firstOfEachKind(r, perKind) } : {}),
    })),
    ...(combined ? { combined: { name: combined.name, docs: combined.docs, ...combined.scores, figures: combined.figures } } : {}),
    ...(o.thresholds ? { thresholds: { file: o.thresholds, shortfalls: short } } : {}),
  };
}

function firstOfEachKind(r: SourceResult, n: number): SourceResult['misses'] {
  const taken = new Map<string, number>();
  return r.misses.filter((m) => {
    const k = taken.get(m.kind) ?? 0;
    taken.set(m.kind, k + 1);
    return k < n;
  });
}

function printText(results: SourceResult[], combined: SourceResult | null, o: Options, short: Shortfall[]): void {
  const misses = o.misses ?? 5;
  for (const r of results) {
    console.log(formatSource(r));
    if (o.docs) console.log(formatDocs(r));
    if (misses > 0 && r.misses.length) console.log(formatMisses(r.misses, misses));
    console.log('');
  }
  if (combined) console.log(`${formatSource(combined)}\n`);
  if (!o.thresholds) return;
  if (short.length === 0) console.log(`thresholds ${o.thresholds}: every figure at or above its floor`);
  else console.log(`thresholds ${o.thresholds}: ${short.length} past their floor or ceiling\n${short.map((s) => `  ${describeShortfall(s)}`).join('\n')}`);
}
