// Part 11, continued: the spreadsheet for funders (`diagnostic export`) of the same network —
// the tables of the last 12 months (one query for the network facts, the month measures,
// goals, café), the XLSX workbook (exceljs' streaming writer) and the CSVs, each timed, with
// the process's memory before and after (target: the whole under 2 s, memory bounded).

import { tableCsv } from '../../src/core/digest/export/export-csv.ts';
import { exportMessages as m } from '../../src/core/digest/export/export-messages.ts';
import { exportTables } from '../../src/core/digest/export/export-tables.ts';
import { exportWindows } from '../../src/core/digest/export/export-windows.ts';
import { workbook } from '../../src/core/digest/export/export-workbook.ts';
import { sayer } from '../../src/core/i18n/index.ts';
import type { Network } from '../../src/core/model.ts';
import type { Store } from '../../src/core/ports.ts';
import { nowMs, summarise } from '../framework/measure.ts';
import type { PartContext } from '../framework/part.ts';

export interface ExportScale {
  warmUp: number;
  runs: number;
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

/** One export, as `diagnostic export` builds it: its steps' times and its files' sizes. */
async function exportOnce(store: Store, network: Network, now: Date) {
  const say = sayer(network.locale);
  const started = nowMs();
  const { months, period } = exportWindows(now, network.timeZone);
  const tables = await store.run((repos) => exportTables(repos, network, months, period, say));
  const tabled = nowMs();
  const about = {
    sheet: say(m.aboutSheet),
    lines: [[say(m.aboutNetwork), network.name]] as Array<[string, string]>,
  };
  const xlsx = await workbook(about, tables, network.locale);
  const written = nowMs();
  const csvBytes = tables.reduce((sum, table) => sum + Buffer.byteLength(tableCsv(table, network.locale)), 0);
  const done = nowMs();
  return {
    total: done - started,
    tables: tabled - started,
    xlsx: written - tabled,
    csv: done - written,
    rows: tables.reduce((sum, t) => sum + t.rows.length, 0),
    xlsxBytes: xlsx.byteLength,
    csvBytes,
  };
}

export async function measureExport(
  context: PartContext,
  store: Store,
  network: Network,
  now: Date,
  scale: ExportScale,
): Promise<void> {
  const runs: Array<Awaited<ReturnType<typeof exportOnce>>> = [];
  const rssBefore = process.memoryUsage().rss;
  let rssHighest = rssBefore;
  for (let i = 0; i < scale.warmUp + scale.runs; i += 1) {
    const run = await exportOnce(store, network, now);
    rssHighest = Math.max(rssHighest, process.memoryUsage().rss);
    if (i >= scale.warmUp) runs.push(run);
  }
  const median = (pick: (r: (typeof runs)[number]) => number) => summarise(runs.map(pick)).median;
  const ms = (metric: string, value: number, target?: number) =>
    context.record({
      metric,
      value: Math.round(value),
      unit: 'ms',
      ...(target ? { target: { op: '<' as const, limit: target } } : {}),
    });
  const rows = runs[0]?.rows ?? 0;
  ms(
    `spreadsheet, whole export (${rows.toLocaleString('en')} rows), median`,
    median((r) => r.total),
    2000,
  );
  ms(
    'spreadsheet, of which the tables (SQL, month measures), median',
    median((r) => r.tables),
  );
  ms(
    'spreadsheet, of which the XLSX workbook, median',
    median((r) => r.xlsx),
  );
  ms(
    'spreadsheet, of which the CSVs, median',
    median((r) => r.csv),
  );
  context.record({
    metric: 'spreadsheet, RSS growth over the runs',
    value: mb(rssHighest - rssBefore),
    unit: 'MB',
  });
  context.detail('spreadsheet', {
    runs,
    rssBeforeMb: mb(rssBefore),
    rssHighestMb: mb(rssHighest),
  });
}
