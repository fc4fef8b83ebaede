/**
 * Rows as text: CSV (RFC 4180 quoting by csv-stringify, a UTF-8 byte-order mark first so that spreadsheet
 * programs read Vietnamese diacritics as UTF-8) or JSON Lines. A long export is written page by page: the
 * BOM and header only before the first page.
 */
import { stringify } from 'csv-stringify/sync';

export type ExportFormat = 'csv' | 'jsonl';
export const BOM = '\uFEFF';

type Cell = string | number | boolean | null | undefined;

export function formatRows<T extends Record<string, Cell>>(
  rows: readonly T[],
  columns: readonly (keyof T & string)[],
  format: ExportFormat,
  first: boolean,
): string {
  if (format === 'jsonl') return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
  const csv = stringify(rows as T[], {
    columns: columns as string[],
    header: first,
    record_delimiter: 'windows',
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
  return first ? BOM + csv : csv;
}
