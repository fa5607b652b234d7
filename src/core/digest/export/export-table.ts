// The neutral shape of the tables `diagnostic export` writes: typed columns, so that the
// workbook stores real numbers and dates and the CSV formats them for the network's language.

/** A calendar day, `YYYY-MM-DD`; a month is the day it begins. */
export interface DayCell {
  day: string;
}

export type Cell = string | number | DayCell | null;

export type ColumnKind = 'text' | 'integer' | 'decimal' | 'day' | 'month';

export interface Column {
  title: string;
  kind: ColumnKind;
  /** Width in characters, for the workbook. */
  width: number;
}

export interface Table {
  /** The workbook's sheet (31 characters at most). */
  sheet: string;
  /** The end of the CSV's file name, ASCII. */
  slug: string;
  columns: Column[];
  rows: Cell[][];
}

export const isDay = (cell: Cell): cell is DayCell => typeof cell === 'object' && cell !== null;
