// onrecord eval: runs the pipeline over gold documents and prints precision, recall and F1 per category,
// the metric of ../shared/eval/score.mjs. Exit 0, or 1 when a figure is below its floor in --thresholds,
// the gold has problems (bad JSON, offsets that do not fit the text) or cannot be read, or the pipeline
// threw on a document; 2 on a usage error.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeFsError } from '../batch/errors.js';
import { loadGoldSource } from '../eval/gold.js';
import { formatDocs, formatMisses, formatSource } from '../eval/report.js';
import { evaluateSource, type SourceResult } from '../eval/run.js';
import { describeShortfall, readThresholds, shortfalls, type Shortfall } from '../eval/thresholds.js';

const HELP = `Usage: onrecord eval --gold FILE_OR_DIR [--gold …] [options]

Gold sources (each scored and reported on its own):
  FILE.jsonl          JSON Lines records {id, text, people?, places?, quotes?} (the ../shared/eval format);
                      its name in thresholds is the file name without ".jsonl" (polnear_dev)
  DIR                 the project's gold: DIR/<stem>.gold.json for <corpus>/<stem>.txt; name "project"

Options:
  --corpus DIR        articles of a gold directory (default: the corpus/ two levels above it, else ./corpus)
  --thresholds FILE   floors (percentages) per source and figure; exit 1 naming each figure below its floor
  --json              one JSON object on stdout, for machines
  --docs              a table of figures per document
  --misses N          show up to N misses of each kind, each in its sentence (default 5; 0 for none)
  --limit N           score only the first N documents of each source
  --write-pred DIR    also write DIR/<source>.pred.jsonl in score.mjs's prediction format`;

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

function parse(argv: string[]): Options | string {
  const o: Options = { gold: [], json: false, docs: false, limit: Infinity };
  const count = (flag: string, v: string | undefined): number | string =>
    v !== undefined && /^\d+$/.test(v) ? Number(v) : `${flag} needs a whole number`;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string | undefined => (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--') ? argv[++i] : undefined);
    switch (a) {
      case '--gold': {
        const first = value();
        if (first === undefined) return '--gold needs a file or folder';
        o.gold.push(first);
        // "--gold a.jsonl b.jsonl": further paths up to the next option
        while (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) o.gold.push(argv[++i]!);
        break;
      }
      case '--corpus': case '--thresholds': case '--write-pred': {
        const v = value();
        if (v === undefined) return `${a} needs a path`;
        if (a === '--corpus') o.corpus = v;
        else if (a === '--thresholds') o.thresholds = v;
        else o.writePred = v;
        break;
      }
      case '--misses': case '--limit': {
        const n = count(a, value());
        if (typeof n === 'string') return n;
        if (a === '--misses') o.misses = n;
        else o.limit = n;
        break;
      }
      case '--json': o.json = true; break;
      case '--docs': o.docs = true; break;
      default: return `unknown argument "${a}"`;
    }
  }
  return o.gold.length ? o : 'give at least one --gold FILE_OR_DIR';
}

export async function runEval(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  const o = parse(argv);
  if (typeof o === 'string') {
    console.error(`onrecord eval: ${o}\n\n${HELP}`);
    return 2;
  }
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
    if (results.some((r) => r.name === source.name)) {
      console.error(`onrecord eval: two gold sources named "${source.name}"; thresholds could not tell them apart`);
      return 2;
    }
    results.push(evaluateSource(source, { limit: o.limit }));
  }
  if (o.writePred) {
    mkdirSync(o.writePred, { recursive: true });
    for (const r of results) writeFileSync(join(o.writePred, `${r.name}.pred.jsonl`), r.predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
  }
  const short: Shortfall[] = thresholds ? shortfalls(results, thresholds) : [];
  const failed = results.some((r) => r.failures.length > 0 || r.problems.length > 0);
  if (o.json) console.log(JSON.stringify(toJson(results, o, short)));
  else printText(results, o, short);
  return short.length || failed ? 1 : 0;
}

function toJson(results: SourceResult[], o: Options, short: Shortfall[]): unknown {
  const perKind = o.misses ?? 0;
  return {
    sources: results.map((r) => ({
      name: r.name, kind: r.kind, path: r.path, docs: r.docs, seconds: r.seconds,
      ...r.scores, figures: r.figures, problems: r.problems, failures: r.failures,
      ...(o.docs ? { perDoc: r.perDoc.map((d) => ({ id: d.id, figures: d.figures })) } : {}),
      ...(perKind ? { misses: firstOfEachKind(r, perKind) } : {}),
    })),
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

function printText(results: SourceResult[], o: Options, short: Shortfall[]): void {
  const misses = o.misses ?? 5;
  for (const r of results) {
    console.log(formatSource(r));
    if (o.docs) console.log(formatDocs(r));
    if (misses > 0 && r.misses.length) console.log(formatMisses(r.misses, misses));
    console.log('');
  }
  if (!o.thresholds) return;
  if (short.length === 0) console.log(`thresholds ${o.thresholds}: every figure at or above its floor`);
  else console.log(`thresholds ${o.thresholds}: ${short.length} below the floor\n${short.map((s) => `  ${describeShortfall(s)}`).join('\n')}`);
}
