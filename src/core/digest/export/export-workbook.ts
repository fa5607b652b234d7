// The tables as one XLSX workbook, an "À propos" sheet first. Written by exceljs: numbers
// stay numbers and days are real date cells (shown JJ/MM/AAAA in French), so a funder can
// sum and sort them in Excel or LibreOffice.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Locale } from '../../locale.ts';
import { type Cell, type Column, isDay, type Table } from './export-table.ts';

export interface About {
  sheet: string;
  lines: ReadonlyArray<[string, string]>;
}

const FORMATS: Record<Locale, Record<'day' | 'month' | 'decimal', string>> = {
  fr: { day: 'dd/mm/yyyy', month: 'mm/yyyy', decimal: '0.0000' },
  en: { day: 'yyyy-mm-dd', month: 'yyyy-mm', decimal: '0.0000' },
};

/** A day as a date cell: midnight UTC, which is how exceljs turns a Date into a serial day. */
const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);

const value = (cell: Cell) => (cell === null ? null : isDay(cell) ? dateOf(cell.day) : cell);

type Book = ExcelJS.stream.xlsx.WorkbookWriter;

function addTable(book: Book, table: Table, locale: Locale): void {
  const sheet = book.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c: Column) => {
    const numFmt = c.kind === 'text' || c.kind === 'integer' ? undefined : FORMATS[locale][c.kind];
    return { header: c.title, width: c.width, ...(numFmt ? { style: { numFmt } } : {}) };
  });
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(table.columns.map((_, i) => value(row[i] ?? null))).commit();
  sheet.commit();
}

export async function workbook(about: About, tables: readonly Table[], locale: Locale): Promise<Uint8Array> {
  // The streaming writer: rows are written out as they are added (a network's 100,000 rows
  // take a second instead of four, and the memory of the zip rather than of every cell).
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book: Book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
  });
  book.creator = 'Maillage';
  const first = book.addWorksheet(about.sheet);
  first.columns = [{ width: 22 }, { width: 100 }];
  for (const [label, text] of about.lines) first.addRow([label, text]);
  first.getColumn(1).font = { bold: true };
  first.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  first.commit();
  for (const table of tables) addTable(book, table, locale);
  await book.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
