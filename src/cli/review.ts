// onrecord review: annotations to a static review site (see src/review/). Exit 0 when every article has
// its page with its text, 1 when some annotation could not be read or its text was not found (the other
// pages are written), 2 on a usage error.
import { join } from 'node:path';
import { answeredHelpOrVersion, nonEmpty, parseOptions, UsageError } from './args.js';
import { VERSION } from '../version.js';
import { buildReviewSite } from '../review/site.js';

const HELP = `Usage: onrecord review [annotation files or folders...] --out DIR [options]

Writes a static site to review annotations by eye: DIR/index.html lists the articles with their counts
(people, places, quotes of each kind, quotes with no speaker, speakers), sortable by any column, and
DIR/articles/<name>.html shows each article with every quote highlighted in its speaker's colour and
labelled with the speaker's name, people and places marked, and a side list of the speakers with their
quotes. Hover over or tab to a quote for its kind, cue, rule and confidence. The pages open from the
file system, need no server and make no outside request.

Inputs (default: output/)
  FILE.json           one annotation, as written by "onrecord extract"
  FILE.jsonl          annotations, one per line ("onrecord extract --format jsonl")
  folder/             walked recursively in sorted order for .json and .jsonl; run-summary.json and names
                      starting with "." are passed over

Article texts
  Annotations hold offsets, not the article: each text is read again from the annotation's source.path
  (relative paths from --root) and shown only when its SHA-256 is the one recorded. An article whose
  text is missing or changed gets a page listing its quotes without context, and is reported.

Options
  --out DIR           folder to write the site to (required; created when missing)
  --root DIR          folder that relative source paths are read from (default: the current folder,
                      as for the extract run that wrote the annotations)
  --text-field NAME   field of a JSON Lines article record holding the text (default: text)
  --id-field NAME     field of a JSON Lines article record holding the id (default: id)
  --quiet             print nothing but problems
  --help

Exit codes
  0   every article has its page, with its text
  1   some annotation could not be read, or some text was not found (reported; the rest is written)
  2   usage error

Examples
  onrecord extract corpus --out output && onrecord review output --out review
  onrecord review output/dump.jsonl --out review --root /data/news`;

export async function runReview(argv: string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv, {
    out: { type: 'string' },
    root: { type: 'string' },
    'text-field': { type: 'string' },
    'id-field': { type: 'string' },
    quiet: { type: 'boolean' },
  });
  if (answeredHelpOrVersion(values, HELP, VERSION)) return 0;
  if (!values.out) throw new UsageError('--out DIR is required: the folder to write the site to');
  for (const flag of ['out', 'root', 'text-field', 'id-field'] as const) if (values[flag] !== undefined) nonEmpty(`--${flag}`, values[flag]);
  const result = await buildReviewSite({
    inputs: positionals.length ? positionals : ['output'],
    out: values.out,
    ...(values.root ? { root: values.root } : {}),
    ...(values['text-field'] ? { textField: values['text-field'] } : {}),
    ...(values['id-field'] ? { idField: values['id-field'] } : {}),
  });
  for (const p of result.problems) console.error(`onrecord: ${p.where}: ${p.reason}`);
  if (result.textsMissing > 0 && !values.root) {
    console.error(`onrecord review: ${result.textsMissing} ${result.textsMissing === 1 ? 'text' : 'texts'} not shown; relative source paths are read from the current folder (--root DIR to read them from elsewhere)`);
  }
  if (!values.quiet) {
    console.log(`onrecord review: ${result.pages} article ${result.pages === 1 ? 'page' : 'pages'} written; open ${join(values.out, 'index.html')}`);
  }
  return result.problems.length ? 1 : 0;
}
