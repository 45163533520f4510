// `onrecord export quotes|people|places`: a flat table of annotations on standard output, CSV (RFC 4180,
// UTF-8, header row) or JSON Lines, one row per quote or per entity per article, streamed.
import { csvRow } from '../output/csv.js';
import { writeStdout } from '../output/stdout.js';
import { rowObject, TABLE, TABLES } from '../output/tables.js';
import { VERSION } from '../version.js';
import { answeredHelpOrVersion, oneOf, parseOptions, UsageError } from './args.js';
import { ANNOTATION_INPUTS_HELP, annotationInputs, annotationsReporting } from './annotation-inputs.js';

const HELP = `Usage: onrecord export quotes|people|places [annotations...] [--format csv|jsonl]

Writes a flat table of annotations to standard output, for jq, pandas, DuckDB, spreadsheets and databases.

Tables (one row per ...; "article" is the record's id as text when it has one, else source.path)
  quotes    quote: ${TABLE.quotes.columns.join(', ')}
  people    person of each article: ${TABLE.people.columns.join(', ')}
            (mentions: how many; titles joined with "; ")
  places    place of each article: ${TABLE.places.columns.join(', ')}
            (where the place is linked to the map: country ISO 3166-1 alpha-2, kind country, region
            or city, region ISO 3166-2, GeoNames id, latitude and longitude)

${ANNOTATION_INPUTS_HELP}

Options
  --format csv|jsonl  csv (default): RFC 4180, UTF-8, a header row, CRLF line ends, a field with a comma,
                      quote mark or line break quoted; an absent value is an empty field.
                      jsonl: one JSON object per row, keys in column order, an absent value null.
  --help, --version

Exit codes: 0 done, 1 something read was not an annotation (reported; the rest is written), 2 usage error.

Examples
  onrecord export quotes output/ > quotes.csv
  onrecord extract news.jsonl --out - | onrecord export people - --format jsonl`;

export async function runExport(argv: string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv, { format: { type: 'string' } });
  if (answeredHelpOrVersion(values, HELP, VERSION)) return 0;
  const [name, ...paths] = positionals;
  if (name === undefined) throw new UsageError(`name a table: ${TABLES.join(', ')}`);
  const table = TABLE[oneOf('table', name, TABLES)];
  const format = oneOf('--format', values.format ?? 'csv', ['csv', 'jsonl'] as const);
  const { items, problems } = annotationsReporting(annotationInputs(paths));
  if (format === 'csv') await writeStdout(csvRow(table.columns));
  for await (const { annotation, article } of items) {
    const rows = table.rows(annotation, article);
    const text = format === 'csv' ? rows.map(csvRow).join('') : rows.map((r) => JSON.stringify(rowObject(table, r)) + '\n').join('');
    if (text) await writeStdout(text);
  }
  return problems() > 0 ? 1 : 0;
}
