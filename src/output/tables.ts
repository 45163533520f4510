// Flat tables of a set of annotations, one row per quote, or per person or place of each article: the
// shape that jq, pandas, DuckDB and spreadsheets take. Columns are fixed per table, so that every row of
// a CSV has the same cells; a field an entity lacks is null (an empty cell).
import type { ReadAnnotation } from './read-annotations.js';
import type { Cell } from './csv.js';

export const TABLES = ['quotes', 'people', 'places'] as const;
export type TableName = (typeof TABLES)[number];

export interface Table {
  columns: readonly string[];
  /** The rows of one article, `article` being how the table names it (its id, else its path). */
  rows(annotation: ReadAnnotation, article: string): Cell[][];
}

const quotes: Table = {
  columns: ['article', 'quote_id', 'kind', 'start', 'end', 'text', 'speaker_name', 'speaker_entity', 'cue', 'method', 'confidence'],
  rows: (a, article) =>
    a.quotes.map((q) => [article, q.id, q.kind, q.start, q.end, q.text, q.speaker?.name ?? null, q.speaker?.entity ?? null, q.cue?.text ?? null, q.method, q.confidence]),
};

const people: Table = {
  // titles: the titles seen before the name, joined with "; "
  columns: ['article', 'entity_id', 'name', 'mentions', 'gender', 'titles'],
  rows: (a, article) => a.people.map((p) => [article, p.id, p.name, p.mentions.length, p.gender ?? null, p.titles.join('; ')]),
};

const places: Table = {
  // the map fields, where the place is linked (see places[] in the README's output table)
  columns: ['article', 'entity_id', 'name', 'mentions', 'country', 'kind', 'region', 'geonames_id', 'lat', 'lon'],
  rows: (a, article) => a.places.map((p) => [article, p.id, p.name, p.mentions.length, p.country, p.kind, p.region, p.geonamesId, p.lat, p.lon]),
};

export const TABLE: Record<TableName, Table> = { quotes, people, places };

/** A row as a JSON object, keys in column order. */
export function rowObject(table: Table, row: readonly Cell[]): Record<string, Cell> {
  return Object.fromEntries(table.columns.map((c, i) => [c, row[i] ?? null]));
}
