// onrecord diff OLD NEW: what changed between two annotation sets (src/diff/). Exit codes as diff(1):
// 0 the annotations agree, 1 they differ, 2 usage error or an input that cannot be read.
import { stat } from 'node:fs/promises';
import { answeredHelpOrVersion, oneOf, parseOptions, UsageError } from './args.js';
import { VERSION } from '../version.js';
import { diffSets } from '../diff/compare.js';
import { formatText } from '../diff/format-text.js';
import { readAnnotationSet, type AnnotationSet } from '../output/read-annotations.js';

const HELP = `Usage: onrecord diff OLD NEW [--format text|json]

Compares two annotation sets, e.g. the output of two onrecord versions (or rules) over the same
articles, when there is no gold to score them against.

OLD and NEW: each a folder of annotations (.json files as written by "onrecord extract", and .jsonl of
annotations, walked recursively; run-summary.json is passed over), or one .json or .jsonl file.
Articles are matched by their path inside the folder ("x/b" for OLD/x/b.json and NEW/x/b.json) or, in
JSON Lines, by the article's id; two single-article .json files are compared with each other.

Reported per article that differs
  quotes     added, removed, or with a changed speaker, kind or span (quotes are paired by identical
             span, else by greatest overlap); each with its words and both speakers
  people     added or removed (by name), and mentions added or removed of people in both
  places     the same
  text       when the article text itself differs (source.sha256), as offsets then shift
and articles only in OLD or only in NEW, then a total line. Not compared: the onrecord version,
messages, paragraphs, sentences, and a quote's cue, rule and confidence.

Options
  --format text|json  text (default): lines for a terminal or CI log, "-" removed, "+" added,
                      "~" changed; json: one object {same, articles, onlyOld, onlyNew, totals}
  --help

Exit codes
  0   the annotations agree
  1   they differ
  2   usage error, or an input (or a file in it) that cannot be read as annotations

Examples
  onrecord extract corpus --out run-old      (then upgrade onrecord, or change a rule)
  onrecord extract corpus --out run-new
  onrecord diff run-old run-new
  onrecord diff run-old/dump.jsonl run-new/dump.jsonl --format json`;

export async function runDiff(argv: string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv, { format: { type: 'string' } });
  if (answeredHelpOrVersion(values, HELP, VERSION)) return 0;
  const format = oneOf('--format', values.format ?? 'text', ['text', 'json'] as const);
  if (positionals.length !== 2) throw new UsageError(`give two annotation sets, OLD and NEW (got ${positionals.length})`);
  const [oldPath, newPath] = positionals as [string, string];

  const sets = [await readAnnotationSet([oldPath]), await readAnnotationSet([newPath])] as const;
  let failed = false;
  for (const [i, set] of sets.entries()) {
    for (const p of set.problems) console.error(`onrecord diff: ${p.where}: ${p.reason}`);
    if (set.problems.length) failed = true;
    else if (set.articles.size === 0) {
      console.error(`onrecord diff: ${positionals[i]}: no annotations found (.json or .jsonl)`);
      failed = true;
    }
  }
  if (failed) return 2;
  const [oldSet, newSet] = await pairSingleFiles(oldPath, newPath, sets[0], sets[1]);
  const diff = diffSets(oldSet, newSet);
  console.log(format === 'json' ? JSON.stringify({ old: oldPath, new: newPath, ...diff }, null, 2) : formatText(diff, oldPath, newPath));
  return diff.same ? 0 : 1;
}

/** Two single-article files ("a-old.json", "a-new.json") hold the same article whatever their names. */
async function pairSingleFiles(oldPath: string, newPath: string, oldSet: AnnotationSet, newSet: AnnotationSet): Promise<[AnnotationSet, AnnotationSet]> {
  const isFile = async (p: string): Promise<boolean> => (await stat(p)).isFile();
  if (oldSet.articles.size !== 1 || newSet.articles.size !== 1 || !(await isFile(oldPath)) || !(await isFile(newPath))) return [oldSet, newSet];
  const [key] = oldSet.articles.keys();
  const [entry] = newSet.articles.values();
  return [oldSet, { ...newSet, articles: new Map([[key!, entry!]]) }];
}
