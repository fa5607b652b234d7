// The export's CSV writer on its own: the network's language decides decimals and dates;
// text is quoted when it must be and never read as a formula.
import { describe, expect, it } from 'vitest';
import { tableCsv } from '../../src/core/digest/export/export-csv.ts';
import type { Table } from '../../src/core/digest/export/export-table.ts';

const TABLE: Table = {
  sheet: 'Test',
  slug: 'test',
  columns: [
    { title: 'Nom', kind: 'text', width: 10 },
    { title: 'Mois', kind: 'month', width: 10 },
    { title: 'Jour', kind: 'day', width: 10 },
    { title: 'Densité', kind: 'decimal', width: 10 },
    { title: 'Indice', kind: 'decimal', width: 10 },
  ],
  rows: [
    ['=HYPERLINK("x")', { day: '2026-11-01' }, { day: '2026-11-03' }, 0.25, null],
    ['Maison « Les Tilleuls »; Cergy', { day: '2026-12-01' }, { day: '2026-12-07' }, 1 / 3, -0.5],
  ],
};

describe('export CSV', () => {
  it('writes French: BOM, `;`, decimal comma, JJ/MM/AAAA, formulas quoted out', () => {
    expect(tableCsv(TABLE, 'fr')).toBe(
      '\uFEFFNom;Mois;Jour;Densité;Indice\r\n' +
        '"\'=HYPERLINK(""x"")";11/2026;03/11/2026;0,2500;\r\n' +
        '"Maison « Les Tilleuls »; Cergy";12/2026;07/12/2026;0,3333;-0,5000\r\n',
    );
  });

  it('writes English: decimal point and ISO dates', () => {
    expect(tableCsv(TABLE, 'en').split('\r\n')[2]).toBe(
      '"Maison « Les Tilleuls »; Cergy";2026-12;2026-12-07;0.3333;-0.5000',
    );
  });
});
