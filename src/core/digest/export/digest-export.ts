// `diagnostic export`: the network's figures of the last 12 months for funders, privately to
// the asker — an XLSX workbook and the same tables as CSV, in the network's language.
import { formatDate } from '../../args/format-date.ts';
import { zonedDay } from '../../args/zoned-time.ts';
import type { CommandContext } from '../../commands/command.ts';
import { sayer } from '../../i18n/index.ts';
import {
  type AnyPrivateFile,
  context,
  header,
  type Message,
  privateMessage,
  text,
  XLSX_MIME,
} from '../../message.ts';
import { tableCsv } from './export-csv.ts';
import { exportMessages as m } from './export-messages.ts';
import { exportTables } from './export-tables.ts';
import { exportWindows } from './export-windows.ts';
import { workbook } from './export-workbook.ts';

export async function digestExport(ctx: CommandContext): Promise<Message> {
  const { network, now } = ctx;
  // The files are the network's document: in its language, whoever asks.
  const locale = network.locale;
  const say = sayer(locale);
  const { months, period } = exportWindows(now, network.timeZone);
  const first = months[0]?.from ?? '';
  const lastDay = new Date(now.getTime() - 1);
  const shown = (at: Date, loc = locale) => formatDate(at, { timeZone: network.timeZone, locale: loc });
  const tables = await exportTables(ctx.repos, network, months, period, say);
  const about = {
    sheet: say(m.aboutSheet),
    lines: [
      [say(m.aboutNetwork), network.name],
      [say(m.aboutPeriod), say(m.aboutPeriodValue, { from: shown(period.start), to: shown(lastDay) })],
      [say(m.aboutGenerated), formatDate(now, { timeZone: network.timeZone, locale, withTime: true })],
      [say(m.aboutFigures), say(m.aboutFiguresValue)],
    ] as Array<[string, string]>,
  };
  const base = `diagnostic-${first}-${zonedDay(lastDay, network.timeZone)}`;
  const files: AnyPrivateFile[] = [
    { name: `${base}.xlsx`, mimeType: XLSX_MIME, content: await workbook(about, tables, locale) },
    ...tables.map((table) => ({
      name: `${base}-${table.slug}.csv`,
      mimeType: 'text/csv' as const,
      content: tableCsv(table, locale),
    })),
  ];
  const message = privateMessage(
    header(ctx.say(m.title)),
    text(ctx.say(m.intro, { from: shown(period.start, ctx.locale), to: shown(lastDay, ctx.locale) })),
    context(`${ctx.say(m.what)} ${ctx.say(locale === 'fr' ? m.csvFr : m.csvEn)}`),
  );
  return { ...message, files };
}
