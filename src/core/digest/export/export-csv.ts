// A table as CSV for a spreadsheet in the network's language: UTF-8 with a BOM (Excel then
// reads the accents right), `;` between fields (Excel's separator wherever the decimal mark
// is a comma), CRLF, the decimal comma and JJ/MM/AAAA dates in French, the decimal point
// and ISO dates in English. Text that a spreadsheet would take for a formula is quoted out.
import type { Locale } from '../../locale.ts';
import { type Cell, type ColumnKind, isDay, type Table } from './export-table.ts';

const BOM = '\uFEFF';
const SEPARATOR = ';';
const DECIMALS = 4;

/** `2026-11-03` as `03/11/2026` in French, as it is in English; a month as `11/2026` or `2026-11`. */
export function csvDay(day: string, kind: ColumnKind, locale: Locale): string {
  const [y, mo, d] = day.split('-');
  if (kind === 'month') return locale === 'fr' ? `${mo}/${y}` : `${y}-${mo}`;
  return locale === 'fr' ? `${d}/${mo}/${y}` : day;
}

function quoted(value: string): string {
  // A leading =, +, -, @ (or tab, CR) would run as a formula in Excel or LibreOffice.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function field(cell: Cell, kind: ColumnKind, locale: Locale): string {
  if (cell === null) return '';
  if (isDay(cell)) return csvDay(cell.day, kind, locale);
  if (typeof cell === 'number') {
    const text = kind === 'decimal' ? cell.toFixed(DECIMALS) : String(cell);
    return locale === 'fr' ? text.replace('.', ',') : text;
  }
  return quoted(cell);
}

export function tableCsv(table: Table, locale: Locale): string {
  const lines = [table.columns.map((c) => quoted(c.title)).join(SEPARATOR)];
  for (const row of table.rows)
    lines.push(table.columns.map((c, i) => field(row[i] ?? null, c.kind, locale)).join(SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
