// The period `diagnostic export` covers: the twelve calendar months up to now in the
// network's zone (the current month so far, and the eleven before it), one window each.
import { type CivilDate, zonedDate, zonedParts } from '../../args/zoned-time.ts';
import { type DayRange, type DigestPeriod, periodDays } from '../period.ts';

export const EXPORT_MONTHS = 12;

function monthStart(date: CivilDate, back: number): CivilDate {
  const index = date.year * 12 + date.month - 1 - back;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

/** The months, oldest first, and the whole period they make. */
export function exportWindows(now: Date, timeZone: string): { months: DayRange[]; period: DigestPeriod } {
  const today = zonedParts(now, timeZone);
  const months: DayRange[] = [];
  for (let back = EXPORT_MONTHS - 1; back >= 0; back--) {
    const start = zonedDate(monthStart(today, back), timeZone);
    const next = zonedDate(monthStart(today, back - 1), timeZone);
    months.push(periodDays({ start, end: next.getTime() < now.getTime() ? next : now }, timeZone));
  }
  return { months, period: { start: zonedDate(monthStart(today, EXPORT_MONTHS - 1), timeZone), end: now } };
}
