// The period a digest covers, and the calendar days it stands for. Exchanges carry a day,
// not an instant: a day belongs to the period in which it begins, so consecutive periods
// share no day and miss none, and a preview ending now includes today.
import { addDays, type CivilDate, zonedDayStart, zonedParts } from '../args/zoned-time.ts';

/** The period a digest covers: [start, end). */
export interface DigestPeriod {
  start: Date;
  end: Date;
}

/** Calendar days as stored in date columns, `YYYY-MM-DD`: [from, to). */
export interface DayRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** What a preview shows: the seven days ending now. */
export function defaultPeriod(now: Date, _timeZone: string): DigestPeriod {
  return { start: new Date(now.getTime() - WEEK_MS), end: new Date(now) };
}

/** The same length just before. */
export function previousPeriod(period: DigestPeriod): DigestPeriod {
  const length = period.end.getTime() - period.start.getTime();
  return { start: new Date(period.start.getTime() - length), end: new Date(period.start) };
}

const isoDay = (d: CivilDate): string =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** The first day that begins at or after `at` in the zone. */
function firstDayFrom(at: Date, timeZone: string): CivilDate {
  const { year, month, day } = zonedParts(at, timeZone);
  const today = { year, month, day };
  return zonedDayStart(at, timeZone).getTime() < at.getTime() ? addDays(today, 1) : today;
}

/** The days that begin within the period, in the network's zone. */
export function periodDays(period: DigestPeriod, timeZone: string): DayRange {
  return {
    from: isoDay(firstDayFrom(period.start, timeZone)),
    to: isoDay(firstDayFrom(period.end, timeZone)),
  };
}

/** The last day of a range (its `to` is exclusive). */
export function lastDay(range: DayRange): CivilDate {
  const [year, month, day] = range.to.split('-').map(Number) as [number, number, number];
  return addDays({ year, month, day }, -1);
}

export function parseDay(day: string): CivilDate {
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  return { year, month, day: dayOfMonth };
}

/** ISO 8601 week number and its year, of a calendar day. */
export function isoWeek(date: CivilDate): { year: number; week: number } {
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day));
  const weekday = utc.getUTCDay() || 7;
  utc.setUTCDate(utc.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(utc.getUTCFullYear(), 0, 1);
  return { year: utc.getUTCFullYear(), week: Math.ceil(((utc.getTime() - yearStart) / DAY_MS + 1) / 7) };
}
