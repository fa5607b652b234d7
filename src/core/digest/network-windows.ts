// The windows of days the network measures are counted over, in one query: the period, the
// one before, each of the last six months (the trend, month by month), and the map's.
import { type CivilDate, zonedDate, zonedParts } from '../args/zoned-time.ts';
import type { NamedPeriod } from './digest-periods.ts';
import { type DayRange, periodDays } from './period.ts';

/** Where each window is in `NetworkFacts.windows`. */
export interface WindowIndexes {
  period: number;
  previous: number;
  /** Oldest first; the last is the month of the period's end (so far). */
  months: number[];
  map: number;
}

/** Months in the trend. */
export const TREND_MONTHS = 6;
/** The map shows the ties of this many days up to the period's end (or the period, if longer). */
export const MAP_DAYS = 90;

const DAY_MS = 86_400_000;

function monthStart(date: CivilDate, back: number): CivilDate {
  const index = date.year * 12 + date.month - 1 - back;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

export function networkWindows(
  named: NamedPeriod,
  timeZone: string,
): { ranges: DayRange[]; indexes: WindowIndexes } {
  const { period, previous } = named;
  const end = period.end;
  const last = zonedParts(new Date(end.getTime() - 1), timeZone);
  const months: DayRange[] = [];
  for (let back = TREND_MONTHS - 1; back >= 0; back--) {
    const start = zonedDate(monthStart(last, back), timeZone);
    const next = zonedDate(monthStart(last, back - 1), timeZone);
    months.push(periodDays({ start, end: next.getTime() < end.getTime() ? next : end }, timeZone));
  }
  const mapStart = Math.min(period.start.getTime(), end.getTime() - MAP_DAYS * DAY_MS);
  const ranges = [
    periodDays(period, timeZone),
    periodDays(previous, timeZone),
    ...months,
    periodDays({ start: new Date(mapStart), end }, timeZone),
  ];
  return {
    ranges,
    indexes: {
      period: 0,
      previous: 1,
      months: months.map((_, i) => 2 + i),
      map: 2 + months.length,
    },
  };
}
