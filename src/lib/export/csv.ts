/**
 * CSV as RFC 4180 says: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled.
 * A UTF-8 byte order mark first, so that Excel reads Japanese names correctly.
 */
export type CsvCell = string | number | null;

export const BOM = '\uFEFF';

export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
