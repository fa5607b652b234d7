// Wall-clock arithmetic in an IANA time zone with Intl only: the network's zone decides what
// "demain" or "18h" means, whatever zone the server runs in.

export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number;
}

export interface ZonedParts extends CivilDate {
  hour: number;
  minute: number;
  weekday: number; // 0 = Sunday, as Date#getDay
}

export type WallTime = CivilDate & { hour?: number; minute?: number };

const DAY_MS = 86_400_000;
const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

// Building a DateTimeFormat is costly and the same few zones are asked for all day long.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's canonical IANA name (`europe/paris` → `Europe/Paris`); undefined when unknown. */
export function canonicalTimeZone(timeZone: string): string | undefined {
  if (!isValidTimeZone(timeZone)) return undefined;
  return new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function wallClock(epochMs: number, timeZone: string): ZonedParts & { second: number } {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) fields[part.type] = part.value;
  return {
    year: Number(fields.year),
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
    weekday: WEEKDAY_NAMES.indexOf(fields.weekday ?? ''),
  };
}

/** Throws a RangeError for an unknown zone: check configuration with isValidTimeZone first. */
export function zonedParts(at: Date, timeZone: string): ZonedParts {
  const { year, month, day, hour, minute, weekday } = wallClock(at.getTime(), timeZone);
  return { year, month, day, hour, minute, weekday };
}

// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
function utcWall(year: number, month: number, day: number, hour: number, minute: number, second = 0): number {
  const date = new Date(Date.UTC(2000, 0, 1, hour, minute, second));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function offsetAt(epochMs: number, timeZone: string): number {
  const p = wallClock(epochMs, timeZone);
  return utcWall(p.year, p.month, p.day, p.hour, p.minute, p.second) - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant a wall-clock time names in `timeZone`. Out-of-range fields roll over as with
 * Date.UTC. Like Temporal's 'compatible' choice: a time repeated when clocks go back is the
 * first one, a time skipped when clocks go forward is moved on by the length of the gap.
 */
export function zonedDate(wall: WallTime, timeZone: string): Date {
  const asUtc = utcWall(wall.year, wall.month, wall.day, wall.hour ?? 0, wall.minute ?? 0);
  // Offsets a day either side bracket any transition near this wall time.
  const before = offsetAt(asUtc - DAY_MS, timeZone);
  const after = offsetAt(asUtc + DAY_MS, timeZone);
  // A larger offset gives an earlier instant, so trying it first picks the first of two.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    if (offsetAt(asUtc - offset, timeZone) === offset) return new Date(asUtc - offset);
  }
  return new Date(asUtc - before);
}

/** Local midnight of the day containing `at` (01:00 where a DST change skips midnight). */
export function zonedDayStart(at: Date, timeZone: string): Date {
  const { year, month, day } = zonedParts(at, timeZone);
  return zonedDate({ year, month, day }, timeZone);
}

/** The calendar day of `at` in a time zone, as stored in date columns: `YYYY-MM-DD`. */
export function zonedDay(at: Date, timeZone: string): string {
  const { year, month, day } = zonedParts(at, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcWall(year, month + 1, 0, 0, 0)).getUTCDate();
}

/** The date itself when it exists on the calendar (no 31/02, no month 13), else undefined. */
export function civilDate(year: number, month: number, day: number): CivilDate | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const moved = new Date(utcWall(date.year, date.month, date.day + days, 0, 0));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

export function weekdayOf(date: CivilDate): number {
  return new Date(utcWall(date.year, date.month, date.day, 0, 0)).getUTCDay();
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
