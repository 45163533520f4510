// `onrecord summary`: the corpus at a glance from a set of annotations, as a table for a terminal, JSON or CSV.
import { CorpusSummaryBuilder, type CorpusSummary, type NamedRow, type SpeakerRow } from '../output/corpus-summary.js';
import { csvRow, type Cell } from '../output/csv.js';
import { writeStdout } from '../output/stdout.js';
import { VERSION } from '../version.js';
import { answeredHelpOrVersion, oneOf, parseOptions, wholeNumber } from './args.js';
import { ANNOTATION_INPUTS_HELP, annotationInputs, annotationsReporting } from './annotation-inputs.js';

const DEFAULT_TEXT_TOP = 20;

const HELP = `Usage: onrecord summary [annotations...] [--format text|json|csv] [--top N]

The corpus at a glance: who is quoted most, the people and places named most, and totals. A speaker,
person or place is counted once across articles by name: a person quoted in three articles is one row
with articles 3. A speaker who is a person of the article is named by that person's fullest name ("Xi"
said -> "Xi Jinping"); other speakers ("police", "the ministry") by the words of the attribution.

${ANNOTATION_INPUTS_HELP}

Output
  speakers  name, quotes (all kinds), direct, partial, indirect, scare, articles; most quotes first
  people    name, mentions, articles; most mentions first
  places    name, country (ISO 3166-1 alpha-2, where linked), mentions, articles; most mentions first
  totals    articles, quotes, direct, partial, indirect, scare, unattributed (direct, partial and
            indirect quotes without a speaker) and unattributedShare (their share of those, 0 to 1)

Options
  --format text|json|csv  text (default): tables for a terminal. json: one object {totals, speakers,
                          people, places}. csv: one table, its first column "table" (speakers, people,
                          places or totals), then name, country, quotes, direct, partial, indirect, scare,
                          articles, mentions, value (a total's value; a total's name is in "name")
  --top N                 at most N rows per list (default: ${DEFAULT_TEXT_TOP} for text, every row for json and csv; 0: every row)
  --help, --version

Exit codes: 0 done, 1 something read was not an annotation (reported; the rest is counted), 2 usage error.

Examples
  onrecord summary output/
  onrecord extract news.jsonl --out - | onrecord summary - --format json | jq '.speakers[:5]'`;

export async function runSummary(argv: string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv, { format: { type: 'string' }, top: { type: 'string' } });
  if (answeredHelpOrVersion(values, HELP, VERSION)) return 0;
  const format = oneOf('--format', values.format ?? 'text', ['text', 'json', 'csv'] as const);
  const top = values.top !== undefined ? wholeNumber('--top', values.top, 0, 1_000_000_000) : format === 'text' ? DEFAULT_TEXT_TOP : 0;
  const { items, problems } = annotationsReporting(annotationInputs(positionals));
  const builder = new CorpusSummaryBuilder();
  for await (const { annotation } of items) builder.add(annotation);
  const summary = limit(builder.build(), top);
  await writeStdout(format === 'json' ? JSON.stringify(summary, null, 2) + '\n' : format === 'csv' ? toCsv(summary) : toText(summary));
  return problems() > 0 ? 1 : 0;
}

function limit(s: CorpusSummary, top: number): CorpusSummary {
  if (top === 0) return s;
  return { ...s, speakers: s.speakers.slice(0, top), people: s.people.slice(0, top), places: s.places.slice(0, top) };
}

const CSV_COLUMNS = ['table', 'name', 'country', 'quotes', 'direct', 'partial', 'indirect', 'scare', 'articles', 'mentions', 'value'] as const;

function toCsv(s: CorpusSummary): string {
  const row = (table: string, cells: Partial<Record<(typeof CSV_COLUMNS)[number], Cell>>): string => csvRow(CSV_COLUMNS.map((c) => (c === 'table' ? table : cells[c])));
  return [
    csvRow(CSV_COLUMNS),
    ...s.speakers.map((r) => row('speakers', r)),
    ...s.people.map((r) => row('people', r)),
    ...s.places.map((r) => row('places', r)),
    ...Object.entries(s.totals).map(([name, value]) => row('totals', { name, value })),
  ].join('');
}

function toText(s: CorpusSummary): string {
  const t = s.totals;
  const percent = `${Math.round(t.unattributedShare * 100)}%`;
  const lines = [
    `${t.articles} articles, ${t.quotes} quotes (direct ${t.direct}, partial ${t.partial}, indirect ${t.indirect}, scare ${t.scare}); ${t.unattributed} direct, partial and indirect quotes without a speaker (${percent})`,
    '',
    table('Speakers', ['quotes', 'direct', 'partial', 'indirect', 'scare', 'articles'], s.speakers, (r: SpeakerRow) => [r.quotes, r.direct, r.partial, r.indirect, r.scare, r.articles]),
    table('People', ['mentions', 'articles'], s.people, (r: NamedRow) => [r.mentions, r.articles]),
    table('Places', ['country', 'mentions', 'articles'], s.places, (r: NamedRow) => [r.country ?? '', r.mentions, r.articles]),
  ];
  return lines.join('\n');
}

/** A titled table: names left-aligned, figures right-aligned, columns as wide as their widest cell. */
function table<R extends { name: string }>(title: string, headers: string[], rows: R[], cells: (r: R) => Array<string | number>): string {
  if (rows.length === 0) return `${title}: none\n`;
  const body = rows.map((r) => [r.name, ...cells(r).map(String)]);
  const all = [[title, ...headers], ...body];
  const widths = all[0]!.map((_, i) => Math.max(...all.map((r) => [...r[i]!].length)));
  const line = (r: string[]): string => r.map((c, i) => (i === 0 ? c + ' '.repeat(widths[0]! - [...c].length) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(all[0]!), ...body.map(line)].join('\n') + '\n';
}
