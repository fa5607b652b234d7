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
}

export function formatDay(day: string, timeZone: string, locale: Locale): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return formatDate(zonedDate({ year, month, day: date }, timeZone), { timeZone, locale });
}

/** "Appel avec Marie Curie et Mission locale — Logement — vendredi 20 novembre 2026 — but 3". */
export function exchangeSummary(e: ExchangeSummaryInput, locale: Locale, timeZone: string): string {
  const say = sayer(locale);
  const parts = [
    `${say(m[`kind.${e.kind}`])} ${say(m.with)} ${joinList(locale, [...e.people, ...e.organisations])}`,
  ];
  if (e.themes.length > 0) parts.push(e.themes.map((t) => themeLabel(t, locale)).join(', '));
  parts.push(formatDay(e.occurredOn, timeZone, locale));
  if (e.goalRef !== undefined) parts.push(say(m.goal, { ref: e.goalRef }));
  return parts.join(' — ');
}
