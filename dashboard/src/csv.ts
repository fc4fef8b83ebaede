/**
 * CSV as spreadsheets read it: a UTF-8 byte-order mark (so Vietnamese diacritics survive Excel), CRLF
 * rows, and RFC 4180 quoting of any field holding a quote, comma or line break.
 */
export type Cell = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';

function field(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
