import { formatDate, zonedDate } from '../args/human-date.ts';
import { joinList, sayer } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import type { ExchangeKind } from '../model.ts';
import { themeLabel } from '../reference/themes.ts';
import { exchangeMessages as m } from './messages.ts';

export interface ExchangeSummaryInput {
  kind: ExchangeKind;
  occurredOn: string;
  people: readonly string[];
  organisations: readonly string[];
  themes: readonly string[];
  goalRef: number | undefined;
  /** Members named who took their name off: said as such, never left as a blank. */
  withdrawnNames?: number;
}

export function formatDay(day: string, timeZone: string, locale: Locale): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return formatDate(zonedDate({ year, month, day: date }, timeZone), { timeZone, locale });
}

/** "1 nom retiré", "2 noms retirés": names taken off, counted, never who. */
function withdrawnLabel(count: number, locale: Locale): string {
  if (locale === 'fr') return count === 1 ? '1 nom retiré' : `${count} noms retirés`;
  return count === 1 ? '1 name withdrawn' : `${count} names withdrawn`;
}

/** "Appel avec Marie Curie et Mission locale — Logement — vendredi 20 novembre 2026 — but 3". */
export function exchangeSummary(e: ExchangeSummaryInput, locale: Locale, timeZone: string): string {
  const say = sayer(locale);
  const withdrawn = e.withdrawnNames ? [withdrawnLabel(e.withdrawnNames, locale)] : [];
  const names = joinList(locale, [...e.people, ...e.organisations, ...withdrawn]);
  const parts = [`${say(m[`kind.${e.kind}`])} ${say(m.with)} ${names}`];
  if (e.themes.length > 0) parts.push(e.themes.map((t) => themeLabel(t, locale)).join(', '));
  parts.push(formatDay(e.occurredOn, timeZone, locale));
  if (e.goalRef !== undefined) parts.push(say(m.goal, { ref: e.goalRef }));
  return parts.join(' — ');
}
