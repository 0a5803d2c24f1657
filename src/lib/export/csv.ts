/**
 * CSV as RFC 4180 says, written by d3-dsv: fields with a comma, quote or line break quoted, quotes
 * doubled; CRLF between records (d3-dsv joins with LF, so the records are joined here). A UTF-8 byte
 * order mark first, so that Excel reads Japanese names correctly.
 */
import { csvFormatRow } from 'd3-dsv';
import { withPart, type MessageKey, type Words } from '../i18n';
import { shareMessages } from '../i18n/shareMessages';

export type CsvCell = string | number | null;

export const BOM = '\uFEFF';

const text = (cell: CsvCell): string => (cell === null ? '' : String(cell));

/** A CSV column: the key of its header and its cell in a row. */
export type Column<K, R> = readonly [K, (row: R) => CsvCell];

/** Header, then a line per row, from one list of columns. */
export function csvTable<K, R>(
  rows: readonly R[],
  columns: readonly Column<K, R>[],
  header: (key: K) => string,
): CsvCell[][] {
  return [
    columns.map(([key]) => header(key)),
    ...rows.map((row) => columns.map(([, cell]) => cell(row))),
  ];
}

/** Columns whose values are app text (a kind, a confidence), not data: written in the table's language. */
const VALUE_COLUMNS: ReadonlySet<MessageKey> = new Set<MessageKey>([
  'share.col.kind',
  'share.col.sourceKind',
  'share.col.confidence',
  'share.col.citationKind',
]);

/** A table of the budget's or the timeline's rows: headers from the sharing catalogue, in `words`' language. */
export function shareCsvTable<R>(
  rows: readonly R[],
  columns: readonly Column<MessageKey, R>[],
  words: Words,
): CsvCell[][] {
  const { t } = withPart(words, shareMessages);
  // A value with a label ("high" → "高"); a list of them ("primary document; recorded note") item by item.
  const label = (value: string) => {
    const key = `share.value.${value.replaceAll(' ', '-')}`;
    return key in shareMessages.en ? t(key as MessageKey) : value;
  };
  const join = words.locale === 'ja' ? '、' : '; ';
  const localized = columns.map(([key, cell]): Column<MessageKey, R> => {
    if (!VALUE_COLUMNS.has(key)) return [key, cell];
    return [
      key,
      (row) => {
        const value = cell(row);
        return typeof value === 'string' ? value.split('; ').map(label).join(join) : value;
      },
    ];
  });
  return csvTable(rows, localized, (key) => t(key));
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => csvFormatRow(row.map(text))).join('\r\n') + '\r\n';
}
