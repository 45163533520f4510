// CSV per RFC 4180: CRLF between records, a field quoted when it holds a comma, a quote mark or a line
// break, quote marks inside doubled. Empty for null and undefined.
export type Cell = string | number | boolean | null | undefined;

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
